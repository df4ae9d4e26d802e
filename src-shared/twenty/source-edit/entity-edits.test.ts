import { describe, expect, it } from 'vitest';
import { applyEntityEdit, describeEntityLiteral, entityFieldProblem, type EntityEdit } from './entity-edits';

const SKILL = `import { defineSkill } from 'twenty-sdk/define';

// The triage skill.
export default defineSkill({
  universalIdentifier: 'f73ab560-2a82-4549-b311-6a8f0d1d5529',
  name: 'triage', // short name
  label: 'Triage',
  /* Markdown, read by the model. */
  content: \`# Triage

1. Read the issue.\`,
});
`;

const AGENT = `import { defineAgent } from "twenty-sdk/define";
import { ROLE } from "./constants";

export default defineAgent({
    universalIdentifier: "ac1e4b1f-455a-4a45-b9e8-073aa5620ece",
    name: "triage-agent",
    label: "Triage agent",
    prompt: "You sort issues.",
    roleUniversalIdentifier: ROLE,
});
`;

const PROVIDER = `import { defineConnectionProvider } from 'twenty-sdk/define';

export default defineConnectionProvider({
  universalIdentifier: 'cbee1996-efec-49e0-b2f3-266395af2ffb',
  name: 'github',
  displayName: 'GitHub',
  type: 'oauth',
  oauth: {
    authorizationEndpoint: 'https://github.com/login/oauth/authorize',
    tokenEndpoint: 'https://github.com/login/oauth/access_token',
    // what we ask for
    scopes: ['repo', 'read:user'],
    clientIdVariable: 'GITHUB_CLIENT_ID',
    clientSecretVariable: 'GITHUB_CLIENT_SECRET',
  },
});
`;

const apply = (text: string, file: string, edit: EntityEdit): string => {
  const result = applyEntityEdit(text, file, edit);
  if (!result.ok) throw new Error(result.reason);
  return result.newText;
};

const read = (text: string, file: string, path: string) => {
  const described = describeEntityLiteral(text, file);
  if (!described.ok) throw new Error(described.reason);
  return described.literal.fields[path];
};

describe('skill form edits', () => {
  it('edits the Markdown content in place, keeping backticks, comments and layout', () => {
    const text = apply(SKILL, 'skill.ts', { kind: 'set', path: 'content', value: '# Triage\n\n1. Read the issue.\n2. Pick a **priority**.' });
    expect(text).toBe(SKILL.replace('1. Read the issue.`', '1. Read the issue.\n2. Pick a **priority**.`'));
    expect(read(text, 'skill.ts', 'content')).toMatchObject({ kind: 'literal', value: '# Triage\n\n1. Read the issue.\n2. Pick a **priority**.' });
  });

  it('adds a description after the label and removes it again, back to the same text', () => {
    const added = apply(SKILL, 'skill.ts', { kind: 'set', path: 'description', value: 'How to sort issues' });
    expect(added).toContain("  label: 'Triage',\n  description: 'How to sort issues',\n  /* Markdown");
    expect(apply(added, 'skill.ts', { kind: 'remove', path: 'description' })).toBe(SKILL);
  });

  it('refuses to remove what the SDK requires', () => {
    expect(applyEntityEdit(SKILL, 'skill.ts', { kind: 'remove', path: 'content' })).toEqual({ ok: false, reason: 'defineSkill requires content' });
  });
});

describe('agent form edits', () => {
  it('keeps the file\'s double quotes and four-space indent', () => {
    const text = apply(AGENT, 'agent.ts', { kind: 'set', path: 'modelId', value: 'gpt-4o-mini' });
    expect(text).toContain('    prompt: "You sort issues.",\n    modelId: "gpt-4o-mini",\n    roleUniversalIdentifier: ROLE,');
    const format = apply(text, 'agent.ts', { kind: 'set', path: 'responseFormat', value: { type: 'text' } });
    expect(read(format, 'agent.ts', 'responseFormat')).toMatchObject({ kind: 'literal', value: { type: 'text' } });
  });

  it('shows a value that is code as such and refuses to overwrite it', () => {
    expect(read(AGENT, 'agent.ts', 'roleUniversalIdentifier')).toMatchObject({ kind: 'not-literal', text: 'ROLE', reason: 'the identifier ROLE' });
    const refused = applyEntityEdit(AGENT, 'agent.ts', { kind: 'set', path: 'roleUniversalIdentifier', value: 'ac1e4b1f-455a-4a45-b9e8-073aa5620ece' });
    expect(refused).toEqual({ ok: false, reason: 'the value is the identifier ROLE: edit in code' });
  });
});

describe('connection provider form edits', () => {
  it('adds and removes a scope without touching the others or the comment', () => {
    const added = apply(PROVIDER, 'github.ts', { kind: 'set', path: 'oauth.scopes', value: ['repo', 'read:user', 'gist'] });
    expect(added).toBe(PROVIDER.replace("['repo', 'read:user']", "['repo', 'read:user', 'gist']"));
    const removed = apply(added, 'github.ts', { kind: 'set', path: 'oauth.scopes', value: ['read:user', 'gist'] });
    expect(removed).toBe(PROVIDER.replace("['repo', 'read:user']", "['read:user', 'gist']"));
  });

  it('sets a nested value and adds a section that is not there yet', () => {
    const pkce = apply(PROVIDER, 'github.ts', { kind: 'set', path: 'oauth.usePkce', value: true });
    expect(pkce).toContain("    clientSecretVariable: 'GITHUB_CLIENT_SECRET',\n    usePkce: true,\n  },");
    const hook = apply(pkce, 'github.ts', { kind: 'set', path: 'onConnectLogicFunction.universalIdentifier', value: '13f3eaf3-bd5f-442c-8e5e-aa7a126c5927' });
    // Longer than 80 columns on one line: spread over lines, as Prettier would.
    expect(hook).toContain("  },\n  onConnectLogicFunction: {\n    universalIdentifier: '13f3eaf3-bd5f-442c-8e5e-aa7a126c5927',\n  },\n});");
    expect(read(hook, 'github.ts', 'onConnectLogicFunction.universalIdentifier')).toMatchObject({ kind: 'literal', value: '13f3eaf3-bd5f-442c-8e5e-aa7a126c5927' });
  });

  it('gives the reason the SDK or the server would refuse a value', () => {
    expect(entityFieldProblem('defineConnectionProvider', 'name', 'Git Hub')).toBe('Connection provider name "Git Hub" must match /^[a-z][a-z0-9-]*$/ (used in URLs)');
    expect(entityFieldProblem('defineConnectionProvider', 'type', 'apikey')).toBe('type must be one of oauth');
    expect(entityFieldProblem('defineConnectionProvider', 'oauth.tokenEndpoint', 'github.com/token')).toBe('oauth.tokenEndpoint must be an http(s) URL');
    expect(entityFieldProblem('defineSkill', 'label', '')).toBe('label is required');
    expect(entityFieldProblem('defineSkill', 'label', 'Ok')).toBeNull();
  });
});
