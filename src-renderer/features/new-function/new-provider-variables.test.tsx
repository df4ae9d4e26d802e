// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { addServerVariables, connectionProviderServerVariables } from '../../../src-shared/twenty/source-edit/application-edits';
import { describeEntityLiteral } from '../../../src-shared/twenty/source-edit/entity-edits';
import { fakeEntity } from '../../api/fake-project-model';
import { renderWithStudio } from '../run/test-studio';
import { NewFunctionDialog } from './new-function-dialog';

afterEach(cleanup);

const APP_CONFIG = 'src/application-config.ts';
/** An application config with a serverVariables section already (the e2e spec uses the fixture app's). */
const fixture = `import { defineApplication } from 'twenty-sdk/define';

export default defineApplication({
  universalIdentifier: 'aa3494d1-3aa5-4132-b69f-2e4e8a981a64',
  displayName: 'Payments',
  // Filled in by the server admin.
  serverVariables: {
    SENTRY_DSN: { description: 'Where errors go', isSecret: true },
  },
});
`;
const application = fakeEntity('defineApplication', APP_CONFIG, { universalIdentifier: 'aa3494d1-3aa5-4132-b69f-2e4e8a981a64' }, { section: 'application' });

function openDialog(appConfigText = fixture) {
  const rendered = renderWithStudio(<NewFunctionDialog />, { entities: [application], before: (api) => api.files.set(APP_CONFIG, { content: appConfigText, version: 'v1' }) });
  rendered.studio.triggerEditor.getState().openNewFunction();
  return rendered;
}

async function createProvider(name: string) {
  fireEvent.change(await screen.findByTestId('new-entity-kind'), { target: { value: 'connectionProvider' } });
  fireEvent.change(screen.getByTestId('new-function-name'), { target: { value: name } });
  fireEvent.click(screen.getByTestId('new-function-create'));
}

describe('New entity: connection provider', () => {
  it('writes the provider file and declares its client id and secret on defineApplication, as dev:add does', async () => {
    const { api } = openDialog();
    await createProvider('Stripe');
    await waitFor(() => expect(screen.queryByTestId('new-function-dialog')).toBeNull());
    const provider = api.files.get('src/connection-providers/stripe.ts')!.content;
    const literal = describeEntityLiteral(provider, 'src/connection-providers/stripe.ts');
    if (!literal.ok) throw new Error(literal.reason);
    expect(literal.literal.fields['oauth.clientIdVariable']).toMatchObject({ kind: 'literal', value: 'STRIPE_CLIENT_ID' });
    expect(literal.literal.fields['oauth.clientSecretVariable']).toMatchObject({ kind: 'literal', value: 'STRIPE_CLIENT_SECRET' });

    const config = api.files.get(APP_CONFIG)!.content;
    // Exactly the two declarations added to the section already there; nothing else of the file changed.
    const expected = addServerVariables(fixture, APP_CONFIG, connectionProviderServerVariables('Stripe'));
    expect(expected.ok && expected.added).toEqual(['STRIPE_CLIENT_ID', 'STRIPE_CLIENT_SECRET']);
    expect(config).toBe(expected.ok ? expected.newText : null);
    expect(config.startsWith(fixture.slice(0, fixture.indexOf('  },\n});')))).toBe(true);
    expect(config).toContain("    STRIPE_CLIENT_SECRET: {\n      description: 'OAuth client secret issued by the third-party provider. Stored encrypted; never echoed in API responses.',\n      isSecret: true,\n      isRequired: true,\n    },\n  },\n});\n");
    // Read back: declaring them again changes nothing.
    expect(addServerVariables(config, APP_CONFIG, connectionProviderServerVariables('Stripe'))).toMatchObject({ ok: true, edits: [], existing: ['STRIPE_CLIENT_ID', 'STRIPE_CLIENT_SECRET'] });
  });

  it('leaves an application config it cannot edit as it is, and says what to add by hand', async () => {
    const computed = "import { defineApplication } from 'twenty-sdk/define';\nimport { VARIABLES } from './variables';\nexport default defineApplication({ universalIdentifier: 'aa3494d1-3aa5-4132-b69f-2e4e8a981a64', serverVariables: VARIABLES });\n";
    const { api } = openDialog(computed);
    await createProvider('Stripe');
    const error = await screen.findByTestId('new-function-error');
    expect(error.textContent).toContain('src/connection-providers/stripe.ts created.');
    expect(error.textContent).toContain('serverVariables is not an object literal: edit in code');
    expect(error.textContent).toContain("STRIPE_CLIENT_SECRET: { description: '...', isSecret: true, isRequired: true }");
    expect(api.files.get(APP_CONFIG)!.content).toBe(computed);
    expect(api.files.has('src/connection-providers/stripe.ts')).toBe(true);
  });
});
