// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeEntity } from '../../api/fake-project-model';
import { renderWithStudio } from '../run/test-studio';
import { InspectorPanel } from '../inspector/inspector-panel';
import { ConfigSourceProvider } from '../trigger-editor/config-source';
import { MemoryConfigSource } from '../trigger-editor/memory-config-source';

// The inspector loads the form's chunk lazily (it parses with TypeScript): loaded once here, so the
// tests' waits are about the form, not about the first import of TypeScript on a busy box.
beforeAll(async () => {
  await import('./entity-form');
});

const agentFile = 'src/ai/triage-agent.ts';
const agentSource = `import { defineAgent } from 'twenty-sdk/define';
import { ROLE } from '../constants';

export default defineAgent({
  universalIdentifier: 'ac1e4b1f-455a-4a45-b9e8-073aa5620ece',
  name: 'triage-agent', // unique in the workspace
  label: 'Triage agent',
  prompt: 'You sort incoming issues. Use the **triage** skill.',
  roleUniversalIdentifier: ROLE,
});
`;

const providerFile = 'src/connections/github.ts';
const providerSource = `import { defineConnectionProvider } from 'twenty-sdk/define';

export default defineConnectionProvider({
  universalIdentifier: 'cbee1996-efec-49e0-b2f3-266395af2ffb',
  name: 'github',
  displayName: 'GitHub',
  type: 'oauth',
  oauth: {
    authorizationEndpoint: 'https://github.com/login/oauth/authorize',
    tokenEndpoint: 'https://github.com/login/oauth/access_token',
    scopes: ['repo'],
    clientIdVariable: 'GITHUB_CLIENT_ID',
    clientSecretVariable: 'GITHUB_CLIENT_SECRET',
  },
});
`;

const listFile = 'src/logic-functions/list-repositories.ts';
const listSource = `import { listConnections } from 'twenty-sdk/logic-function';
export default defineLogicFunction({ universalIdentifier: '7b3036ce-cf4a-439b-9ce2-ced6eb5f5147', name: 'list-repositories',
  handler: async () => (await listConnections({ providerName: 'github' })).length });
`;

function renderForm(file: string, text: string, define: string, config: Record<string, unknown>) {
  const source = new MemoryConfigSource({ [file]: text, [listFile]: listSource });
  const entity = fakeEntity(define, file, config as never, { section: define === 'defineAgent' ? 'agents' : 'connectionProviders' });
  const user = fakeEntity('defineLogicFunction', listFile, { universalIdentifier: '7b3036ce-cf4a-439b-9ce2-ced6eb5f5147', name: 'list-repositories' });
  const rendered = renderWithStudio(
    <ConfigSourceProvider value={source}>
      <InspectorPanel />
    </ConfigSourceProvider>,
    { entities: [entity, user] },
  );
  act(() => rendered.studio.project.getState().select(file));
  return { ...rendered, source };
}

afterEach(cleanup);

describe('the entity form', () => {
  it('edits an agent prompt as Markdown, previews it, and shows a role that is code read-only', async () => {
    const { source } = renderForm(agentFile, agentSource, 'defineAgent', { universalIdentifier: 'ac1e4b1f-455a-4a45-b9e8-073aa5620ece', name: 'triage-agent', roleUniversalIdentifier: '9f7365e1-e05e-4834-8257-c2de70bcf491' });
    const prompt = await screen.findByTestId('entity-input-prompt');
    fireEvent.change(prompt, { target: { value: 'You sort incoming issues.\n\n- Use the **triage** skill.' } });
    await act(async () => {
      fireEvent.blur(prompt);
    });
    expect(source.read(agentFile)).toBe(agentSource.replace("'You sort incoming issues. Use the **triage** skill.'", "'You sort incoming issues.\\n\\n- Use the **triage** skill.'"));
    fireEvent.click(screen.getByTestId('entity-input-prompt-preview'));
    const rendered = screen.getByTestId('entity-input-prompt-rendered');
    expect(rendered.querySelector('li strong')?.textContent).toBe('triage');

    const role = screen.getByTestId('entity-field-roleUniversalIdentifier');
    expect(role.getAttribute('data-kind')).toBe('not-literal');
    expect(role.textContent).toContain('Edit in code');
    expect(role.textContent).toContain('"9f7365e1-e05e-4834-8257-c2de70bcf491"');
  });

  it('writes a name, keeping the comment, and refuses what the SDK refuses with the reason at the field', async () => {
    const { source } = renderForm(agentFile, agentSource, 'defineAgent', { universalIdentifier: 'ac1e4b1f-455a-4a45-b9e8-073aa5620ece' });
    const name = await screen.findByTestId('entity-input-name');
    fireEvent.change(name, { target: { value: 'sorter' } });
    await act(async () => {
      fireEvent.keyDown(name, { key: 'Enter' });
    });
    expect(source.read(agentFile)).toContain("name: 'sorter', // unique in the workspace");
    const label = screen.getByTestId('entity-input-label');
    fireEvent.change(label, { target: { value: '' } });
    await act(async () => {
      fireEvent.keyDown(label, { key: 'Enter' });
    });
    expect(screen.getByTestId('entity-field-label').textContent).toContain('Not applied: label is required');
    expect(source.read(agentFile)).toContain("label: 'Triage agent',");
  });

  it('edits a connection provider\'s OAuth scopes and refuses a name that is not URL-safe', async () => {
    const { source } = renderForm(providerFile, providerSource, 'defineConnectionProvider', { universalIdentifier: 'cbee1996-efec-49e0-b2f3-266395af2ffb' });
    expect(await screen.findByTestId('entity-section-oauth')).toBeTruthy();
    // The function that lists this provider's connections.
    const user = await screen.findByTestId('provider-user');
    expect(user.getAttribute('data-sure')).toBe('true');
    expect(user.textContent).toContain("list-repositories");
    expect(user.textContent).toContain("listConnections({ providerName: 'github' }), line 3");
    const name = screen.getByTestId('entity-input-name');
    fireEvent.change(name, { target: { value: 'Git Hub' } });
    await act(async () => {
      fireEvent.keyDown(name, { key: 'Enter' });
    });
    expect(screen.getByTestId('entity-field-name').textContent).toContain('must match /^[a-z][a-z0-9-]*$/');
    expect(source.applied).toHaveLength(0);
    const type = screen.getByTestId('entity-input-type') as HTMLSelectElement;
    expect(type.value).toBe('oauth');
    const pkce = screen.getByTestId('entity-input-oauth-usePkce');
    await act(async () => {
      fireEvent.click(pkce);
    });
    expect(source.read(providerFile)).toContain("    clientSecretVariable: 'GITHUB_CLIENT_SECRET',\n    usePkce: true,\n  },");
  });
});
