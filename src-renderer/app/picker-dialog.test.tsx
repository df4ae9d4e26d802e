// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PickerDialog } from './picker-dialog';

afterEach(cleanup);

const WORDS = ['alpha', 'beta', 'gamma'];

function renderPicker() {
  const events: string[] = [];
  render(
    <PickerDialog
      title="Pick"
      testId="picker"
      placeholder="Type a word"
      filter={(query) => WORDS.filter((word) => word.includes(query))}
      itemKey={(word) => word}
      itemData={(word) => ({ 'data-word': word })}
      renderItem={(word) => <span>{word}</span>}
      emptyText="Nothing."
      onClose={() => events.push('close')}
      onPick={(word) => events.push(`pick ${word}`)}
    />,
  );
  return { events, input: screen.getByTestId('picker-input') };
}

const highlighted = () => screen.getAllByTestId('picker-item').find((item) => item.getAttribute('aria-selected') === 'true')?.dataset.word;

describe('PickerDialog', () => {
  it('moves the highlight with the arrows (wrapping both ways) and picks with Enter after closing', () => {
    const { events, input } = renderPicker();
    expect(highlighted()).toBe('alpha');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(highlighted()).toBe('gamma');
    expect(input.getAttribute('aria-activedescendant')).toBe('picker-list-2');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(highlighted()).toBe('beta');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(events).toEqual(['close', 'pick beta']);
  });

  it('filters as typed from the first row, highlights under the mouse, picks on click, and says when nothing matches', () => {
    const { events, input } = renderPicker();
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.change(input, { target: { value: 'a' } });
    expect(highlighted()).toBe('alpha');
    fireEvent.mouseEnter(screen.getAllByTestId('picker-item')[2]!);
    expect(highlighted()).toBe('gamma');
    fireEvent.click(screen.getAllByTestId('picker-item')[1]!);
    expect(events).toEqual(['close', 'pick beta']);
    fireEvent.change(input, { target: { value: 'zzz' } });
    expect(screen.queryAllByTestId('picker-item')).toHaveLength(0);
    expect(screen.getByText('Nothing.')).toBeTruthy();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(events).toEqual(['close', 'pick beta']);
  });
});
