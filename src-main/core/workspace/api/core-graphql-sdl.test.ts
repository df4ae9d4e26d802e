import { cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTempWorkspace, type TempWorkspace } from '../test-support/temp-workspace';

let temp: TempWorkspace;
let sdl: string;

beforeAll(async () => {
  temp = await openTempWorkspace();
  sdl = temp.workspace.sdl;
});
afterAll(async () => {
  await temp?.cleanup();
});

describe('Core SDL naming (Twenty parity)', () => {
  it.each([
    'type Company ', 'type CompanyConnection ', 'type CompanyEdge ', 'input CompanyFilterInput ', 'input CompanyOrderByInput ',
    'input CompanyCreateInput ', 'input CompanyUpdateInput ', 'type FullName ', 'type Links ', 'type Emails ', 'type Phones ',
    'type Address ', 'type Currency ', 'type Actor ', 'type RichText ', 'type PageInfo ', 'scalar UUID', 'scalar DateTime',
    'type Lead ', 'input LeadCreateInput ',
  ])('has %s', (declaration) => {
    expect(sdl).toContain(declaration);
  });

  it('has OrderByDirection with the four values', () => {
    const schema = buildSchema(sdl, { assumeValidSDL: true });
    const direction = schema.getType('OrderByDirection') as import('graphql').GraphQLEnumType;
    expect(direction.getValues().map((value) => value.name)).toEqual(['AscNullsFirst', 'AscNullsLast', 'DescNullsFirst', 'DescNullsLast']);
  });

  it('has the query and mutation fields of every object', () => {
    const schema = buildSchema(sdl, { assumeValidSDL: true });
    const query = Object.keys(schema.getQueryType()!.getFields());
    const mutation = Object.keys(schema.getMutationType()!.getFields());
    const objects: [string, string][] = [['company', 'companies'], ['person', 'people'], ['opportunity', 'opportunities'], ['note', 'notes'], ['noteTarget', 'noteTargets'], ['task', 'tasks'], ['lead', 'leads']];
    for (const [singular, plural] of objects) {
      const one = `${singular[0].toUpperCase()}${singular.slice(1)}`;
      const many = `${plural[0].toUpperCase()}${plural.slice(1)}`;
      expect(query).toEqual(expect.arrayContaining([plural, singular]));
      expect(mutation).toEqual(expect.arrayContaining([
        `create${one}`, `create${many}`, `update${one}`, `update${many}`, `delete${one}`, `delete${many}`,
        `destroy${one}`, `destroy${many}`, `restore${one}`, `restore${many}`,
      ]));
    }
  });

  it('has the server argument signatures', () => {
    const schema = buildSchema(sdl, { assumeValidSDL: true });
    const args = (root: 'query' | 'mutation', field: string) => {
      const type = root === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
      return Object.fromEntries(type.getFields()[field].args.map((arg) => [arg.name, String(arg.type)]));
    };
    expect(args('query', 'companies')).toEqual({ filter: 'CompanyFilterInput', orderBy: '[CompanyOrderByInput]', first: 'Int', last: 'Int', offset: 'Int', before: 'String', after: 'String' });
    expect(args('query', 'company')).toEqual({ filter: 'CompanyFilterInput!' });
    expect(args('mutation', 'createCompany')).toEqual({ data: 'CompanyCreateInput!', upsert: 'Boolean' });
    expect(args('mutation', 'createCompanies')).toEqual({ data: '[CompanyCreateInput!]!', upsert: 'Boolean' });
    expect(args('mutation', 'updateCompany')).toEqual({ id: 'UUID!', data: 'CompanyUpdateInput!' });
    expect(args('mutation', 'updateCompanies')).toEqual({ data: 'CompanyUpdateInput!', filter: 'CompanyFilterInput!' });
    expect(args('mutation', 'deleteCompany')).toEqual({ id: 'UUID!' });
    expect(args('mutation', 'destroyCompanies')).toEqual({ filter: 'CompanyFilterInput!' });
    expect(String(schema.getMutationType()!.getFields().createCompanies.type)).toBe('[Company]');
  });

  it('is accepted by twenty-client-sdk replaceCoreClient', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'studio-client-sdk-'));
    try {
      const packageRoot = join(dir, 'twenty-client-sdk');
      await cp(join(process.cwd(), 'node_modules', 'twenty-client-sdk'), packageRoot, { recursive: true });
      const { replaceCoreClient } = await import('twenty-client-sdk/generate');
      await replaceCoreClient({ packageRoot, schema: sdl });
      expect((await stat(join(packageRoot, 'dist', 'core.mjs'))).isFile()).toBe(true);
      expect((await stat(join(packageRoot, 'dist', 'core.cjs'))).isFile()).toBe(true);
      const schemaTs = await readFile(join(packageRoot, 'dist', 'core', 'generated', 'schema.ts'), 'utf8');
      expect(schemaTs).toContain('export interface Company');
      expect(schemaTs).toContain('createCompanies');
      expect(schemaTs).toContain('export interface Lead');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
