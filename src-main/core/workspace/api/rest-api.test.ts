import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LocalWorkspace } from '../local-workspace';
import type { RecordChange } from '../sql/record-repository';
import { openTempWorkspace, TEST_ACTOR, type TempWorkspace } from '../test-support/temp-workspace';
import { WorkspaceApiError } from '../workspace-error';
import { handleRest, restError, type RestResponse } from './rest-api';

let temp: TempWorkspace;
let workspace: LocalWorkspace;
const changes: RecordChange[] = [];

beforeAll(async () => {
  temp = await openTempWorkspace();
  workspace = temp.workspace;
});
afterAll(async () => {
  await temp?.cleanup();
});

/** A REST call as the server answers it: errors as the `{ statusCode, error, messages }` body. */
async function rest(method: string, pathAndQuery: string, body: unknown = null): Promise<RestResponse & { body: any }> {
  const url = new URL(pathAndQuery, 'http://127.0.0.1');
  try {
    return await handleRest({ method, path: url.pathname, query: url.searchParams, body }, {
      repository: workspace.repository, actor: TEST_ACTOR, onWrite: (result) => changes.push(...result.changes),
    });
  } catch (error) {
    if (error instanceof WorkspaceApiError) return restError(error);
    throw error;
  }
}

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

async function seed() {
  await workspace.clear();
  changes.length = 0;
  const created = await rest('POST', '/rest/batch/companies', [
    { id: id(1), name: 'Acme', domainName: { primaryLinkUrl: 'https://acme.com' }, address: { addressCity: 'Paris' }, annualRevenue: { amountMicros: 3, currencyCode: 'USD' } },
    { id: id(2), name: 'Globex', address: { addressCity: 'Berlin' }, annualRevenue: { amountMicros: 1, currencyCode: 'USD' } },
    { id: id(3), name: 'Initech', annualRevenue: { amountMicros: 2, currencyCode: 'USD' } },
  ]);
  expect(created.status).toBe(201);
  await rest('POST', '/rest/batch/people', [
    { id: id(11), name: { firstName: 'Ada', lastName: 'L' }, companyId: id(1) },
    { id: id(12), name: { firstName: 'Grace', lastName: 'H' } },
  ]);
}

describe('REST reads', () => {
  beforeAll(seed);

  it('lists with data, totalCount and pageInfo', async () => {
    const response = await rest('GET', '/rest/companies');
    expect(response.status).toBe(200);
    expect(Object.keys(response.body)).toEqual(['data', 'totalCount', 'pageInfo']);
    expect(response.body.data.companies.map((company: any) => company.name)).toEqual(['Acme', 'Globex', 'Initech']);
    expect(response.body.totalCount).toBe(3);
    expect(response.body.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });

  it('filters, orders and pages with starting_after / ending_before', async () => {
    const filtered = await rest('GET', `/rest/companies?filter=${encodeURIComponent('or(name[eq]:"Acme",address.addressCity[ilike]:"%ber%")')}&order_by=name[DescNullsLast]`);
    expect(filtered.body.data.companies.map((company: any) => company.name)).toEqual(['Globex', 'Acme']);
    expect(filtered.body.totalCount).toBe(2);

    const first = await rest('GET', '/rest/companies?order_by=annualRevenue.amountMicros[AscNullsFirst]&limit=2');
    expect(first.body.data.companies.map((company: any) => company.name)).toEqual(['Globex', 'Initech']);
    expect(first.body.pageInfo.hasNextPage).toBe(true);
    expect(first.body.totalCount).toBe(3);
    const second = await rest('GET', `/rest/companies?order_by=annualRevenue.amountMicros[AscNullsFirst]&limit=2&starting_after=${first.body.pageInfo.endCursor}`);
    expect(second.body.data.companies.map((company: any) => company.name)).toEqual(['Acme']);
    expect(second.body.pageInfo.hasNextPage).toBe(false);
    expect(second.body.totalCount).toBe(3);
    const back = await rest('GET', `/rest/companies?order_by=annualRevenue.amountMicros[AscNullsFirst]&limit=1&ending_before=${second.body.pageInfo.startCursor}`);
    expect(back.body.data.companies.map((company: any) => company.name)).toEqual(['Initech']);
    expect(back.body.pageInfo.hasPreviousPage).toBe(true);
  });

  it('gives relations as join columns at depth 0 and expanded at depth 1', async () => {
    const flat = await rest('GET', `/rest/people/${id(11)}`);
    expect(flat.body.data.person).toMatchObject({ id: id(11), companyId: id(1), name: { firstName: 'Ada', lastName: 'L' } });
    expect(flat.body.data.person.company).toBeUndefined();
    const deep = await rest('GET', `/rest/people/${id(11)}?depth=1`);
    expect(deep.body.data.person.company).toMatchObject({ id: id(1), name: 'Acme' });
    const company = await rest('GET', `/rest/companies?depth=1&filter=id[eq]:"${id(1)}"`);
    expect(company.body.data.companies[0].people.map((person: any) => person.id)).toEqual([id(11)]);
    expect(await rest('GET', '/rest/people?depth=2')).toEqual({ status: 400, body: { statusCode: 400, error: 'BadRequestException', messages: ["'depth=2' parameter invalid. Allowed values are 0, 1"] } });
  });

  it('answers errors with { statusCode, error, messages }', async () => {
    expect(await rest('GET', '/rest/foos')).toEqual({ status: 400, body: { statusCode: 400, error: 'BadRequestException', messages: ["object 'foos' not found. eg: companies"] } });
    expect((await rest('GET', '/rest/%E0%A4%A')).body).toEqual({ statusCode: 400, error: 'BadRequestException', messages: ["object '%E0%A4%A' not found. eg: companies"] });
    expect((await rest('GET', '/rest/company')).body.messages).toEqual(["object 'company' not found. Did you mean 'companies'?"]);
    expect(await rest('GET', `/rest/companies/${id(99)}`)).toEqual({ status: 400, body: { statusCode: 400, error: 'BadRequestException', messages: ['Record not found'] } });
    expect((await rest('GET', '/rest/companies?limit=-1')).body.messages).toEqual(["limit '-1' is invalid. Should be an integer"]);
    expect((await rest('GET', '/rest/companies?order_by=name[Up]')).status).toBe(400);
    expect((await rest('GET', '/rest/companies?filter=foo[eq]:1')).body.messages).toEqual(['Object company doesn\'t have any "foo" field.']);
    expect((await rest('GET', '/rest/companies?filter=name[in]:[]')).body.messages).toEqual(['Invalid filter value for field name. Expected non-empty array']);
  });
});

describe('REST writes', () => {
  beforeEach(seed);

  it('creates with 201 and { data: { createCompany } }', async () => {
    const response = await rest('POST', '/rest/companies', { name: 'New', domainName: { primaryLinkUrl: 'https://new.com' } });
    expect(response.status).toBe(201);
    expect(response.body.data.createCompany).toMatchObject({ name: 'New', domainName: { primaryLinkUrl: 'https://new.com' }, createdBy: { source: 'APPLICATION', name: 'Lead Desk' }, position: -3 });
    expect(changes.filter((change) => change.recordId === response.body.data.createCompany.id).map((change) => change.operation)).toEqual(['created', 'upserted']);
  });

  it('batch-creates with 201 and { data: { createCompanies } }, upsert through ?upsert=true', async () => {
    const response = await rest('POST', '/rest/batch/companies?upsert=true', [{ name: 'Acme 2', domainName: { primaryLinkUrl: 'https://acme.com' } }, { name: 'Fresh' }]);
    expect(response.status).toBe(201);
    expect(response.body.data.createCompanies.map((company: any) => [company.id === id(1), company.name])).toEqual([[true, 'Acme 2'], [false, 'Fresh']]);
    expect((await rest('POST', '/rest/batch/companies', {})).body.messages).toEqual(['Body must be an array']);
    expect((await rest('POST', '/rest/batch/companies', [])).body.messages).toEqual(['Input must not be empty']);
  });

  it('refuses unknown fields, duplicates and one-to-many writes with 400', async () => {
    expect(await rest('POST', '/rest/companies', { foo: 1 })).toEqual({ status: 400, body: { statusCode: 400, error: 'BadRequestException', messages: ['Object company doesn\'t have any "foo" field.'] } });
    expect((await rest('POST', '/rest/companies', { domainName: { primaryLinkUrl: 'https://acme.com' } })).body.messages).toEqual(['A duplicate entry was detected']);
    expect((await rest('POST', '/rest/companies', { people: [] })).body.messages).toEqual(['One-to-many relation people field does not support write operations.']);
    expect((await rest('POST', '/rest/people', { company: { id: id(1) } })).body.messages).toEqual(['Relation "company" requires connect or disconnect operation']);
  });

  it('patches with { data: { updateCompany } }', async () => {
    const response = await rest('PATCH', `/rest/companies/${id(2)}`, { name: 'Globex 2', address: { addressCity: 'Bonn' } });
    expect(response.status).toBe(200);
    expect(response.body.data.updateCompany).toMatchObject({ id: id(2), name: 'Globex 2', address: { addressCity: 'Bonn' } });
    expect((await rest('PATCH', `/rest/companies/${id(99)}`, { name: 'x' })).body.messages).toEqual(['Record not found']);
    expect((await rest('PATCH', '/rest/companies/abc', { name: 'x' })).body.messages).toEqual(['Value "abc" is not a valid UUID']);
  });

  it('deletes hard by default and soft with ?soft_delete=true', async () => {
    const hard = await rest('DELETE', `/rest/companies/${id(2)}`);
    expect(hard.status).toBe(200);
    expect(hard.body.data.deleteCompany).toMatchObject({ id: id(2) });
    const soft = await rest('DELETE', `/rest/companies/${id(1)}?soft_delete=true`);
    expect(soft.body.data.deleteCompany.deletedAt).toEqual(expect.any(String));
    const everything = await rest('GET', '/rest/companies?filter=or(deletedAt[is]:NULL,deletedAt[is]:NOT_NULL)');
    expect(everything.body.data.companies.map((company: any) => company.name)).toEqual(['Acme', 'Initech']);
    // The person of the soft-deleted company keeps its companyId.
    expect((await rest('GET', `/rest/people/${id(11)}`)).body.data.person.companyId).toBe(id(1));
    expect(changes.filter((change) => change.operation === 'destroyed' || change.operation === 'deleted').map((change) => change.operation)).toEqual(['destroyed', 'deleted']);
  });

  it('restores with PATCH /restore', async () => {
    await rest('DELETE', `/rest/companies/${id(3)}?soft_delete=true`);
    const restored = await rest('PATCH', `/rest/companies/${id(3)}/restore`);
    expect(restored).toMatchObject({ status: 200, body: { data: { restoreCompany: { id: id(3), deletedAt: null } } } });
  });
});
