/**
 * "Copy as curl" and "copy as `yarn twenty dev:function:exec`": command lines for a POSIX shell
 * (sh, bash, zsh). Every argument that is not plainly safe is single-quoted, with embedded single
 * quotes written as '\'' , so JSON bodies with quotes, `$` or newlines paste unchanged.
 */

const SAFE_ARGUMENT = /^[A-Za-z0-9_\/.:=@%+,-]+$/;

export const shellQuote = (value: string): string => (SAFE_ARGUMENT.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`);

export type CurlRequest = {
  method: string;
  /** `/s/...` with its query string. */
  url: string;
  headers?: ReadonlyArray<{ name: string; value: string }>;
  body?: string | null;
  /**
   * Where to send it: the local route server (`http://127.0.0.1:4321`) or a Twenty server's `/s/` base
   * (`https://crm.example.com/s/` or `https://crm.example.com`).
   */
  baseUrl: string;
  /**
   * Adds `Authorization: Bearer $<variable>` (double-quoted so the shell expands it) when the request has
   * no Authorization header: a real token never ends up in a copied command or a committed file.
   */
  bearerTokenVariable?: string;
};

/** `https://x/s/` + `/s/items/1` -> `https://x/s/items/1`; a base without `/s` gets it. */
export const routeUrl = (baseUrl: string, url: string): string => {
  const base = baseUrl.replace(/\/+$/, '').replace(/\/s$/, '');
  const path = url.startsWith('/s/') || url === '/s' ? url : `/s${url.startsWith('/') ? '' : '/'}${url}`;
  return `${base}${path}`;
};

export const buildCurlCommand = (request: CurlRequest): string => {
  const method = request.method.toUpperCase();
  const parts = ['curl'];
  if (method !== 'GET') parts.push('-X', shellQuote(method));
  parts.push(shellQuote(routeUrl(request.baseUrl, request.url)));
  const headers = request.headers ?? [];
  for (const header of headers) parts.push('-H', shellQuote(`${header.name}: ${header.value}`));
  const hasAuthorization = headers.some((header) => header.name.toLowerCase() === 'authorization');
  if (request.bearerTokenVariable && !hasAuthorization) {
    parts.push('-H', `"Authorization: Bearer \${${request.bearerTokenVariable}}"`);
  }
  if (request.body !== undefined && request.body !== null && request.body !== '') parts.push('--data-raw', shellQuote(request.body));
  return parts.join(' ');
};

export type ExecCommandInput = {
  /** The function's name (`-n`); without one, its universalIdentifier (`-u`). */
  name?: string | null;
  universalIdentifier: string;
  payload: unknown;
};

/** `yarn twenty dev:function:exec -n <name> -p '<json>'` (runs the function on the remote server). */
export const buildExecCommand = (input: ExecCommandInput): string => {
  const selector = input.name ? ['-n', shellQuote(input.name)] : ['-u', shellQuote(input.universalIdentifier)];
  const json = JSON.stringify(input.payload === undefined ? {} : input.payload);
  return ['yarn', 'twenty', 'dev:function:exec', ...selector, '-p', `'${json.replace(/'/g, `'\\''`)}'`].join(' ');
};
