/**
 * The fields the entity form edits for each non-function kind of the logic layer (defineSkill,
 * defineAgent, defineConnectionProvider). Kept apart from `entity-edits.ts` (which parses with
 * TypeScript) so the window can tell which entities get a form without loading TypeScript.
 */
export type EntityFieldType = 'string' | 'markdown' | 'boolean' | 'string-array' | 'json';

export interface EntityField {
  /** `name`, or `oauth.scopes` (one level of nesting). */
  path: string;
  type: EntityFieldType;
  /** The SDK requires it (its define* refuses the config without it). */
  required?: boolean;
  /** The values the SDK's type allows, for a select. */
  options?: readonly string[];
}

/** The fields of each kind, in the order the SDK's types (and its `dev:add` templates) declare them. */
export const ENTITY_FORM_FIELDS = {
  defineSkill: [
    { path: 'universalIdentifier', type: 'string', required: true },
    { path: 'name', type: 'string', required: true },
    { path: 'label', type: 'string', required: true },
    { path: 'icon', type: 'string' },
    { path: 'description', type: 'string' },
    { path: 'content', type: 'markdown', required: true },
  ],
  defineAgent: [
    { path: 'universalIdentifier', type: 'string', required: true },
    { path: 'name', type: 'string', required: true },
    { path: 'label', type: 'string', required: true },
    { path: 'icon', type: 'string' },
    { path: 'description', type: 'string' },
    { path: 'prompt', type: 'markdown', required: true },
    { path: 'modelId', type: 'string' },
    { path: 'responseFormat', type: 'json' },
    { path: 'roleUniversalIdentifier', type: 'string' },
  ],
  defineConnectionProvider: [
    { path: 'universalIdentifier', type: 'string', required: true },
    { path: 'name', type: 'string', required: true },
    { path: 'displayName', type: 'string', required: true },
    { path: 'logo', type: 'string' },
    { path: 'type', type: 'string', required: true, options: ['oauth'] },
    { path: 'oauth.authorizationEndpoint', type: 'string', required: true },
    { path: 'oauth.tokenEndpoint', type: 'string', required: true },
    { path: 'oauth.revokeEndpoint', type: 'string' },
    { path: 'oauth.scopes', type: 'string-array', required: true },
    { path: 'oauth.clientIdVariable', type: 'string', required: true },
    { path: 'oauth.clientSecretVariable', type: 'string', required: true },
    { path: 'oauth.tokenRequestContentType', type: 'string', options: ['json', 'form-urlencoded'] },
    { path: 'oauth.usePkce', type: 'boolean' },
    { path: 'oauth.authorizationParams', type: 'json' },
    { path: 'onConnectLogicFunction.universalIdentifier', type: 'string' },
    { path: 'onDisconnectLogicFunction.universalIdentifier', type: 'string' },
  ],
} as const satisfies Record<string, readonly EntityField[]>;

export type EntityFormDefine = keyof typeof ENTITY_FORM_FIELDS;

export const isEntityFormDefine = (name: string): name is EntityFormDefine => Object.prototype.hasOwnProperty.call(ENTITY_FORM_FIELDS, name);

export const entityFields = (define: EntityFormDefine): readonly EntityField[] => ENTITY_FORM_FIELDS[define];
