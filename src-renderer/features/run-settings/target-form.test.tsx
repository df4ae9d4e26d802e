// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithStudio } from '../run/test-studio';
import { TargetForm } from './target-form';

describe('TargetForm', () => {
  afterEach(cleanup);

  async function setup() {
    const rendered = renderWithStudio(<TargetForm />, {
      before: (api) => (api.remotes = [{ name: 'local', apiUrl: 'http://localhost:3000', hasCredentials: true }]),
    });
    await screen.findByTestId('target-form');
    return rendered;
  }

  it('picks a remote of the twenty CLI by name', async () => {
    const { api } = await setup();
    fireEvent.change(screen.getByTestId('target-choice'), { target: { value: 'remote:local' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('target-save'));
    });
    expect(api.callsOf('target.set')).toEqual([{ kind: 'remote', url: 'http://localhost:3000', remoteName: 'local' }]);
    expect(screen.getByTestId('remote-actions')).toBeTruthy();
  });

  it('takes a URL and an API key typed blind, and refuses a URL that is not http(s)', async () => {
    const { api } = await setup();
    fireEvent.change(screen.getByTestId('target-choice'), { target: { value: 'url' } });
    const key = screen.getByTestId('target-api-key') as HTMLInputElement;
    expect(key.type).toBe('password');
    fireEvent.change(screen.getByTestId('target-url'), { target: { value: 'ftp://x' } });
    expect((screen.getByTestId('target-save') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByTestId('target-url'), { target: { value: 'https://crm.example.com' } });
    fireEvent.change(key, { target: { value: 'secret-key' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('target-save'));
    });
    expect(api.callsOf('target.set')).toEqual([{ kind: 'remote', url: 'https://crm.example.com', apiKey: 'secret-key' }]);
    expect(key.value).toBe('');
    expect(key.placeholder).toContain('saved');
  });
});
