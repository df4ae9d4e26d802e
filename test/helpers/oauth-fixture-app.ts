import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Points a copy of test/fixtures/apps/workspace-app's acme-mail provider at a provider on 127.0.0.1
 * (FakeOAuthProvider's port is only known once it listens, so the committed fixture keeps an
 * example.com URL and each test rewrites its copy) and declares the two variables the provider reads
 * its client id and secret from.
 */
export async function pointAcmeMailAt(appDir: string, providerUrl: string): Promise<void> {
  await writeFile(join(appDir, 'src/connection-providers/acme-mail.ts'), `import { defineConnectionProvider } from 'twenty-sdk/define';
export default defineConnectionProvider({
  universalIdentifier: '81b87e9e-847b-480e-950b-7d838ed0b059',
  name: 'acme-mail',
  displayName: 'Acme Mail',
  type: 'oauth',
  oauth: {
    authorizationEndpoint: '${providerUrl}/authorize',
    tokenEndpoint: '${providerUrl}/token',
    scopes: ['mail.read', 'mail.send'],
    clientIdVariable: 'ACME_CLIENT_ID',
    clientSecretVariable: 'ACME_CLIENT_SECRET',
    authorizationParams: { access_type: 'offline' },
    tokenRequestContentType: 'form-urlencoded',
  },
});
`);
  const configPath = join(appDir, 'src/application-config.ts');
  const config = await readFile(configPath, 'utf8');
  await writeFile(configPath, config.replace(/\}\);\s*$/, `  applicationVariables: {
    ACME_CLIENT_ID: { universalIdentifier: '3f0c2a1e-1111-4c4c-9a9a-000000000001', description: 'OAuth client id' },
    ACME_CLIENT_SECRET: { universalIdentifier: '3f0c2a1e-1111-4c4c-9a9a-000000000002', description: 'OAuth client secret', isSecret: true },
  },
});
`));
}
