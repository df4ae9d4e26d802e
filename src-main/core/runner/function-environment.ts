import { delimiter, dirname } from 'node:path';

/** What the server injects into every run (twenty-server logic-function executor). */
export interface TwentyRunEnvironment {
  apiUrl: string;
  /** Delegated token of the user who triggered the run ('' when nobody did: cron, install hooks). */
  appAccessToken: string;
  applicationAccessToken: string;
  /** Legacy name; the client SDK falls back to it. */
  apiKey: string;
  functionsUrl: string;
  applicationId: string;
  /** Values of the manifest's serverVariables. */
  serverVariables?: Record<string, unknown>;
  /** Values of the workspace's applicationVariables; they win over serverVariables. */
  applicationVariables?: Record<string, unknown>;
}

/** The names the server reserves: a variable cannot override them (the server refuses such a manifest). */
export const RESERVED_ENV_NAMES = [
  'TWENTY_API_URL',
  'TWENTY_APP_ACCESS_TOKEN',
  'TWENTY_APP_APPLICATION_ACCESS_TOKEN',
  'TWENTY_API_KEY',
  'TWENTY_FUNCTIONS_URL',
  'APPLICATION_ID',
] as const;

/**
 * A variable value as the server writes it into the environment: strings as they are, booleans
 * 'true'/'false', arrays and objects as JSON text, null (and a missing value) as ''.
 */
export const serializeVariableValue = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
};

/** The function's own environment: the six injected names, then the app's variables. */
export const buildFunctionEnvironment = (environment: TwentyRunEnvironment): Record<string, string> => {
  const variables: Record<string, string> = {};
  for (const source of [environment.serverVariables ?? {}, environment.applicationVariables ?? {}]) {
    for (const [name, value] of Object.entries(source)) variables[name] = serializeVariableValue(value);
  }
  for (const name of [...RESERVED_ENV_NAMES, 'NODE_OPTIONS']) delete variables[name];
  return {
    TWENTY_API_URL: environment.apiUrl,
    TWENTY_APP_ACCESS_TOKEN: environment.appAccessToken,
    TWENTY_APP_APPLICATION_ACCESS_TOKEN: environment.applicationAccessToken,
    TWENTY_API_KEY: environment.apiKey,
    TWENTY_FUNCTIONS_URL: environment.functionsUrl,
    APPLICATION_ID: environment.applicationId,
    ...variables,
  };
};

/**
 * The environment a child process starts with, before the run's variables arrive: nothing of the
 * studio's own (no NODE_OPTIONS, no tokens, no proxies), only what a process needs to work and to
 * start its own children: a PATH with the node binary's folder and the system folders, HOME and a
 * TMPDIR of its own.
 */
export const buildBaseProcessEnvironment = (nodeBinary: string, runTempDir: string, home: string): Record<string, string> => {
  if (process.platform === 'win32') {
    const systemRoot = process.env.SystemRoot ?? 'C:\\Windows';
    return {
      PATH: [dirname(nodeBinary), `${systemRoot}\\system32`, systemRoot].join(delimiter),
      SystemRoot: systemRoot,
      USERPROFILE: home,
      HOME: home,
      TEMP: runTempDir,
      TMP: runTempDir,
    };
  }
  const path = [...new Set([dirname(nodeBinary), '/usr/local/bin', '/usr/bin', '/bin'])].join(delimiter);
  return { PATH: path, HOME: home, TMPDIR: runTempDir };
};
