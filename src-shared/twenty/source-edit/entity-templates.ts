/**
 * The text of a new skill, agent or connection provider file, as twenty-sdk 2.43's `twenty dev:add`
 * writes it (its templates in `dist/cli.mjs`): an exported `<NAME>_<KIND>_UNIVERSAL_IDENTIFIER`
 * constant, the kebab-case name, the human label, and placeholders the developer replaces. The
 * default folders are dev:add's too: `src/<kind in kebab case>s`.
 */
import { renderString } from './source-style';
import { slugify } from './trigger-defaults';

export type NewEntityKind = 'skill' | 'agent' | 'connectionProvider';

export const NEW_ENTITY_FOLDERS: Record<NewEntityKind, string> = {
  skill: 'src/skills',
  agent: 'src/agents',
  connectionProvider: 'src/connection-providers',
};

const constantOf = (slug: string, kind: string): string => `${slug.toUpperCase().replace(/-/g, '_')}_${kind}_UNIVERSAL_IDENTIFIER`;

export function createEntitySource(kind: NewEntityKind, options: { name: string; universalIdentifier: string }): string {
  const slug = slugify(options.name);
  const q = (value: string) => renderString(value, "'");
  switch (kind) {
    case 'skill': {
      const constant = constantOf(slug, 'SKILL');
      return `import { defineSkill } from 'twenty-sdk/define';

export const ${constant} =
  ${q(options.universalIdentifier)};

export default defineSkill({
  universalIdentifier: ${constant},
  name: ${q(slug)},
  label: ${q(options.name)},
  description: 'Add a description for your skill',
  content: 'Add the skill content here',
});
`;
    }
    case 'agent': {
      const constant = constantOf(slug, 'AGENT');
      return `import { defineAgent } from 'twenty-sdk/define';

export const ${constant} =
  ${q(options.universalIdentifier)};

export default defineAgent({
  universalIdentifier: ${constant},
  name: ${q(slug)},
  label: ${q(options.name)},
  description: 'Add a description for your agent',
  prompt: 'Add the agent system prompt here',
  responseFormat: { type: 'text' },
});
`;
    }
    case 'connectionProvider': {
      const prefix = slug.toUpperCase().replace(/-/g, '_');
      const constant = constantOf(slug, 'CONNECTION_PROVIDER');
      return `import { defineConnectionProvider } from 'twenty-sdk/define';

export const ${constant} =
  ${q(options.universalIdentifier)};

export default defineConnectionProvider({
  universalIdentifier: ${constant},
  name: ${q(slug)},
  displayName: ${q(options.name)},
  type: 'oauth',
  oauth: {
    // Replace with the OAuth provider's endpoints.
    authorizationEndpoint: 'https://example.com/oauth/authorize',
    tokenEndpoint: 'https://example.com/oauth/access_token',
    scopes: [],
    // Names of serverVariables declared on this app's defineApplication.
    clientIdVariable: ${q(`${prefix}_CLIENT_ID`)},
    clientSecretVariable: ${q(`${prefix}_CLIENT_SECRET`)},
  },
});
`;
    }
  }
}
