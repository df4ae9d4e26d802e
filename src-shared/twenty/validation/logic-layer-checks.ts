/**
 * The server's checks on the logic layer's entities that the SDK does not make at build time: they
 * fail `app:install` (the workspace migration's validators) or every request of a server route, so the
 * studio reports them where they are written. Wording follows the server
 * (twentyhq/twenty, workspace-migration-builder/validators: flat-skill, flat-agent,
 * flat-connection-provider validators, validate-agent-response-format, agent roles within the
 * application role; server-route-trigger.service for the resolver rules).
 */
import ts from 'typescript';

type Config = Record<string, unknown>;

export interface LogicLayerEntity {
  file: string;
  defineFunction: string;
  config: Config | null;
  /** The file's text, to find the connections a function asks for. */
  sourceText?: string;
}

export interface LogicLayerIssue {
  file: string;
  /** Top-level config property the issue is about ('' for the whole entity), to locate it. */
  property: string;
  message: string;
  severity: 'error' | 'warning';
}

const str = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);
const record = (value: unknown): Config | null => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Config) : null);

/** The server's `isValidAgentResponseSchemaPropertyKey`: letters, digits, `_ . -`, at most 64 characters. */
const AGENT_RESPONSE_KEY = /^[A-Za-z0-9_.-]{1,64}$/;

/** Role flags that grant something; an agent's role may only grant what the application role grants. */
const ROLE_GRANT_FLAGS = [
  ['canReadAllObjectRecords', 'read all object records'],
  ['canUpdateAllObjectRecords', 'update all object records'],
  ['canSoftDeleteAllObjectRecords', 'soft-delete all object records'],
  ['canDestroyAllObjectRecords', 'destroy all object records'],
  ['canUpdateAllSettings', 'update all settings'],
  ['canAccessAllTools', 'access all tools'],
] as const;

const OBJECT_GRANT_FLAGS = [
  ['canReadObjectRecords', 'canReadAllObjectRecords', 'read'],
  ['canUpdateObjectRecords', 'canUpdateAllObjectRecords', 'update'],
  ['canSoftDeleteObjectRecords', 'canSoftDeleteAllObjectRecords', 'soft-delete'],
  ['canDestroyObjectRecords', 'canDestroyAllObjectRecords', 'destroy'],
] as const;

/** What an agent's role grants beyond the application role (top-level flags and per-object permissions). */
function grantsNotCovered(agentRole: Config, applicationRole: Config): string[] {
  const missing: string[] = [];
  for (const [flag, label] of ROLE_GRANT_FLAGS) {
    if (agentRole[flag] === true && applicationRole[flag] !== true) missing.push(label);
  }
  const appObjects = Array.isArray(applicationRole.objectPermissions) ? applicationRole.objectPermissions.map(record).filter((p): p is Config => p !== null) : [];
  const agentObjects = Array.isArray(agentRole.objectPermissions) ? agentRole.objectPermissions.map(record).filter((p): p is Config => p !== null) : [];
  for (const permission of agentObjects) {
    const objectId = str(permission.objectUniversalIdentifier);
    const appPermission = appObjects.find((p) => p.objectUniversalIdentifier === objectId);
    for (const [flag, allFlag, action] of OBJECT_GRANT_FLAGS) {
      if (permission[flag] === true && applicationRole[allFlag] !== true && appPermission?.[flag] !== true) missing.push(`${action} ${objectId ?? '?'} records`);
    }
  }
  return missing;
}

function duplicateNames(entities: LogicLayerEntity[], describe: (name: string) => string): LogicLayerIssue[] {
  const byName = new Map<string, LogicLayerEntity[]>();
  for (const entity of entities) {
    const name = str(entity.config?.name);
    if (name !== null) byName.set(name, [...(byName.get(name) ?? []), entity]);
  }
  // The server creates them in manifest order and refuses the later one; either file can be the fix,
  // so both carry the problem.
  return [...byName.entries()]
    .filter(([, sharing]) => sharing.length > 1)
    .flatMap(([name, sharing]) => sharing.map((entity) => ({ file: entity.file, property: 'name', message: describe(name), severity: 'error' as const })));
}

function responseFormatIssues(agent: LogicLayerEntity): LogicLayerIssue[] {
  const format = record(agent.config?.responseFormat);
  if (!format) return [];
  const at = (message: string): LogicLayerIssue => ({ file: agent.file, property: 'responseFormat', message, severity: 'error' });
  const issues: LogicLayerIssue[] = [];
  if (format.type !== 'text' && format.type !== 'json') issues.push(at('Response format type must be either "text" or "json"'));
  if (format.type === 'json' && format.schema === undefined) issues.push(at('Response format with type "json" must include a schema'));
  if (format.type === 'json' && record(format.schema)) {
    const invalid = Object.keys(record(record(format.schema)!.properties) ?? {}).filter((key) => !AGENT_RESPONSE_KEY.test(key));
    if (invalid.length > 0) {
      issues.push(at(`Output field names must use only letters, numbers, underscores, dots or hyphens and be at most 64 characters: ${invalid.join(', ')}`));
    }
  }
  if (format.type === 'text' && format.schema !== undefined) issues.push(at('Response format with type "text" should not include a schema'));
  return issues;
}

export interface ConnectionCall {
  helper: 'getConnection' | 'listConnections';
  /** `listConnections({ providerName: '...' })` when written as a literal. */
  providerName: string | null;
  line: number;
  column: number;
}

/**
 * The connections a function's source asks for: calls of twenty-sdk's `getConnection` and
 * `listConnections` (a literal `providerName` is read; anything else is left as unknown).
 */
export function connectionCalls(fileName: string, sourceText: string): ConnectionCall[] {
  if (!/\b(getConnection|listConnections)\b/.test(sourceText)) return [];
  const sourceFile = ts.createSourceFile(fileName, sourceText, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const calls: ConnectionCall[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = ts.isIdentifier(node.expression) ? node.expression.text : ts.isPropertyAccessExpression(node.expression) ? node.expression.name.text : null;
      if (callee === 'getConnection' || callee === 'listConnections') {
        let providerName: string | null = null;
        const filter = node.arguments[0];
        if (callee === 'listConnections' && filter && ts.isObjectLiteralExpression(filter)) {
          for (const property of filter.properties) {
            if (ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) && property.name.text === 'providerName' && ts.isStringLiteralLike(property.initializer)) {
              providerName = property.initializer.text;
            }
          }
        }
        const { line, character } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
        calls.push({ helper: callee, providerName, line: line + 1, column: character + 1 });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return calls;
}

/** Every check of this module over the app's evaluated entities. */
export function checkLogicLayer(entities: LogicLayerEntity[], application: Config | null): LogicLayerIssue[] {
  const of = (...defines: string[]) => entities.filter((entity) => entity.config && defines.includes(entity.defineFunction));
  const skills = of('defineSkill');
  const agents = of('defineAgent');
  const providers = of('defineConnectionProvider');
  const roles = of('defineRole', 'defineApplicationRole');
  const functions = of('defineLogicFunction', 'definePreInstallLogicFunction', 'definePostInstallLogicFunction', 'defineUninstallLogicFunction', 'defineHealthCheck');
  const issues: LogicLayerIssue[] = [];

  issues.push(...duplicateNames(skills, (name) => `Skill with name "${name}" already exists`));
  issues.push(...duplicateNames(agents, (name) => `Agent with name "${name}" already exists`));
  issues.push(...duplicateNames(providers, (name) => `Connection provider with name ${name} already exists for this application`));

  const defaultRoleId =
    str(application?.defaultRoleUniversalIdentifier) ?? str(entities.find((entity) => entity.defineFunction === 'defineApplicationRole')?.config?.universalIdentifier);
  const applicationRole = roles.find((role) => role.config?.universalIdentifier === defaultRoleId)?.config ?? null;
  for (const agent of agents) {
    issues.push(...responseFormatIssues(agent));
    const roleId = str(agent.config?.roleUniversalIdentifier);
    if (roleId === null || roleId === defaultRoleId) continue;
    const role = roles.find((candidate) => candidate.config?.universalIdentifier === roleId)?.config;
    const name = str(agent.config?.name) ?? '?';
    if (!role) {
      issues.push({ file: agent.file, property: 'roleUniversalIdentifier', message: `Agent "${name}" references role "${roleId}", which is not defined by this application.`, severity: 'error' });
      continue;
    }
    const missing = applicationRole ? grantsNotCovered(role, applicationRole) : [];
    if (missing.length > 0) {
      issues.push({
        file: agent.file,
        property: 'roleUniversalIdentifier',
        message: `Role "${str(role.label) ?? roleId}" used by agent "${name}" grants more than the application role "${str(applicationRole?.label) ?? defaultRoleId}": ${missing.join(', ')}. The application role must cover every permission an agent role grants.`,
        severity: 'error',
      });
    }
  }

  const serverVariables = record(application?.serverVariables) ?? {};
  const functionIds = new Set(functions.map((fn) => str(fn.config?.universalIdentifier)).filter((id): id is string => id !== null));
  for (const provider of providers) {
    const oauth = record(provider.config?.oauth);
    for (const key of ['clientIdVariable', 'clientSecretVariable'] as const) {
      const variable = str(oauth?.[key]);
      if (variable !== null && application && !Object.prototype.hasOwnProperty.call(serverVariables, variable)) {
        issues.push({
          file: provider.file,
          property: 'oauth',
          message: `oauth.${key} "${variable}" is not a serverVariable of defineApplication: the server has no value to send as the OAuth client ${key === 'clientIdVariable' ? 'id' : 'secret'}.`,
          severity: 'error',
        });
      }
    }
    for (const hook of ['onConnectLogicFunction', 'onDisconnectLogicFunction'] as const) {
      const id = str(record(provider.config?.[hook])?.universalIdentifier);
      if (id !== null && !functionIds.has(id)) {
        issues.push({ file: provider.file, property: hook, message: `${hook}.universalIdentifier "${id}" is not a logic function of this app.`, severity: 'error' });
      }
    }
  }

  const providerNames = new Set(providers.map((provider) => str(provider.config?.name)).filter((name): name is string => name !== null));
  for (const fn of of('defineLogicFunction')) {
    const serverRoute = record(fn.config?.serverRouteTriggerSettings);
    if (serverRoute) {
      if (record(fn.config?.httpRouteTriggerSettings)?.isAuthRequired === true) {
        issues.push({
          file: fn.file,
          property: 'serverRouteTriggerSettings',
          message: 'A server route resolver with an httpRouteTriggerSettings.isAuthRequired route is refused on every request (403: it cannot be dispatched through the public server route).',
          severity: 'error',
        });
      }
      if (Array.isArray(serverRoute.httpMethods) && serverRoute.httpMethods.length === 0) {
        issues.push({ file: fn.file, property: 'serverRouteTriggerSettings', message: 'httpMethods is empty: every request gets 405 (leave it out for the default, POST).', severity: 'warning' });
      }
    }
    if (fn.sourceText) {
      for (const call of connectionCalls(fn.file, fn.sourceText)) {
        if (call.providerName !== null && !providerNames.has(call.providerName)) {
          issues.push({
            file: fn.file,
            property: '',
            message: `listConnections asks for provider "${call.providerName}" (line ${call.line}), which is not a connection provider of this app${providerNames.size ? ` (${[...providerNames].join(', ')})` : ''}: it always gets an empty list.`,
            severity: 'warning',
          });
        }
      }
    }
  }
  return issues;
}
