import { describe, expect, it } from 'vitest';

import { applyConfigEdit, type ConfigEdit } from './config-edits';
import { applyTextEdits } from './text-edit';

type Row = { name: string; before: string; edit: ConfigEdit } & ({ after: string } | { refused: RegExp });

const ROUTE = `import { defineLogicFunction, type RoutePayload } from 'twenty-sdk/define';

const handler = async (event: RoutePayload) => ({ ok: true });

export default defineLogicFunction({
  universalIdentifier: 'e1db774f-7534-414b-9ab3-8adda2920644',
  name: 'hello',
  timeoutSeconds: 5,
  handler,
  httpRouteTriggerSettings: {
    path: '/hello/:name',
    httpMethod: 'GET',
    isAuthRequired: false,
    forwardedRequestHeaders: ['x-request-id'],
  },
});
`;

/** `before` with `from` replaced by `to` (each must occur exactly once). */
const change = (before: string, ...pairs: [string, string][]): string =>
  pairs.reduce((text, [from, to]) => {
    if (text.split(from).length !== 2) throw new Error(`"${from}" must occur exactly once`);
    return text.replace(from, to);
  }, before);

const DOUBLE_QUOTES = `import { defineLogicFunction } from "twenty-sdk/define";

export default defineLogicFunction({
  universalIdentifier: "61b84c43-fbae-46cd-aeea-ab3dac862ff5",
  name: "sync",
  handler: async () => ({ ok: true }),
  cronTriggerSettings: { pattern: "*/15 * * * *" },
});
`;

const COMMENTED = `import { defineLogicFunction } from 'twenty-sdk/define';

export default defineLogicFunction({
  // Never change this identifier: the server keys the function on it.
  universalIdentifier: '61b84c43-fbae-46cd-aeea-ab3dac862ff5',
  name: 'sync', // shown in the Twenty settings
  /* how long the partner API may take */ timeoutSeconds: 60,
  handler: async () => ({ ok: true }),
  cronTriggerSettings: {
    pattern: '*/15 * * * *', // every quarter hour
  },
});
`;

const NO_TRAILING_COMMAS = `import { defineLogicFunction } from 'twenty-sdk/define'

export default defineLogicFunction({
    universalIdentifier: '61b84c43-fbae-46cd-aeea-ab3dac862ff5',
    name: 'sync',
    handler: async () => ({ ok: true }),
    databaseEventTriggerSettings: {
        eventName: 'person.updated',
        updatedFields: ['name']
    }
})
`;

// Tabs, quoted keys, an inline comment before the literal, satisfies, computed values.
const ODD = `import type { LogicFunctionConfig } from "twenty-sdk/define"
import {
\t\tdefineLogicFunction,
} from "twenty-sdk/define"

export default defineLogicFunction(
\t/* inline comment */ {
\t\t"universalIdentifier": "b42e4e73-a8e1-41f6-9332-b5f411619eab", // trailing comment
\t\t'name': 'odd-formatting',
\t\tdescription: ['Weekday', 'morning', 'report'].join(' '),
\t\ttimeoutSeconds: 2 * 30,
\t\tcronTriggerSettings: { pattern: ['0', '9', '*', '*', '1-5'].join(' ') },
\t\thandler: async function () {
\t\t\treturn 'report sent'
\t\t},
\t} satisfies LogicFunctionConfig
)
`;

const COMPUTED = `import { defineLogicFunction, type RoutePayload } from 'twenty-sdk/define';
import { SYNC_EVERY_MINUTES, SYNC_ROUTE_PATH } from 'src/constants';

const base = { timeoutSeconds: 30 };

export default defineLogicFunction({
  universalIdentifier: '4d1033a8-cd17-4ec4-96d0-7e7377ae362b',
  name: 'sync',
  ...base,
  httpRouteTriggerSettings: {
    path: SYNC_ROUTE_PATH,
    httpMethod: 'POST',
    isAuthRequired: true,
  },
  cronTriggerSettings: {
    pattern: \`*/\${SYNC_EVERY_MINUTES} * * * *\`,
  },
  handler: async (payload: Partial<RoutePayload>) => ({ ok: true }),
});
`;

const SHIM = `import { defineLogicFunction } from 'src/sdk-shim';

export default defineLogicFunction({
  universalIdentifier: 'bd6ed852-0830-4b39-91ab-7f65cdbfd4e3',
  name: 'on-company-created',
  databaseEventTriggerSettings: {
    eventName: 'company.created',
  },
  handler: async (event: { recordId: string }) => ({ recordId: event.recordId }),
});
`;

const NO_TRIGGER = `import { defineLogicFunction } from 'twenty-sdk/define';

export default defineLogicFunction({
  universalIdentifier: '6ecd02ac-835f-4d5c-af9f-5971deeb1397',
  name: 'summarize',
  handler: async (params: { recordId: string }) => params.recordId,
  timeoutSeconds: 20,
});
`;

const VIA_CONST = `import { defineLogicFunction, type LogicFunctionConfig } from 'twenty-sdk/define';

const config = {
  universalIdentifier: '6ecd02ac-835f-4d5c-af9f-5971deeb1397',
  name: 'summarize',
  handler: async () => 'done',
} satisfies LogicFunctionConfig;

export default defineLogicFunction(config);
`;

const TOOL = `import { defineLogicFunction } from 'twenty-sdk/define';

export default defineLogicFunction({
  universalIdentifier: 'f19abefa-1b11-45d9-a86a-f64ee7f8df4b',
  name: 'format-amount',
  toolTriggerSettings: {
    inputSchema: {
      type: 'object',
      properties: {
        // cents, not euros
        amountCents: { type: 'number', description: 'Amount' },
        currency: { type: 'string' },
      },
      required: ['amountCents'],
    },
  },
  handler: async () => 'ok',
});
`;

const LEGACY = `import { defineLogicFunction } from 'twenty-sdk/define';

export default defineLogicFunction({
  universalIdentifier: 'f19abefa-1b11-45d9-a86a-f64ee7f8df4b',
  name: 'format-amount',
  isTool: true,
  toolInputSchema: {
    type: 'object',
    properties: { amountCents: { type: 'number' } },
  },
  handler: async () => 'ok',
} as any);
`;

const POST_INSTALL = `import { definePostInstallLogicFunction } from 'twenty-sdk/define';

export default definePostInstallLogicFunction({
  universalIdentifier: 'ab236b14-86a9-447b-8a3b-bb8809aac84e',
  handler: async () => ({}),
});
`;

const ROWS: Row[] = [
  // Scalars: only the value's text changes, in the literal's own quotes.
  {
    name: 'changes a route method',
    before: ROUTE,
    edit: { kind: 'set', path: 'httpRouteTriggerSettings.httpMethod', value: 'POST' },
    after: change(ROUTE, ["httpMethod: 'GET'", "httpMethod: 'POST'"]),
  },
  {
    name: 'sets a boolean and a number',
    before: ROUTE,
    edit: { kind: 'set', path: 'httpRouteTriggerSettings.isAuthRequired', value: true },
    after: change(ROUTE, ['isAuthRequired: false', 'isAuthRequired: true']),
  },
  {
    name: 'escapes the quote of the literal',
    before: ROUTE,
    edit: { kind: 'set', path: 'name', value: "it's \"hello\"" },
    after: change(ROUTE, ["name: 'hello'", `name: 'it\\'s "hello"'`]),
  },
  {
    name: 'keeps double quotes of a double-quoted file',
    before: DOUBLE_QUOTES,
    edit: { kind: 'set', path: 'cronTriggerSettings.pattern', value: '0 9 * * 1-5' },
    after: change(DOUBLE_QUOTES, ['"*/15 * * * *"', '"0 9 * * 1-5"']),
  },
  {
    name: 'writes a new property in double quotes, in the usual order',
    before: DOUBLE_QUOTES,
    edit: { kind: 'set', path: 'description', value: 'Syncs' },
    after: change(DOUBLE_QUOTES, ['  name: "sync",\n', '  name: "sync",\n  description: "Syncs",\n']),
  },
  {
    name: 'adds a section on one line like its one-line sibling',
    before: DOUBLE_QUOTES,
    edit: { kind: 'add-trigger', trigger: 'databaseEvent' },
    after: change(DOUBLE_QUOTES, [
      '{ pattern: "*/15 * * * *" },\n',
      '{ pattern: "*/15 * * * *" },\n  databaseEventTriggerSettings: { eventName: "person.created" },\n',
    ]),
  },
  {
    name: 'spreads a section that does not fit on one line',
    before: DOUBLE_QUOTES,
    edit: { kind: 'add-trigger', trigger: 'httpRoute', settings: { path: '/sync', httpMethod: 'POST' } },
    after: change(DOUBLE_QUOTES, [
      '{ pattern: "*/15 * * * *" },\n',
      '{ pattern: "*/15 * * * *" },\n  httpRouteTriggerSettings: {\n    path: "/sync",\n    httpMethod: "POST",\n    isAuthRequired: true,\n  },\n',
    ]),
  },
  // Comments stay where they are.
  {
    name: 'keeps a trailing comment after the changed value',
    before: COMMENTED,
    edit: { kind: 'set', path: 'name', value: 'partner-sync' },
    after: change(COMMENTED, ["name: 'sync', //", "name: 'partner-sync', //"]),
  },
  {
    name: 'keeps a block comment before the changed property',
    before: COMMENTED,
    edit: { kind: 'set', path: 'timeoutSeconds', value: 120 },
    after: change(COMMENTED, ['*/ timeoutSeconds: 60,', '*/ timeoutSeconds: 120,']),
  },
  {
    name: 'inserts after a commented property, not inside its comment',
    before: COMMENTED,
    edit: { kind: 'set', path: 'description', value: 'Syncs' },
    after: change(COMMENTED, ["// shown in the Twenty settings\n", "// shown in the Twenty settings\n  description: 'Syncs',\n"]),
  },
  {
    name: 'removes a property with its same-line comment, keeps comments above others',
    before: COMMENTED,
    edit: { kind: 'remove', path: 'name' },
    after: change(COMMENTED, ["  name: 'sync', // shown in the Twenty settings\n", '']),
  },
  {
    name: 'removing the last property of a section leaves an empty object',
    before: COMMENTED,
    edit: { kind: 'remove', path: 'cronTriggerSettings.pattern' },
    after: change(COMMENTED, ["{\n    pattern: '*/15 * * * *', // every quarter hour\n  }", '{}']),
  },
  // No trailing commas, four-space indentation.
  {
    name: 'appends without a trailing comma when the file has none',
    before: NO_TRAILING_COMMAS,
    edit: { kind: 'set', path: 'databaseEventTriggerSettings.batchMode', value: true },
    after: change(NO_TRAILING_COMMAS, ["updatedFields: ['name']\n", "updatedFields: ['name'],\n        batchMode: true\n"]),
  },
  {
    name: 'removes the last property and the comma before it',
    before: NO_TRAILING_COMMAS,
    edit: { kind: 'remove', path: 'databaseEventTriggerSettings.updatedFields' },
    after: change(NO_TRAILING_COMMAS, ["eventName: 'person.updated',\n        updatedFields: ['name']\n", "eventName: 'person.updated'\n"]),
  },
  {
    name: 'removes the last trigger section of a config without trailing commas',
    before: NO_TRAILING_COMMAS,
    edit: { kind: 'remove-trigger', trigger: 'databaseEvent' },
    after: change(NO_TRAILING_COMMAS, [
      "    handler: async () => ({ ok: true }),\n    databaseEventTriggerSettings: {\n        eventName: 'person.updated',\n        updatedFields: ['name']\n    }\n",
      '    handler: async () => ({ ok: true })\n',
    ]),
  },
  {
    name: 'adds a multi-line section indented like its siblings',
    before: NO_TRAILING_COMMAS,
    edit: { kind: 'add-trigger', trigger: 'cron' },
    after: change(NO_TRAILING_COMMAS, ["        updatedFields: ['name']\n    }\n", "        updatedFields: ['name']\n    },\n    cronTriggerSettings: {\n        pattern: '0 * * * *'\n    }\n"]),
  },
  // Odd formatting: tabs, quoted keys, satisfies, computed values.
  {
    name: 'changes a quoted key’s value in a tab-indented satisfies literal',
    before: ODD,
    edit: { kind: 'set', path: 'name', value: 'odd' },
    after: change(ODD, ["'name': 'odd-formatting'", "'name': 'odd'"]),
  },
  {
    // The config's strings are mostly single-quoted (the double-quoted imports do not count).
    name: 'adds a trigger after the last section, with tabs and the config’s quotes',
    before: ODD,
    edit: { kind: 'add-trigger', trigger: 'httpRoute', settings: { path: '/report' } },
    after: change(ODD, [
      "join(' ') },\n",
      "join(' ') },\n\t\thttpRouteTriggerSettings: {\n\t\t\tpath: '/report',\n\t\t\thttpMethod: 'GET',\n\t\t\tisAuthRequired: true,\n\t\t},\n",
    ]),
  },
  { name: 'refuses a computed description', before: ODD, edit: { kind: 'set', path: 'description', value: 'x' }, refused: /a call: edit in code/ },
  { name: 'refuses a computed number', before: ODD, edit: { kind: 'set', path: 'timeoutSeconds', value: 60 }, refused: /edit in code/ },
  { name: 'refuses a computed pattern', before: ODD, edit: { kind: 'set', path: 'cronTriggerSettings.pattern', value: '* * * * *' }, refused: /edit in code/ },
  // Computed values are never rewritten.
  { name: 'refuses an identifier', before: COMPUTED, edit: { kind: 'set', path: 'httpRouteTriggerSettings.path', value: '/x' }, refused: /identifier SYNC_ROUTE_PATH: edit in code/ },
  { name: 'refuses a template literal', before: COMPUTED, edit: { kind: 'set', path: 'cronTriggerSettings.pattern', value: '* * * * *' }, refused: /template literal with substitutions: edit in code/ },
  { name: 'refuses a value a spread may provide', before: COMPUTED, edit: { kind: 'set', path: 'timeoutSeconds', value: 10 }, refused: /may come from \.\.\.base: edit in code/ },
  { name: 'refuses a property a spread may override', before: COMPUTED, edit: { kind: 'set', path: 'name', value: 'y' }, refused: /may be overridden by \.\.\.base/ },
  { name: 'refuses removing a section that holds code', before: COMPUTED, edit: { kind: 'remove-trigger', trigger: 'cron' }, refused: /edit in code/ },
  {
    name: 'edits a literal next to computed ones',
    before: COMPUTED,
    edit: { kind: 'set', path: 'httpRouteTriggerSettings.httpMethod', value: 'PUT' },
    after: change(COMPUTED, ["httpMethod: 'POST'", "httpMethod: 'PUT'"]),
  },
  { name: 'removes a property next to a shorthand one', before: ROUTE, edit: { kind: 'remove', path: 'name' }, after: change(ROUTE, ["  name: 'hello',\n", '']) },
  {
    name: 'refuses a shorthand property',
    before: change(ROUTE, ["  name: 'hello',\n", '  name,\n'], ['const handler', "const name = 'hello';\nconst handler"]),
    edit: { kind: 'set', path: 'name', value: 'x' },
    refused: /shorthand property: edit in code/,
  },
  // Shims and multi-trigger configs.
  {
    name: 'edits a function defined through a local shim',
    before: SHIM,
    edit: { kind: 'set', path: 'databaseEventTriggerSettings.eventName', value: 'company.updated' },
    after: change(SHIM, ["'company.created'", "'company.updated'"]),
  },
  {
    name: 'adds updatedFields after eventName',
    before: SHIM,
    edit: { kind: 'set', path: 'databaseEventTriggerSettings.updatedFields', value: ['name', 'domainName'] },
    after: change(SHIM, ["eventName: 'company.created',\n", "eventName: 'company.created',\n    updatedFields: ['name', 'domainName'],\n"]),
  },
  {
    name: 'adds a second trigger after the first one, before the handler',
    before: SHIM,
    edit: { kind: 'add-trigger', trigger: 'cron', settings: { pattern: '0 3 * * *' } },
    after: change(SHIM, ["    eventName: 'company.created',\n  },\n", "    eventName: 'company.created',\n  },\n  cronTriggerSettings: {\n    pattern: '0 3 * * *',\n  },\n"]),
  },
  {
    name: 'removes one trigger of a multi-trigger config',
    before: ROUTE.replace('  },\n});', "  },\n  cronTriggerSettings: { pattern: '0 * * * *' },\n});"),
    edit: { kind: 'remove-trigger', trigger: 'httpRoute' },
    after: change(ROUTE, [
      "  httpRouteTriggerSettings: {\n    path: '/hello/:name',\n    httpMethod: 'GET',\n    isAuthRequired: false,\n    forwardedRequestHeaders: ['x-request-id'],\n  },\n",
      "  cronTriggerSettings: { pattern: '0 * * * *' },\n",
    ]),
  },
  // The first trigger goes after the handler.
  {
    name: 'adds the first trigger after the handler',
    before: NO_TRIGGER,
    edit: { kind: 'add-trigger', trigger: 'httpRoute' },
    after: change(NO_TRIGGER, [
      'params.recordId,\n',
      "params.recordId,\n  httpRouteTriggerSettings: {\n    path: '/summarize',\n    httpMethod: 'GET',\n    isAuthRequired: true,\n  },\n",
    ]),
  },
  {
    name: 'setting a field of an absent section adds the section with its defaults',
    before: NO_TRIGGER,
    edit: { kind: 'set', path: 'workflowActionTriggerSettings.icon', value: 'IconBolt' },
    after: change(NO_TRIGGER, ['params.recordId,\n', "params.recordId,\n  workflowActionTriggerSettings: {\n    label: 'summarize',\n    icon: 'IconBolt',\n  },\n"]),
  },
  {
    name: 'adds an empty tool section',
    before: NO_TRIGGER,
    edit: { kind: 'add-trigger', trigger: 'tool' },
    after: change(NO_TRIGGER, ['params.recordId,\n', 'params.recordId,\n  toolTriggerSettings: {},\n']),
  },
  {
    name: 'removes the last property of the config',
    before: NO_TRIGGER,
    edit: { kind: 'remove', path: 'timeoutSeconds' },
    after: change(NO_TRIGGER, ['  timeoutSeconds: 20,\n', '']),
  },
  // A config held in a const.
  {
    name: 'follows a const to its object literal',
    before: VIA_CONST,
    edit: { kind: 'set', path: 'timeoutSeconds', value: 30 },
    after: change(VIA_CONST, ["  name: 'summarize',\n", "  name: 'summarize',\n  timeoutSeconds: 30,\n"]),
  },
  // Arrays of headers: add, remove and rename one element; the rest is untouched.
  {
    name: 'appends a header',
    before: ROUTE,
    edit: { kind: 'set', path: 'httpRouteTriggerSettings.forwardedRequestHeaders', value: ['x-request-id', 'content-type'] },
    after: change(ROUTE, ["['x-request-id']", "['x-request-id', 'content-type']"]),
  },
  {
    name: 'empties the header list',
    before: ROUTE,
    edit: { kind: 'set', path: 'httpRouteTriggerSettings.forwardedRequestHeaders', value: [] },
    after: change(ROUTE, ["['x-request-id']", '[]']),
  },
  {
    name: 'removes the middle header of a multi-line list',
    before: change(ROUTE, ["['x-request-id']", "[\n      'x-request-id',\n      'x-partner-signature', // HMAC\n      'content-type',\n    ]"]),
    edit: { kind: 'set', path: 'httpRouteTriggerSettings.forwardedRequestHeaders', value: ['x-request-id', 'content-type'] },
    after: change(ROUTE, ["['x-request-id']", "[\n      'x-request-id',\n      'content-type',\n    ]"]),
  },
  {
    name: 'renames one header of a multi-line list',
    before: change(ROUTE, ["['x-request-id']", "[\n      'x-request-id',\n      'content-type',\n    ]"]),
    edit: { kind: 'set', path: 'httpRouteTriggerSettings.forwardedRequestHeaders', value: ['x-request-id', 'accept'] },
    after: change(ROUTE, ["['x-request-id']", "[\n      'x-request-id',\n      'accept',\n    ]"]),
  },
  {
    name: 'inserts a header into a multi-line list on its own line',
    before: change(ROUTE, ["['x-request-id']", "[\n      'x-request-id',\n    ]"]),
    edit: { kind: 'set', path: 'httpRouteTriggerSettings.forwardedRequestHeaders', value: ['x-request-id', 'accept'] },
    after: change(ROUTE, ["['x-request-id']", "[\n      'x-request-id',\n      'accept',\n    ]"]),
  },
  // JSON schema objects: only the differing leaves change; comments inside survive.
  {
    name: 'changes one description deep inside a schema',
    before: TOOL,
    edit: {
      kind: 'set',
      path: 'toolTriggerSettings.inputSchema',
      value: { type: 'object', properties: { amountCents: { type: 'number', description: 'Amount in cents' }, currency: { type: 'string' } }, required: ['amountCents'] },
    },
    after: change(TOOL, ["description: 'Amount' }", "description: 'Amount in cents' }"]),
  },
  {
    name: 'adds and removes schema properties',
    before: TOOL,
    edit: {
      kind: 'set',
      path: 'toolTriggerSettings.inputSchema',
      value: { type: 'object', properties: { amountCents: { type: 'number', description: 'Amount' }, locale: { type: 'string', enum: ['en', 'fr'] } }, required: ['amountCents', 'locale'] },
    },
    after: change(
      TOOL,
      ["        currency: { type: 'string' },\n", "        locale: { type: 'string', enum: ['en', 'fr'] },\n"],
      ["required: ['amountCents']", "required: ['amountCents', 'locale']"],
    ),
  },
  {
    name: 'writes a schema into an empty tool section over several lines',
    before: change(NO_TRIGGER, ['  timeoutSeconds: 20,\n', '  timeoutSeconds: 20,\n  toolTriggerSettings: {},\n']),
    edit: {
      kind: 'set',
      path: 'toolTriggerSettings.inputSchema',
      value: { type: 'object', properties: { recordId: { type: 'string', description: 'The record to summarize' } }, required: ['recordId'] },
    },
    after: change(NO_TRIGGER, [
      '  timeoutSeconds: 20,\n',
      "  timeoutSeconds: 20,\n  toolTriggerSettings: {\n    inputSchema: {\n      type: 'object',\n      properties: {\n        recordId: { type: 'string', description: 'The record to summarize' },\n      },\n      required: ['recordId'],\n    },\n  },\n",
    ]),
  },
  {
    name: 'writes a workflow input schema (an array)',
    before: change(NO_TRIGGER, ['  timeoutSeconds: 20,\n', "  timeoutSeconds: 20,\n  workflowActionTriggerSettings: { label: 'Summarize' },\n"]),
    edit: { kind: 'set', path: 'workflowActionTriggerSettings.inputSchema', value: [{ type: 'string', label: 'Record' }] },
    after: change(NO_TRIGGER, [
      '  timeoutSeconds: 20,\n',
      "  timeoutSeconds: 20,\n  workflowActionTriggerSettings: { label: 'Summarize', inputSchema: [{ type: 'string', label: 'Record' }] },\n",
    ]),
  },
  {
    name: 'refuses a schema that holds code',
    before: change(TOOL, ["currency: { type: 'string' }", 'currency: CURRENCY_SCHEMA']),
    edit: { kind: 'set', path: 'toolTriggerSettings.inputSchema', value: { type: 'object' } },
    refused: /identifier CURRENCY_SCHEMA: edit in code/,
  },
  // The seed docs' isTool / toolInputSchema.
  {
    name: 'rewrites isTool + toolInputSchema to toolTriggerSettings',
    before: LEGACY,
    edit: { kind: 'rewrite-legacy-tool' },
    after: change(LEGACY, [
      "  isTool: true,\n  toolInputSchema: {\n    type: 'object',\n    properties: { amountCents: { type: 'number' } },\n  },\n",
      "  toolTriggerSettings: {\n    inputSchema: {\n      type: 'object',\n      properties: { amountCents: { type: 'number' } },\n    },\n  },\n",
    ]),
  },
  {
    name: 'rewrites a bare isTool: true',
    before: change(LEGACY, ["  toolInputSchema: {\n    type: 'object',\n    properties: { amountCents: { type: 'number' } },\n  },\n", '']),
    edit: { kind: 'rewrite-legacy-tool' },
    after: change(LEGACY, ["  isTool: true,\n  toolInputSchema: {\n    type: 'object',\n    properties: { amountCents: { type: 'number' } },\n  },\n", '  toolTriggerSettings: {},\n']),
  },
  {
    name: 'isTool: false rewrites to nothing',
    before: change(LEGACY, ['isTool: true', 'isTool: false']),
    edit: { kind: 'rewrite-legacy-tool' },
    after: change(LEGACY, ["  isTool: true,\n  toolInputSchema: {\n    type: 'object',\n    properties: { amountCents: { type: 'number' } },\n  },\n", '']),
  },
  { name: 'refuses the rewrite without the legacy form', before: TOOL, edit: { kind: 'rewrite-legacy-tool' }, refused: /no isTool/ },
  { name: 'refuses a computed isTool', before: change(LEGACY, ['isTool: true', 'isTool: !!1']), edit: { kind: 'rewrite-legacy-tool' }, refused: /edit in code/ },
  // Refusals that protect the file.
  { name: 'refuses a value of the wrong type', before: ROUTE, edit: { kind: 'set', path: 'timeoutSeconds', value: '5' }, refused: /takes a number/ },
  { name: 'refuses a trigger on an install hook', before: POST_INSTALL, edit: { kind: 'add-trigger', trigger: 'cron' }, refused: /takes no triggers/ },
  {
    name: 'sets an install hook option',
    before: POST_INSTALL,
    edit: { kind: 'set', path: 'shouldRunSynchronously', value: true },
    after: change(POST_INSTALL, ["bb8809aac84e',\n", "bb8809aac84e',\n  shouldRunSynchronously: true,\n"]),
  },
  { name: 'refuses an option of another define', before: ROUTE, edit: { kind: 'set', path: 'shouldRunSynchronously', value: true }, refused: /has no shouldRunSynchronously/ },
  {
    name: 'refuses a config that is not an object literal',
    before: "import { defineLogicFunction } from 'twenty-sdk/define';\nimport { make } from './make';\nexport default defineLogicFunction(make());\n",
    edit: { kind: 'set', path: 'name', value: 'x' },
    refused: /not an object literal: edit in code/,
  },
  {
    name: 'refuses a config held in a let',
    before: VIA_CONST.replace('const config', 'let config'),
    edit: { kind: 'set', path: 'name', value: 'x' },
    refused: /let\/var: edit in code/,
  },
  {
    name: 'refuses a file the SDK does not discover',
    before: "import { defineLogicFunction } from 'twenty-sdk/define';\nexport const f = defineLogicFunction({ universalIdentifier: 'x', handler: () => 1 });\n",
    edit: { kind: 'set', path: 'name', value: 'x' },
    refused: /No top-level `export default define/,
  },
  {
    name: 'refuses a non-logic-function entity',
    before: "import { defineObject } from 'twenty-sdk/define';\nexport default defineObject({ nameSingular: 'x' } as any);\n",
    edit: { kind: 'set', path: 'name', value: 'x' },
    refused: /does not define a logic function/,
  },
];

describe('applyConfigEdit', () => {
  for (const row of ROWS) {
    it(row.name, () => {
      const result = applyConfigEdit(row.before, 'src/logic-functions/f.ts', row.edit);
      if ('refused' in row) {
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.reason).toMatch(row.refused);
        return;
      }
      if (!result.ok) throw new Error(result.reason);
      expect(result.newText).toBe(row.after);
      // The edits are what the editor applies: they must produce the same text.
      expect(applyTextEdits(row.before, result.edits)).toBe(row.after);
    });
  }

  it('returns no edit when the file already says so', () => {
    const result = applyConfigEdit(ROUTE, 'f.ts', { kind: 'set', path: 'httpRouteTriggerSettings.httpMethod', value: 'GET' });
    expect(result).toEqual({ ok: true, edits: [], newText: ROUTE });
  });

  it('replaces only the value’s text range', () => {
    const result = applyConfigEdit(ROUTE, 'f.ts', { kind: 'set', path: 'httpRouteTriggerSettings.httpMethod', value: 'DELETE' });
    const start = ROUTE.indexOf("'GET'");
    expect(result).toMatchObject({ ok: true, edits: [{ start, end: start + 5, newText: "'DELETE'" }] });
  });

  it('keeps CRLF line endings', () => {
    const crlf = NO_TRIGGER.replace(/\n/g, '\r\n');
    const result = applyConfigEdit(crlf, 'f.ts', { kind: 'add-trigger', trigger: 'cron' });
    if (!result.ok) throw new Error(result.reason);
    expect(result.newText).toBe(change(NO_TRIGGER, ['params.recordId,\n', "params.recordId,\n  cronTriggerSettings: {\n    pattern: '0 * * * *',\n  },\n"]).replace(/\n/g, '\r\n'));
  });

  it('refuses an edit of a file whose syntax is already broken around the config only if it adds errors', () => {
    const broken = `${ROUTE}\nconst x = ;\n`;
    const result = applyConfigEdit(broken, 'f.ts', { kind: 'set', path: 'name', value: 'still fine' });
    expect(result.ok).toBe(true);
  });
});
