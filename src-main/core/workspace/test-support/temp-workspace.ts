import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalWorkspace, type AppManifestPart } from '../local-workspace';
import type { WriteActor } from '../sql/record-repository';

/** The sample app's own object, as its manifest has it. */
export const LEAD_MANIFEST: AppManifestPart = {
  objects: [{
    universalIdentifier: 'cb0fd7ae-2647-459f-b21e-c2ebd628c147', nameSingular: 'lead', namePlural: 'leads', labelSingular: 'Lead', labelPlural: 'Leads',
    labelIdentifierFieldMetadataUniversalIdentifier: '88452ea4-fdf4-411b-852d-811f7e2bfdca',
    fields: [
      { universalIdentifier: '88452ea4-fdf4-411b-852d-811f7e2bfdca', type: 'TEXT', name: 'name', label: 'Name' },
      { universalIdentifier: 'c1c323cb-d952-492b-b9cc-8b8b8fd89747', type: 'TEXT', name: 'email', label: 'Email' },
      { universalIdentifier: 'f9821cdc-f1eb-4532-b4f8-2cba926eaf40', type: 'NUMBER', name: 'score', label: 'Score', isNullable: true },
      { universalIdentifier: '7a1d2f51-9a0e-4b5e-9d1e-4f1c2b3a4d5e', type: 'SELECT', name: 'status', label: 'Status', isNullable: false, defaultValue: "'NEW'", options: [{ value: 'NEW', label: 'New', color: 'blue', position: 0 }, { value: 'QUALIFIED', label: 'Qualified', color: 'green', position: 1 }] },
      { universalIdentifier: '1b2c3d4e-5f60-4718-a9b0-c1d2e3f40516', type: 'RELATION', name: 'company', label: 'Company', relationTargetObjectMetadataUniversalIdentifier: '20202020-b374-4779-a561-80086cb2e17f', relationTargetFieldMetadataUniversalIdentifier: '2b3c4d5e-6f70-4819-b0c1-d2e3f4051627', universalSettings: { relationType: 'MANY_TO_ONE', onDelete: 'SET_NULL', joinColumnName: 'companyId' } },
    ],
  }],
  fields: [
    { universalIdentifier: '2b3c4d5e-6f70-4819-b0c1-d2e3f4051627', objectUniversalIdentifier: '20202020-b374-4779-a561-80086cb2e17f', type: 'RELATION', name: 'leads', label: 'Leads', relationTargetObjectMetadataUniversalIdentifier: 'cb0fd7ae-2647-459f-b21e-c2ebd628c147', relationTargetFieldMetadataUniversalIdentifier: '1b2c3d4e-5f60-4718-a9b0-c1d2e3f40516', universalSettings: { relationType: 'ONE_TO_MANY' } },
    { universalIdentifier: '3c4d5e6f-7081-492a-81d2-e3f405162738', objectUniversalIdentifier: '20202020-b374-4779-a561-80086cb2e17f', type: 'BOOLEAN', name: 'isPartner', label: 'Partner', defaultValue: false },
  ],
};

export const TEST_ACTOR: WriteActor = { source: 'APPLICATION', name: 'Lead Desk', workspaceMemberId: null };

export interface TempWorkspace { workspace: LocalWorkspace; dir: string; cleanup(): Promise<void> }

/**
 * A workspace in a temp folder, on PGlite; with TWENTY_STUDIO_TEST_STORAGE=postgres, on the Postgres
 * server of TWENTY_STUDIO_TEST_PG_URL instead (a schema of its own), so one suite proves both.
 */
export async function openTempWorkspace(manifest: AppManifestPart = LEAD_MANIFEST): Promise<TempWorkspace> {
  const dir = await mkdtemp(join(tmpdir(), 'studio-workspace-'));
  const url = process.env.TWENTY_STUDIO_TEST_STORAGE === 'postgres' ? process.env.TWENTY_STUDIO_TEST_PG_URL : undefined;
  if (process.env.TWENTY_STUDIO_TEST_STORAGE === 'postgres' && !url) throw new Error('TWENTY_STUDIO_TEST_STORAGE=postgres needs TWENTY_STUDIO_TEST_PG_URL');
  const schema = url ? `test_${Math.random().toString(36).slice(2, 10)}` : undefined;
  const workspace = await LocalWorkspace.open({ dir, databaseUrl: url, schema, command: 'vitest' }, manifest);
  return {
    workspace, dir,
    cleanup: async () => {
      if (url && schema) await workspace.db.exec(`drop schema if exists "${schema}" cascade`).catch(() => undefined);
      await workspace.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
