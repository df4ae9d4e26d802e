// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppVariable } from '../../../src-shared/contract';
import { renderWithStudio } from '../run/test-studio';
import { VariablesForm } from './variables-form';

const variable = (overrides: Partial<AppVariable>): AppVariable => ({
  name: 'X',
  kind: 'application',
  type: null,
  description: null,
  isSecret: false,
  isRequired: false,
  defaultValue: null,
  hasValue: false,
  displayValue: null,
  ...overrides,
});

const declared = [
  variable({ name: 'PARTNER_API_URL', description: 'Base URL', defaultValue: 'https://partner.example.com', displayValue: 'https://partner.example.com' }),
  variable({ name: 'PARTNER_API_KEY', isSecret: true, isRequired: true, hasValue: true, displayValue: '••••••••' }),
  variable({ name: 'MAX_ITEMS', type: 'NUMBER', defaultValue: 10, displayValue: 10 }),
];

function input(name: string): HTMLInputElement {
  return document.querySelector(`[data-testid="variable-field"][data-name="${name}"] [data-testid="variable-input"]`)!;
}

describe('VariablesForm', () => {
  afterEach(cleanup);

  async function setup() {
    const rendered = renderWithStudio(<VariablesForm />, { before: (api) => (api.variables = structuredClone(declared)) });
    await screen.findByTestId('variables-form');
    return rendered;
  }

  it('shows secrets masked in a password field, never their value', async () => {
    await setup();
    const secret = input('PARTNER_API_KEY');
    expect(secret.type).toBe('password');
    expect(secret.value).toBe('');
    expect(secret.placeholder).toContain('••••••••');
    expect(input('PARTNER_API_URL').type).toBe('text');
    expect(input('PARTNER_API_URL').value).toBe('https://partner.example.com');
    expect(input('MAX_ITEMS').type).toBe('number');
    const field = document.querySelector('[data-name="PARTNER_API_KEY"]')!;
    expect(field.textContent).toContain('secret');
    expect(field.textContent).toContain('required');
  });

  it('sends only the changed values, typed, and clears on request', async () => {
    const { api } = await setup();
    const save = screen.getByTestId('variables-save') as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.change(input('PARTNER_API_KEY'), { target: { value: 'sk-new' } });
    fireEvent.change(input('MAX_ITEMS'), { target: { value: '25' } });
    await act(async () => {
      fireEvent.click(save);
    });
    expect(api.callsOf('variables.set')).toEqual([{ values: { PARTNER_API_KEY: 'sk-new', MAX_ITEMS: 25 }, clear: [] }]);
    // Saved, the secret goes back to its mask.
    expect(input('PARTNER_API_KEY').value).toBe('');
    expect(screen.getByTestId('variables-status').textContent).toContain('Saved');

    const clearButton = document.querySelector('[data-name="PARTNER_API_KEY"] [data-testid="variable-clear"]') as HTMLButtonElement;
    fireEvent.click(clearButton);
    await act(async () => {
      fireEvent.click(screen.getByTestId('variables-save'));
    });
    expect(api.callsOf('variables.set').at(-1)).toEqual({ values: {}, clear: ['PARTNER_API_KEY'] });
  });

  it('refuses a value that does not fit the type', async () => {
    await setup();
    fireEvent.change(input('MAX_ITEMS'), { target: { value: '' } });
    expect((screen.getByTestId('variables-save') as HTMLButtonElement).disabled).toBe(true);
  });
});
