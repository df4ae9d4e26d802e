import { describe, expect, it } from 'vitest';
import { discoverEntity } from '../entity-discovery';
import { addServerVariables, connectionProviderServerVariables } from './application-edits';
import { applyTextEdits } from './text-edit';

const FILE = 'src/application-config.ts';
const stripe = connectionProviderServerVariables('Stripe Billing');

/** A config whose serverVariables section already declares one of a provider's variables. */
const WITH_SECTION = `import { defineApplication } from 'twenty-sdk/define';

export default defineApplication({
  universalIdentifier: 'aa3494d1-3aa5-4132-b69f-2e4e8a981a64',
  serverVariables: {
    GITHUB_CLIENT_ID: { description: 'OAuth client id of the GitHub app' }, // from the GitHub app page
    /* the secret is below */
    GITHUB_CLIENT_SECRET: { description: 'OAuth client secret of the GitHub app', isSecret: true },
  },
});
`;

describe('connectionProviderServerVariables', () => {
  it('names the variables as dev:add does (kebab case, upper snake) with its descriptions and secrecy', () => {
    expect(stripe.map((variable) => [variable.name, variable.isSecret])).toEqual([['STRIPE_BILLING_CLIENT_ID', false], ['STRIPE_BILLING_CLIENT_SECRET', true]]);
    expect(connectionProviderServerVariables('GitHub')[0]!.name).toBe('GIT_HUB_CLIENT_ID');
    expect(stripe[1]!.description).toBe('OAuth client secret issued by the third-party provider. Stored encrypted; never echoed in API responses.');
  });
});

describe('addServerVariables', () => {
  it('adds a serverVariables section last in a config without one, comments and layout kept, edits that apply to the original', () => {
    const source = `import { defineApplication } from 'twenty-sdk/define';

// The app.
export default defineApplication({
  universalIdentifier: 'aa3494d1-3aa5-4132-b69f-2e4e8a981a64',
  displayName: 'Billing', // shown in the marketplace
  description: "Invoices",
});
`;
    const result = addServerVariables(source, FILE, stripe);
    expect(result).toMatchObject({ ok: true, added: ['STRIPE_BILLING_CLIENT_ID', 'STRIPE_BILLING_CLIENT_SECRET'], existing: [] });
    if (!result.ok) return;
    expect(result.newText).toBe(`import { defineApplication } from 'twenty-sdk/define';

// The app.
export default defineApplication({
  universalIdentifier: 'aa3494d1-3aa5-4132-b69f-2e4e8a981a64',
  displayName: 'Billing', // shown in the marketplace
  description: "Invoices",
  serverVariables: {
    STRIPE_BILLING_CLIENT_ID: {
      description: 'OAuth client ID issued by the third-party provider. Filled in once by the server admin on the application registration.',
      isSecret: false,
      isRequired: true,
    },
    STRIPE_BILLING_CLIENT_SECRET: {
      description: 'OAuth client secret issued by the third-party provider. Stored encrypted; never echoed in API responses.',
      isSecret: true,
      isRequired: true,
    },
  },
});
`);
    expect(applyTextEdits(source, result.edits)).toBe(result.newText);
    expect(discoverEntity(FILE, result.newText).syntaxErrors).toEqual([]);
    // Round trip: a second New connection provider of the same name changes nothing.
    expect(addServerVariables(result.newText, FILE, stripe)).toMatchObject({ ok: true, edits: [], added: [], existing: ['STRIPE_BILLING_CLIENT_ID', 'STRIPE_BILLING_CLIENT_SECRET'] });
  });

  it('adds only the variables not declared yet to an existing section, after the others', () => {
    const fixture = WITH_SECTION;
    const github = [{ ...stripe[0]!, name: 'GITHUB_CLIENT_ID' }, { ...stripe[1]!, name: 'GITHUB_APP_SECRET' }];
    const result = addServerVariables(fixture, FILE, github);
    expect(result).toMatchObject({ ok: true, added: ['GITHUB_APP_SECRET'], existing: ['GITHUB_CLIENT_ID'] });
    if (!result.ok) return;
    expect(result.newText).toBe(
      fixture.replace(
        "    GITHUB_CLIENT_SECRET: { description: 'OAuth client secret of the GitHub app', isSecret: true },\n",
        "    GITHUB_CLIENT_SECRET: { description: 'OAuth client secret of the GitHub app', isSecret: true },\n" +
          "    GITHUB_APP_SECRET: {\n      description: 'OAuth client secret issued by the third-party provider. Stored encrypted; never echoed in API responses.',\n      isSecret: true,\n      isRequired: true,\n    },\n",
      ),
    );
  });

  it('refuses serverVariables that code provides, and a file that is not the application config', () => {
    const computed = `import { defineApplication } from 'twenty-sdk/define';
import { VARIABLES } from './variables';
export default defineApplication({ universalIdentifier: 'aa3494d1-3aa5-4132-b69f-2e4e8a981a64', serverVariables: VARIABLES });
`;
    expect(addServerVariables(computed, FILE, stripe)).toEqual({ ok: false, reason: 'serverVariables is not an object literal: edit in code' });
    const spread = computed.replace('serverVariables: VARIABLES', 'serverVariables: { ...VARIABLES }');
    expect(addServerVariables(spread, FILE, stripe)).toEqual({ ok: false, reason: 'serverVariables.STRIPE_BILLING_CLIENT_ID may come from ...VARIABLES: edit in code' });
    const skill = `import { defineSkill } from 'twenty-sdk/define';\nexport default defineSkill({ name: 'x' });\n`;
    expect(addServerVariables(skill, 'src/skill.ts', stripe)).toMatchObject({ ok: false, reason: expect.stringContaining('is not the defineApplication config (defineSkill)') });
  });
});
