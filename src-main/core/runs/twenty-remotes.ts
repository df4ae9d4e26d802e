import { readFile } from 'node:fs/promises';
import { twentyConfigPath } from '../packaging/twenty-remotes';

export interface TwentyRemote {
  name: string;
  apiUrl: string;
  /** The credential a function run would use (API key, else the CLI's access token), never shown. */
  token: string | null;
}


/**
 * The remotes the `twenty` CLI already knows, with their credentials, for function runs (the
 * packaging side lists them through the SDK itself, without credentials). Read without writing: the SDK's own ConfigService
 * migrates and rewrites the file on read, which a studio must not do behind the user's back.
 */
export async function readTwentyRemotes(configPath = twentyConfigPath()): Promise<TwentyRemote[]> {
  let raw: { remotes?: Record<string, Record<string, unknown>>; profiles?: Record<string, Record<string, unknown>>; apiUrl?: string; apiKey?: string };
  try {
    raw = JSON.parse(await readFile(configPath, 'utf8'));
  } catch {
    return [];
  }
  const entries = { ...(raw.profiles ?? {}), ...(raw.remotes ?? {}) };
  if (!raw.remotes && !raw.profiles && typeof raw.apiUrl === 'string') entries.local = raw as Record<string, unknown>;
  return Object.entries(entries).map(([name, remote]) => {
    const text = (key: string) => (typeof remote[key] === 'string' && remote[key] !== '' ? (remote[key] as string) : null);
    return {
      name: name === 'default' ? 'local' : name,
      apiUrl: text('apiUrl') ?? 'http://localhost:2020',
      token: text('apiKey') ?? text('twentyCLIAccessToken') ?? text('accessToken'),
    };
  });
}
