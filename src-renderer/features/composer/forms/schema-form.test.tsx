// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { validateInputPayload } from '../../../../src-shared/twenty/saved-payload/input-validation';
import { renderComposer } from '../composer-test-studio';

afterEach(cleanup);

const file = 'src/logic-functions/format-amount.ts';

describe('tool composer (schema form)', () => {
  it('generates the form with required marks, flags a wrong value and runs only once payload.validate accepts', async () => {
    const { api } = renderComposer(file, (api) => {
      api.handle('payload.validate', ({ payload }) => {
        const problems = validateInputPayload({ type: 'object', properties: { amountCents: { type: 'integer' }, currency: { type: 'string', enum: ['EUR', 'USD'] } }, required: ['amountCents', 'currency'] }, payload);
        return { valid: problems.length === 0, problems };
      });
    });
    expect(screen.getAllByLabelText('required')).toHaveLength(2);
    const amount = screen.getByTestId('schema-field-$.amountCents') as HTMLInputElement;
    fireEvent.change(amount, { target: { value: '12.5x' } });
    // The text stays as typed; the problem is shown at the field.
    expect(amount.value).toBe('12.5x');
    expect(screen.getByTestId('schema-problem').textContent).toContain('expected integer');

    fireEvent.click(screen.getByTestId('composer-run'));
    await waitFor(() => expect(api.callsOf('payload.validate')).toHaveLength(1));
    expect(api.callsOf('run.start')).toHaveLength(0);

    fireEvent.change(amount, { target: { value: '1234' } });
    fireEvent.change(screen.getByTestId('schema-field-$.currency'), { target: { value: '1' } });
    expect(screen.getByTestId('schema-payload').textContent).toContain('"currency": "USD"');
    fireEvent.click(screen.getByTestId('composer-run'));
    await waitFor(() => expect(api.callsOf('run.start')).toHaveLength(1));
    expect(api.callsOf('run.start')[0]).toEqual({ universalIdentifier: 'c5955ea2-514c-4cdb-959a-32be42e9373c', payload: { amountCents: 1234, currency: 'USD' } });
  });
});
