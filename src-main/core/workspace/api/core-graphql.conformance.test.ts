import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppManifestPart, GraphqlResponse, LocalWorkspace } from '../local-workspace';
import { LEAD_MANIFEST, openTempWorkspace, TEST_ACTOR, type TempWorkspace } from '../test-support/temp-workspace';

/**
 * Conformance of the emulated Core GraphQL API with the facts of docs/twenty-api-facts.md: a suite of
 * queries and the responses the real server gives. One workspace for the file; data cleared per group.
 */

// The sample manifest plus a MULTI_SELECT on lead (no standard object of 2.43 but workflow has one).
const MANIFEST: AppManifestPart = {
  objects: [{
    ...(LEAD_MANIFEST.objects![0] as Record<string, unknown>),
    fields: [
      ...((LEAD_MANIFEST.objects![0] as { fields: unknown[] }).fields),
      { universalIdentifier: '5e6f7081-92a3-44b5-86c7-d8e9f0a1b2c3', type: 'MULTI_SELECT', name: 'tags', label: 'Tags', isNullable: true, options: [{ value: 'HOT', label: 'Hot', color: 'red', position: 0 }, { value: 'WARM', label: 'Warm', color: 'orange', position: 1 }, { value: 'COLD', label: 'Cold', color: 'blue', position: 2 }] },
    ],
  }],
  fields: LEAD_MANIFEST.fields,
};

let temp: TempWorkspace;
let workspace: LocalWorkspace;

beforeAll(async () => {
  temp = await openTempWorkspace(MANIFEST);
  workspace = temp.workspace;
});
afterAll(async () => {
  await temp?.cleanup();
});

const gql = (query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse> => workspace.executeGraphql({ query, variables }, TEST_ACTOR);

/** The data of a request that must succeed. */
async function ok(query: string, variables?: Record<string, unknown>): Promise<Record<string, any>> {
  const response = await gql(query, variables);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data as Record<string, any>;
}

/** The first error of a request that must fail. */
async function fails(query: string, variables?: Record<string, unknown>) {
  const response = await gql(query, variables);
  expect(response.errors?.length, `expected an error, got ${JSON.stringify(response.data)}`).toBeGreaterThan(0);
  return response.errors![0];
}

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const names = (data: { edges: { node: { name?: unknown } }[] }) => data.edges.map((edge) => edge.node.name);

const COMPANIES = [
  { id: id(1), name: 'Acme', domainName: { primaryLinkUrl: 'https://acme.com' }, annualRevenue: { amountMicros: 5_000_000_000, currencyCode: 'USD' }, address: { addressCity: 'Paris' }, isPartner: true },
  { id: id(2), name: 'Globex', domainName: { primaryLinkUrl: 'https://globex.com' }, annualRevenue: { amountMicros: 1_000_000_000, currencyCode: 'EUR' }, address: { addressCity: 'Berlin' } },
  { id: id(3), name: 'Initech' },
  { id: id(4), name: 'Acme Labs', domainName: { primaryLinkUrl: 'https://acmelabs.io' }, annualRevenue: { amountMicros: 2_000_000_000, currencyCode: 'USD' }, address: { addressCity: 'paris' } },
  { id: id(5), name: null, annualRevenue: { amountMicros: 3_000_000_000, currencyCode: 'USD' } },
];
const PEOPLE = [
  { id: id(11), name: { firstName: 'Ada', lastName: 'Lovelace' }, emails: { primaryEmail: 'ada@acme.com' }, companyId: id(1), jobTitle: 'CTO' },
  { id: id(12), name: { firstName: 'Grace', lastName: 'Hopper' }, emails: { primaryEmail: 'grace@globex.com' }, companyId: id(2), jobTitle: 'Engineer' },
  { id: id(13), name: { firstName: 'Alan', lastName: 'Turing' }, emails: { primaryEmail: 'ALAN@ACME.COM' }, companyId: id(1) },
  { id: id(14), name: { firstName: 'Linus', lastName: 'Torvalds' }, emails: { primaryEmail: 'linus@example.org' } },
];

async function seed() {
  await workspace.clear();
  await ok('mutation($data: [CompanyCreateInput!]!) { createCompanies(data: $data) { id } }', { data: COMPANIES });
  await ok('mutation($data: [PersonCreateInput!]!) { createPeople(data: $data) { id } }', { data: PEOPLE });
}

describe('plural query filters', () => {
  beforeAll(seed);
  const companies = async (filter: unknown, orderBy: unknown = [{ name: 'AscNullsLast' }]) =>
    names((await ok('query($filter: CompanyFilterInput, $orderBy: [CompanyOrderByInput]) { companies(filter: $filter, orderBy: $orderBy) { edges { node { id name } } totalCount } }', { filter, orderBy })).companies);

  it.each([
    ['eq', { name: { eq: 'Acme' } }, ['Acme']],
    ['eq is case-sensitive', { name: { eq: 'acme' } }, []],
    ['neq excludes NULL (SQL three-valued logic)', { name: { neq: 'Acme' } }, ['Globex', 'Initech', 'Acme Labs']],
    ['in', { name: { in: ['Acme', 'Initech', 'Nope'] } }, ['Acme', 'Initech']],
    ['like is verbatim (no % added)', { name: { like: 'Acme' } }, ['Acme']],
    ['like with %', { name: { like: '%cme%' } }, ['Acme', 'Acme Labs']],
    ['ilike', { name: { ilike: 'acme%' } }, ['Acme', 'Acme Labs']],
    ['startsWith', { name: { startsWith: 'Glo' } }, ['Globex']],
    ['startsWith treats % literally', { name: { startsWith: '%' } }, []],
    ['endsWith', { name: { endsWith: 'Labs' } }, ['Acme Labs']],
    ['endsWith is case-sensitive', { name: { endsWith: 'labs' } }, []],
    ['is NULL', { name: { is: 'NULL' } }, [null]],
    ['is NOT_NULL', { name: { is: 'NOT_NULL' } }, ['Acme', 'Globex', 'Initech', 'Acme Labs']],
    ['and', { and: [{ name: { ilike: '%acme%' } }, { isPartner: { eq: true } }] }, ['Acme']],
    ['or', { or: [{ name: { eq: 'Globex' } }, { name: { eq: 'Initech' } }] }, ['Globex', 'Initech']],
    ['not (NULL names stay out)', { not: { name: { eq: 'Acme' } } }, ['Globex', 'Initech', 'Acme Labs']],
    ['nested and/or/not', { or: [{ and: [{ name: { ilike: 'a%' } }, { not: { name: { eq: 'Acme' } } }] }, { name: { eq: 'Initech' } }] }, ['Initech', 'Acme Labs']],
    ['composite text subfield', { domainName: { primaryLinkUrl: { eq: 'https://globex.com' } } }, ['Globex']],
    ['address subfield ilike', { address: { addressCity: { ilike: 'paris' } } }, ['Acme', 'Acme Labs']],
    ['currency amountMicros gt', { annualRevenue: { amountMicros: { gt: 2_000_000_000 } } }, ['Acme', null]],
    ['currency amountMicros gte', { annualRevenue: { amountMicros: { gte: 2_000_000_000 } } }, ['Acme', 'Acme Labs', null]],
    ['currency amountMicros lt', { annualRevenue: { amountMicros: { lt: 2_000_000_000 } } }, ['Globex']],
    ['currency amountMicros lte', { annualRevenue: { amountMicros: { lte: 2_000_000_000 } } }, ['Globex', 'Acme Labs']],
    ['currency code eq', { annualRevenue: { currencyCode: { eq: 'EUR' } } }, ['Globex']],
    ['boolean eq false', { isPartner: { eq: false } }, ['Globex', 'Initech', 'Acme Labs', null]],
    ['id in', { id: { in: [id(2), id(3)] } }, ['Globex', 'Initech']],
    ['id neq', { id: { neq: id(1) } }, ['Globex', 'Initech', 'Acme Labs', null]],
    ['eq "" matches NULL and empty (null-equivalence)', { domainName: { primaryLinkUrl: { eq: '' } } }, ['Initech', null]],
    ['is NULL on a text subfield matches empty', { domainName: { primaryLinkUrl: { is: 'NULL' } } }, ['Initech', null]],
    ['neq "" is not null and not empty', { domainName: { primaryLinkUrl: { neq: '' } } }, ['Acme', 'Globex', 'Acme Labs']],
  ] as [string, unknown, (string | null)[]][])('%s', async (_label, filter, expected) => {
    // The helper orders by name AscNullsLast.
    const sorted = [...expected].sort((a, b) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0));
    expect(await companies(filter)).toEqual(sorted);
  });

  it('filters people on FULL_NAME and EMAILS subfields and the relation id', async () => {
    const people = async (filter: unknown) => (await ok('query($filter: PersonFilterInput) { people(filter: $filter) { edges { node { name { firstName lastName } } } } }', { filter })).people.edges.map((edge: any) => edge.node.name.firstName);
    expect(await people({ name: { firstName: { eq: 'Ada' } } })).toEqual(['Ada']);
    expect(await people({ name: { lastName: { startsWith: 'T' } } })).toEqual(['Alan', 'Linus']);
    expect(await people({ emails: { primaryEmail: { ilike: '%@acme.com' } } })).toEqual(['Ada', 'Alan']);
    expect(await people({ companyId: { eq: id(1) } })).toEqual(['Ada', 'Alan']);
    expect(await people({ companyId: { is: 'NULL' } })).toEqual(['Linus']);
    expect(await people({ companyId: { in: [id(1), id(2)] } })).toEqual(['Ada', 'Grace', 'Alan']);
  });

  it('totalCount counts the filter', async () => {
    const data = await ok('{ companies(filter: { name: { ilike: "%a%" } }) { totalCount } }');
    expect(data.companies.totalCount).toBe(2);
  });

  it('filters MULTI_SELECT with containsAny', async () => {
    await ok('mutation { createLeads(data: [{ name: "L1", tags: [HOT, WARM] }, { name: "L2", tags: [COLD] }, { name: "L3" }]) { id tags } }');
    const leads = async (filter: unknown) => (await ok('query($filter: LeadFilterInput) { leads(filter: $filter, orderBy: [{ name: AscNullsFirst }]) { edges { node { name tags } } } }', { filter })).leads.edges.map((edge: any) => edge.node.name);
    expect(await leads({ tags: { containsAny: ['HOT'] } })).toEqual(['L1']);
    expect(await leads({ tags: { containsAny: ['WARM', 'COLD'] } })).toEqual(['L1', 'L2']);
    expect(await leads({ tags: { is: 'NULL' } })).toEqual(['L3']);
  });
});

describe('ordering and pagination', () => {
  beforeAll(seed);
  const order = async (orderBy: unknown) => names((await ok('query($orderBy: [CompanyOrderByInput]) { companies(orderBy: $orderBy) { edges { node { name } } } }', { orderBy })).companies);

  it('orders by id ascending by default (not position)', async () => {
    const data = await ok('{ companies { edges { node { id } } } }');
    expect(data.companies.edges.map((edge: any) => edge.node.id)).toEqual([id(1), id(2), id(3), id(4), id(5)]);
  });

  it.each([
    ['AscNullsFirst', [null, 'Acme', 'Acme Labs', 'Globex', 'Initech']],
    ['AscNullsLast', ['Acme', 'Acme Labs', 'Globex', 'Initech', null]],
    ['DescNullsFirst', [null, 'Initech', 'Globex', 'Acme Labs', 'Acme']],
    ['DescNullsLast', ['Initech', 'Globex', 'Acme Labs', 'Acme', null]],
  ])('orders by name %s', async (direction, expected) => {
    expect(await order([{ name: direction }])).toEqual(expected);
  });

  it('orders by a composite subfield', async () => {
    expect(await order([{ annualRevenue: { amountMicros: 'DescNullsLast' } }])).toEqual(['Acme', null, 'Acme Labs', 'Globex', 'Initech']);
    const people = await ok('{ people(orderBy: [{ name: { lastName: AscNullsFirst } }]) { edges { node { name { lastName } } } } }');
    expect(people.people.edges.map((edge: any) => edge.node.name.lastName)).toEqual(['Hopper', 'Lovelace', 'Torvalds', 'Turing']);
  });

  const PAGE = `query($first: Int, $after: String, $last: Int, $before: String, $orderBy: [CompanyOrderByInput]) {
    companies(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
      edges { cursor node { id name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount
    }
  }`;

  it.each([
    ['default order', undefined],
    ['name AscNullsFirst', [{ name: 'AscNullsFirst' }]],
    ['name DescNullsLast', [{ name: 'DescNullsLast' }]],
    ['composite with nulls', [{ annualRevenue: { amountMicros: 'AscNullsLast' } }]],
    ['composite text with empty values', [{ domainName: { primaryLinkUrl: 'AscNullsFirst' } }]],
  ])('pages forward with first/after and back with last/before (%s)', async (_label, orderBy) => {
    const all = (await ok(PAGE, { orderBy })).companies.edges.map((edge: any) => edge.node.id);
    expect(all).toHaveLength(5);
    const forward: string[] = [];
    let after: string | undefined;
    const flags: [boolean, boolean][] = [];
    for (let guard = 0; guard < 10; guard += 1) {
      const page = (await ok(PAGE, { first: 2, after, orderBy })).companies;
      forward.push(...page.edges.map((edge: any) => edge.node.id));
      expect(page.totalCount).toBe(5);
      expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      flags.push([page.pageInfo.hasNextPage, page.pageInfo.hasPreviousPage]);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(forward).toEqual(all);
    expect(flags).toEqual([[true, false], [true, false], [false, false]]);

    const backward: string[] = [];
    let before: string | undefined;
    const backFlags: [boolean, boolean][] = [];
    for (let guard = 0; guard < 10; guard += 1) {
      const page = (await ok(PAGE, { last: 2, before, orderBy })).companies;
      backward.unshift(...page.edges.map((edge: any) => edge.node.id));
      backFlags.push([page.pageInfo.hasNextPage, page.pageInfo.hasPreviousPage]);
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(backward).toEqual(all);
    expect(backFlags).toEqual([[false, true], [false, true], [false, false]]);
  });

  it('encodes cursors as base64url JSON of the order values then id', async () => {
    const page = (await ok(PAGE, { first: 1, orderBy: [{ name: 'AscNullsLast' }] })).companies;
    expect(page.edges[0].cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(JSON.parse(Buffer.from(page.edges[0].cursor, 'base64').toString())).toEqual({ name: 'Acme', id: id(1) });
    const plain = (await ok(PAGE, { first: 1 })).companies;
    expect(JSON.parse(Buffer.from(plain.edges[0].cursor, 'base64').toString())).toEqual({ id: id(1) });
  });

  it('answers a bad cursor with Invalid cursor', async () => {
    const error = await fails('{ companies(after: "%%%") { edges { node { id } } } }');
    expect(error).toMatchObject({ message: 'Invalid cursor: %%%', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('takes first 0 and refuses first+last, before+after, negative first', async () => {
    expect((await ok('{ companies(first: 0) { edges { node { id } } pageInfo { hasNextPage } totalCount } }')).companies).toEqual({ edges: [], pageInfo: { hasNextPage: true }, totalCount: 5 });
    expect(await fails('{ companies(first: 1, last: 1) { totalCount } }')).toMatchObject({ message: 'Cannot provide both first and last', extensions: { code: 'BAD_USER_INPUT' } });
    expect(await fails('{ companies(after: "eyJpZCI6MX0", before: "eyJpZCI6MX0") { totalCount } }')).toMatchObject({ message: 'Cannot provide both before and after' });
    expect(await fails('{ companies(first: -1) { totalCount } }')).toMatchObject({ message: 'First argument must be non-negative' });
  });
});

describe('relation filters and orders (many-to-one)', () => {
  beforeAll(seed);
  const PEOPLE_PAGE = `query($filter: PersonFilterInput, $orderBy: [PersonOrderByInput], $first: Int, $after: String) {
    people(filter: $filter, orderBy: $orderBy, first: $first, after: $after) { edges { cursor node { name { firstName } } } pageInfo { hasNextPage endCursor } totalCount }
  }`;
  const firstNames = async (variables: Record<string, unknown>) => (await ok(PEOPLE_PAGE, { orderBy: [{ name: { firstName: 'AscNullsFirst' } }], ...variables })).people.edges.map((edge: any) => edge.node.name.firstName);

  it('filters on the join column with eq, in, neq and is', async () => {
    expect(await firstNames({ filter: { companyId: { eq: id(1) } } })).toEqual(['Ada', 'Alan']);
    expect(await firstNames({ filter: { companyId: { in: [id(2), id(4)] } } })).toEqual(['Grace']);
    expect(await firstNames({ filter: { companyId: { neq: id(1) } } })).toEqual(['Grace']);
    expect(await firstNames({ filter: { companyId: { is: 'NOT_NULL' } } })).toEqual(['Ada', 'Alan', 'Grace']);
    expect((await fails('{ people(filter: { companyId: { eq: "abc" } }) { totalCount } }')).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('filters on the related record\'s fields (scalars, composites, and/or/not), and counts them', async () => {
    expect(await firstNames({ filter: { company: { name: { eq: 'Acme' } } } })).toEqual(['Ada', 'Alan']);
    expect(await firstNames({ filter: { company: { address: { addressCity: { ilike: 'berlin' } } } } })).toEqual(['Grace']);
    expect(await firstNames({ filter: { company: { or: [{ name: { eq: 'Globex' } }, { isPartner: { eq: true } }] } } })).toEqual(['Ada', 'Alan', 'Grace']);
    // A person without a company is out of `not` too (NULL join, as the server's left join).
    expect(await firstNames({ filter: { not: { company: { name: { eq: 'Acme' } } } } })).toEqual(['Grace']);
    expect(await firstNames({ filter: { and: [{ company: { name: { ilike: 'acme%' } } }, { jobTitle: { eq: 'CTO' } }] } })).toEqual(['Ada']);
    expect((await ok(PEOPLE_PAGE, { filter: { company: { name: { eq: 'Acme' } } } })).people.totalCount).toBe(2);
  });

  it('leaves soft-deleted related records out unless the nested filter names deletedAt', async () => {
    await ok(`mutation { deleteCompany(id: "${id(2)}") { id } }`);
    try {
      expect(await firstNames({ filter: { company: { name: { eq: 'Globex' } } } })).toEqual([]);
      expect(await firstNames({ filter: { company: { name: { eq: 'Globex' } , deletedAt: { is: 'NOT_NULL' } } } })).toEqual(['Grace']);
    } finally {
      await ok(`mutation { restoreCompany(id: "${id(2)}") { id } }`);
    }
  });

  it('refuses a filter through a one-to-many relation, as the server\'s schema has none', async () => {
    const error = await fails('{ companies(filter: { people: { name: { firstName: { eq: "Ada" } } } }) { totalCount } }');
    expect(error.message).toBe('Field "people" is not defined by type "CompanyFilterInput".');
  });

  it('orders by the related record\'s field, with cursors carrying { company: { name } } and paging in that order', async () => {
    const orderBy = [{ company: { name: 'AscNullsLast' } }, { name: { firstName: 'AscNullsFirst' } }];
    expect(await firstNames({ orderBy })).toEqual(['Ada', 'Alan', 'Grace', 'Linus']);
    expect(await firstNames({ orderBy: [{ company: { name: 'DescNullsFirst' } }, { name: { firstName: 'AscNullsFirst' } }] })).toEqual(['Linus', 'Grace', 'Ada', 'Alan']);
    expect(await firstNames({ orderBy: [{ company: { annualRevenue: { amountMicros: 'DescNullsLast' } } }, { name: { firstName: 'AscNullsFirst' } }] })).toEqual(['Ada', 'Alan', 'Grace', 'Linus']);
    const first = (await ok(PEOPLE_PAGE, { orderBy, first: 1 })).people;
    expect(JSON.parse(Buffer.from(first.edges[0].cursor, 'base64').toString())).toEqual({ company: { name: 'Acme' }, name: { firstName: 'Ada' }, id: id(11) });
    const paged: string[] = [];
    let after: string | undefined;
    for (let guard = 0; guard < 10; guard += 1) {
      const page = (await ok(PEOPLE_PAGE, { orderBy, first: 1, after })).people;
      paged.push(...page.edges.map((edge: any) => edge.node.name.firstName));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(paged).toEqual(['Ada', 'Alan', 'Grace', 'Linus']);
  });

  it('refuses an order through a one-to-many relation', async () => {
    const error = await fails('{ companies(orderBy: [{ people: { jobTitle: AscNullsFirst } }]) { totalCount } }');
    expect(error.message).toBe('Field "people" is not defined by type "CompanyOrderByInput".');
  });
});

describe('duplicates (<singular>Duplicates)', () => {
  beforeAll(seed);

  it('finds the duplicates of existing records by id, on the duplicate criteria, itself excluded', async () => {
    await ok(`mutation { createCompanies(data: [{ id: "${id(6)}", name: "Acme" }, { id: "${id(7)}", name: "Other", domainName: { primaryLinkUrl: "https://globex.com/" } }]) { id } }`);
    const data = await ok(`{ companyDuplicates(ids: ["${id(1)}", "${id(2)}", "${id(3)}"]) { edges { node { id name } } totalCount pageInfo { hasNextPage } } }`);
    expect(data.companyDuplicates.map((page: any) => page.edges.map((edge: any) => edge.node.id))).toEqual([[id(6)], [], []]);
    expect(data.companyDuplicates[0]).toMatchObject({ totalCount: 1, pageInfo: { hasNextPage: false } });
  });

  it('finds duplicates of records not yet created (data), with composite criteria', async () => {
    const data = await ok('{ personDuplicates(data: [{ name: { firstName: "Ada", lastName: "Lovelace" } }, { emails: { primaryEmail: "grace@globex.com" } }, { name: { firstName: "Al" } }]) { edges { node { name { firstName } } } totalCount } }');
    expect(data.personDuplicates.map((page: any) => page.edges.map((edge: any) => edge.node.name.firstName))).toEqual([['Ada'], ['Grace'], []]);
  });

  it('answers the server\'s errors for missing, conflicting or empty arguments', async () => {
    expect((await fails('{ companyDuplicates { totalCount } }')).message).toBe('You have to provide either "data" or "ids" argument');
    expect((await fails(`{ companyDuplicates(ids: ["${id(1)}"], data: [{ name: "x" }]) { totalCount } }`)).message).toBe('You cannot provide both "data" and "ids" arguments');
    expect((await fails('{ companyDuplicates(data: []) { totalCount } }')).message).toBe('The "data" condition can not be empty when "ids" input not provided');
  });
});

describe('groupBy (<plural>GroupBy)', () => {
  beforeAll(seed);

  it('groups by a field with counts and dimension values, ordered by the aggregate, filtered', async () => {
    const data = await ok('{ peopleGroupBy(groupBy: [{ companyId: true }], orderBy: [{ aggregate: { totalCount: DescNullsLast } }]) { groupByDimensionValues totalCount } }');
    expect(data.peopleGroupBy).toEqual([
      { groupByDimensionValues: [id(1)], totalCount: 2 },
      expect.objectContaining({ totalCount: 1 }), expect.objectContaining({ totalCount: 1 }),
    ]);
    expect(data.peopleGroupBy.slice(1).map((group: any) => group.groupByDimensionValues[0]).sort()).toEqual([id(2), null].sort());
    const filtered = await ok('{ companiesGroupBy(groupBy: [{ annualRevenue: { currencyCode: true } }], filter: { annualRevenue: { amountMicros: { gte: 2000000000 } } }) { groupByDimensionValues totalCount } }');
    expect(filtered.companiesGroupBy).toEqual([{ groupByDimensionValues: ['USD'], totalCount: 3 }]);
  });

  it('groups by two dimensions and a date granularity, orders by a dimension, limits groups', async () => {
    const byCity = await ok('{ companiesGroupBy(groupBy: [{ address: { addressCity: true } }, { isPartner: true }], orderBy: [{ address: { addressCity: AscNullsFirst } }], limit: 2) { groupByDimensionValues totalCount } }');
    expect(byCity.companiesGroupBy).toEqual([{ groupByDimensionValues: [null, 'false'], totalCount: 2 }, { groupByDimensionValues: ['Berlin', 'false'], totalCount: 1 }]);
    const byYear = await ok('{ companiesGroupBy(groupBy: [{ createdAt: { granularity: YEAR } }]) { groupByDimensionValues totalCount } }');
    const year = new Date().getUTCFullYear();
    expect(byYear.companiesGroupBy).toEqual([{ groupByDimensionValues: [`${year}-01-01T00:00:00.000Z`], totalCount: 5 }]);
    const byMonthName = await ok('{ companiesGroupBy(groupBy: [{ createdAt: { granularity: MONTH_OF_THE_YEAR } }]) { groupByDimensionValues } }');
    expect(byMonthName.companiesGroupBy[0].groupByDimensionValues[0]).toBe(new Date().toLocaleString('en-US', { month: 'long', timeZone: 'UTC' }));
  });

  it('gives each group its records when edges are selected, in the orderByForRecords order', async () => {
    const data = await ok('{ peopleGroupBy(groupBy: [{ companyId: true }], filter: { companyId: { eq: "' + id(1) + '" } }, orderByForRecords: [{ name: { firstName: DescNullsLast } }]) { groupByDimensionValues totalCount edges { node { name { firstName } } } } }');
    expect(data.peopleGroupBy).toEqual([{ groupByDimensionValues: [id(1)], totalCount: 2, edges: [{ node: { name: { firstName: 'Alan' } } }, { node: { name: { firstName: 'Ada' } } }] }]);
  });

  it('refuses what it cannot group or order by', async () => {
    expect((await fails('{ companiesGroupBy(groupBy: []) { totalCount } }')).message).toBe('groupBy needs at least one field');
    expect((await fails('{ companiesGroupBy(groupBy: [{ name: true }], orderBy: [{ domainName: { primaryLinkUrl: AscNullsFirst } }]) { totalCount } }')).message).toBe('Cannot order groups by "domainName.primaryLinkUrl": it is not among the groupBy fields');
    expect((await fails('{ companiesGroupBy(groupBy: [{ people: true }]) { totalCount } }')).message).toBe('Field "people" is not defined by type "CompanyGroupByInput".');
  });
});

describe('singular query and nested relations', () => {
  beforeAll(seed);

  it('finds one record by filter, null when none', async () => {
    expect((await ok(`{ company(filter: { id: { eq: "${id(2)}" } }) { id name domainName { primaryLinkUrl primaryLinkLabel secondaryLinks } } }`)).company)
      .toEqual({ id: id(2), name: 'Globex', domainName: { primaryLinkUrl: 'https://globex.com', primaryLinkLabel: '', secondaryLinks: null } });
    expect((await ok(`{ company(filter: { name: { eq: "Nope" } }) { id } }`)).company).toBeNull();
  });

  it('selects a many-to-one relation', async () => {
    const data = await ok('{ people(orderBy: [{ name: { firstName: AscNullsFirst } }]) { edges { node { name { firstName } companyId company { name } } } } }');
    expect(data.people.edges.map((edge: any) => [edge.node.name.firstName, edge.node.companyId, edge.node.company?.name ?? null])).toEqual([
      ['Ada', id(1), 'Acme'], ['Alan', id(1), 'Acme'], ['Grace', id(2), 'Globex'], ['Linus', null, null],
    ]);
  });

  it('selects a one-to-many relation as a connection', async () => {
    const data = await ok(`{ company(filter: { id: { eq: "${id(1)}" } }) { name people(orderBy: [{ name: { firstName: DescNullsLast } }]) { totalCount edges { node { name { firstName } } } } } }`);
    expect(data.company).toEqual({ name: 'Acme', people: { totalCount: 2, edges: [{ node: { name: { firstName: 'Alan' } } }, { node: { name: { firstName: 'Ada' } } }] } });
    const filtered = await ok(`{ company(filter: { id: { eq: "${id(1)}" } }) { people(filter: { name: { firstName: { eq: "Ada" } } }) { totalCount edges { node { id } } } } }`);
    expect(filtered.company.people).toEqual({ totalCount: 1, edges: [{ node: { id: id(11) } }] });
  });
});

describe('create', () => {
  beforeEach(() => workspace.clear());

  it('creates a company with composite values and the server defaults', async () => {
    const data = await ok(`mutation { createCompany(data: {
      name: "Acme", domainName: { primaryLinkUrl: "https://acme.com", primaryLinkLabel: "Acme", secondaryLinks: [{ url: "https://acme.io", label: "io" }] },
      address: { addressStreet1: "1 Main St", addressCity: "Paris", addressPostcode: "75001", addressCountry: "France", addressLat: 48.85, addressLng: 2.35 },
      annualRevenue: { amountMicros: 1500000000, currencyCode: "EUR" }
    }) {
      id name domainName { primaryLinkUrl primaryLinkLabel secondaryLinks }
      address { addressStreet1 addressStreet2 addressCity addressPostcode addressState addressCountry addressLat addressLng }
      annualRevenue { amountMicros currencyCode } isPartner position deletedAt createdAt updatedAt
      createdBy { source workspaceMemberId name context } updatedBy { source name }
    } }`);
    const company = data.createCompany;
    expect(company.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(company).toMatchObject({
      name: 'Acme',
      domainName: { primaryLinkUrl: 'https://acme.com', primaryLinkLabel: 'Acme', secondaryLinks: [{ url: 'https://acme.io', label: 'io' }] },
      address: { addressStreet1: '1 Main St', addressStreet2: '', addressCity: 'Paris', addressPostcode: '75001', addressState: '', addressCountry: 'France', addressLat: 48.85, addressLng: 2.35 },
      annualRevenue: { amountMicros: 1500000000, currencyCode: 'EUR' },
      isPartner: false, position: 0, deletedAt: null,
      createdBy: { source: 'APPLICATION', workspaceMemberId: null, name: 'Lead Desk', context: {} },
      updatedBy: { source: 'APPLICATION', name: 'Lead Desk' },
    });
    expect(Date.parse(company.createdAt)).not.toBeNaN();
    expect(company.updatedAt).toBe(company.createdAt);
  });

  it('creates a person with FULL_NAME, EMAILS, PHONES, LINKS', async () => {
    const data = await ok(`mutation { createPerson(data: {
      name: { firstName: "Ada", lastName: "Lovelace" },
      emails: { primaryEmail: "ada@example.com", additionalEmails: ["ada@work.com"] },
      phones: { primaryPhoneNumber: "612345678", primaryPhoneCountryCode: "FR", primaryPhoneCallingCode: "+33", additionalPhones: [] },
      linkedinLink: { primaryLinkUrl: "https://linkedin.com/in/ada" }, jobTitle: "CTO"
    }) { name { firstName lastName } emails { primaryEmail additionalEmails } phones { primaryPhoneNumber primaryPhoneCountryCode primaryPhoneCallingCode additionalPhones } linkedinLink { primaryLinkUrl primaryLinkLabel } jobTitle companyId } }`);
    expect(data.createPerson).toEqual({
      name: { firstName: 'Ada', lastName: 'Lovelace' },
      emails: { primaryEmail: 'ada@example.com', additionalEmails: ['ada@work.com'] },
      phones: { primaryPhoneNumber: '612345678', primaryPhoneCountryCode: 'FR', primaryPhoneCallingCode: '+33', additionalPhones: [] },
      linkedinLink: { primaryLinkUrl: 'https://linkedin.com/in/ada', primaryLinkLabel: '' },
      jobTitle: 'CTO', companyId: null,
    });
  });

  it('creates a note with a RICH_TEXT body and a noteTarget to a company', async () => {
    const company = (await ok('mutation { createCompany(data: { name: "Acme" }) { id } }')).createCompany;
    const note = (await ok('mutation { createNote(data: { title: "Call", bodyV2: { markdown: "**hi**", blocknote: "[]" } }) { id title bodyV2 { markdown blocknote } } }')).createNote;
    expect(note).toMatchObject({ title: 'Call', bodyV2: { markdown: '**hi**', blocknote: '[]' } });
    const target = (await ok(`mutation { createNoteTarget(data: { noteId: "${note.id}", targetCompanyId: "${company.id}" }) { id noteId targetCompanyId note { title } targetCompany { name } } }`)).createNoteTarget;
    expect(target).toMatchObject({ noteId: note.id, targetCompanyId: company.id, note: { title: 'Call' }, targetCompany: { name: 'Acme' } });
    const nested = await ok(`{ company(filter: { id: { eq: "${company.id}" } }) { noteTargets { totalCount edges { node { note { title } } } } } }`);
    expect(nested.company.noteTargets).toEqual({ totalCount: 1, edges: [{ node: { note: { title: 'Call' } } }] });
  });

  it('sets a relation with connect and clears it with disconnect', async () => {
    const company = (await ok('mutation { createCompany(data: { name: "Acme" }) { id } }')).createCompany;
    const person = (await ok(`mutation { createPerson(data: { name: { firstName: "Ada" }, company: { connect: { where: { id: "${company.id}" } } } }) { id companyId } }`)).createPerson;
    expect(person.companyId).toBe(company.id);
    const cleared = (await ok(`mutation { updatePerson(id: "${person.id}", data: { company: { disconnect: true } }) { companyId } }`)).updatePerson;
    expect(cleared.companyId).toBeNull();
  });

  it('places new records first: 0, -1, -2 ... and keeps explicit positions', async () => {
    const first = (await ok('mutation { createCompanies(data: [{ name: "A" }, { name: "B" }]) { name position } }')).createCompanies;
    expect(first).toEqual([{ name: 'A', position: 0 }, { name: 'B', position: -1 }]);
    const next = (await ok('mutation { createCompany(data: { name: "C" }) { position } }')).createCompany;
    expect(next.position).toBe(-2);
    const explicit = (await ok('mutation { createCompany(data: { name: "D", position: 42.5 }) { position } }')).createCompany;
    expect(explicit.position).toBe(42.5);
    const last = (await ok('mutation { createCompany(data: { name: "E", position: "last" }) { position } }')).createCompany;
    expect(last.position).toBe(43.5);
    const top = (await ok('mutation { createCompany(data: { name: "F", position: "first" }) { position } }')).createCompany;
    expect(top.position).toBe(-3);
  });

  it('upserts by id, by unique domainName and by unique email; reviving a soft-deleted match', async () => {
    await ok(`mutation { createCompanies(data: [{ id: "${id(1)}", name: "Acme" }, { id: "${id(2)}", name: "Globex", domainName: { primaryLinkUrl: "https://globex.com" } }]) { id } }`);
    await ok(`mutation { deleteCompany(id: "${id(2)}") { id } }`);
    const upserted = (await ok(`mutation { createCompanies(upsert: true, data: [
      { name: "Globex Corp", domainName: { primaryLinkUrl: "https://globex.com" } },
      { id: "${id(1)}", name: "Acme Inc" },
      { name: "New Co" }
    ]) { id name deletedAt createdBy { name } } }`)).createCompanies;
    expect(upserted.map((company: any) => [company.id === id(2) ? 'id2' : company.id === id(1) ? 'id1' : 'new', company.name, company.deletedAt])).toEqual([
      ['id2', 'Globex Corp', null], ['id1', 'Acme Inc', null], ['new', 'New Co', null],
    ]);
    expect((await ok('{ companies { totalCount } }')).companies.totalCount).toBe(3);

    await ok('mutation { createPerson(data: { name: { firstName: "Ada" }, emails: { primaryEmail: "ada@acme.com" } }) { id } }');
    const person = (await ok('mutation { createPerson(upsert: true, data: { name: { firstName: "Ada", lastName: "L" }, emails: { primaryEmail: "ada@acme.com" } }) { name { firstName lastName } } }')).createPerson;
    expect(person.name).toEqual({ firstName: 'Ada', lastName: 'L' });
    expect((await ok('{ people { totalCount } }')).people.totalCount).toBe(1);
  });

  it('refuses an upsert whose row matches two different records', async () => {
    await ok(`mutation { createCompanies(data: [{ id: "${id(1)}", name: "A" }, { id: "${id(2)}", name: "B", domainName: { primaryLinkUrl: "https://b.com" } }]) { id } }`);
    const error = await fails(`mutation { createCompanies(upsert: true, data: [{ id: "${id(1)}", domainName: { primaryLinkUrl: "https://b.com" } }]) { id } }`);
    expect(error.message).toMatch(/^Multiple records found with the same unique field values for .+\. Cannot determine which record to update\.$/);
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers a duplicate unique value with the server message, and leaves nothing behind', async () => {
    await ok('mutation { createCompany(data: { name: "A", domainName: { primaryLinkUrl: "https://a.com" } }) { id } }');
    const error = await fails('mutation { createCompanies(data: [{ name: "B" }, { name: "C", domainName: { primaryLinkUrl: "https://a.com" } }]) { id } }');
    expect(error).toMatchObject({ message: 'A duplicate entry was detected', extensions: { code: 'BAD_USER_INPUT' } });
    expect(names((await ok('{ companies { edges { node { name } } } }')).companies)).toEqual(['A']);
  });

  it('rolls back a createMany whose second record fails', async () => {
    const error = await fails('mutation { createOpportunities(data: [{ name: "Deal 1" }, { name: "Deal 2", companyId: "00000000-0000-4000-8000-00000000dead" }]) { id } }');
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect((await ok('{ opportunities { totalCount } }')).opportunities.totalCount).toBe(0);
  });

  it('refuses a missing required field (messageParticipant without a message)', async () => {
    const error = await fails('mutation { createMessageParticipant(data: { handle: "a@b.c" }) { id } }');
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('messageId');
  });

  it('refuses an explicit null on a non-nullable field without default', async () => {
    const error = await fails('mutation { createMessageParticipant(data: { handle: "a@b.c", messageId: null }) { id } }');
    expect(error).toMatchObject({ message: 'Field messageId is not nullable and has no default value.', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('gives a SELECT its default and refuses a value outside its options', async () => {
    const opportunity = (await ok('mutation { createOpportunity(data: { name: "Deal" }) { stage amount { amountMicros currencyCode } } }')).createOpportunity;
    expect(opportunity.stage).toBe('NEW');
    const error = await fails('mutation { createOpportunity(data: { name: "Deal", stage: WON }) { id } }');
    expect(error.message).toContain('Value "WON" does not exist in "OpportunityStageEnum" enum');
    const variable = await fails('mutation($data: OpportunityCreateInput!) { createOpportunity(data: $data) { id } }', { data: { stage: 'WON' } });
    expect(variable.message).toContain('Value "WON" does not exist in "OpportunityStageEnum" enum');
    expect(variable.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('writes through the REST-style join column only to MANY_TO_ONE relations', async () => {
    const error = await fails('mutation { createCompany(data: { name: "A", people: [] }) { id } }');
    expect(error.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('update, delete, restore, destroy', () => {
  beforeEach(seed);

  it('updates one record and stamps updatedBy/updatedAt', async () => {
    const before = (await ok(`{ company(filter: { id: { eq: "${id(1)}" } }) { updatedAt } }`)).company;
    const other = { source: 'API' as const, name: 'Key', workspaceMemberId: null };
    const response = await workspace.executeGraphql({ query: `mutation { updateCompany(id: "${id(1)}", data: { name: "Acme 2", annualRevenue: { amountMicros: 7 } }) { name annualRevenue { amountMicros currencyCode } createdBy { source name } updatedBy { source name } updatedAt } }` }, other);
    expect(response.errors).toBeUndefined();
    const updated = (response.data as any).updateCompany;
    expect(updated).toMatchObject({ name: 'Acme 2', annualRevenue: { amountMicros: 7, currencyCode: 'USD' }, createdBy: { source: 'APPLICATION', name: 'Lead Desk' }, updatedBy: { source: 'API', name: 'Key' } });
    expect(Date.parse(updated.updatedAt)).toBeGreaterThanOrEqual(Date.parse(before.updatedAt));
  });

  it('updates many by filter and returns every updated record', async () => {
    const data = await ok('mutation { updateCompanies(filter: { annualRevenue: { currencyCode: { eq: "USD" } } }, data: { isPartner: true }) { name isPartner } }');
    expect(data.updateCompanies.map((company: any) => company.name).sort()).toEqual(['Acme', 'Acme Labs', null].sort());
    expect((await ok('{ companies(filter: { isPartner: { eq: true } }) { totalCount } }')).companies.totalCount).toBe(3);
  });

  it('answers Record not found and invalid UUIDs with the server errors', async () => {
    expect(await fails(`mutation { updateCompany(id: "${id(99)}", data: { name: "x" }) { id } }`)).toMatchObject({ message: 'Record not found', extensions: { code: 'NOT_FOUND' } });
    expect(await fails(`mutation { deleteCompany(id: "${id(99)}") { id } }`)).toMatchObject({ message: 'Record not found', extensions: { code: 'NOT_FOUND' } });
    expect(await fails(`mutation { destroyCompany(id: "${id(99)}") { id } }`)).toMatchObject({ message: 'Record not found', extensions: { code: 'NOT_FOUND' } });
    expect(await fails('mutation { updateCompany(id: "abc", data: { name: "x" }) { id } }')).toMatchObject({ message: 'Value "abc" is not a valid UUID', extensions: { code: 'BAD_USER_INPUT' } });
    expect(await fails('mutation { deleteCompany(id: "x") { id } }')).toMatchObject({ message: 'Value "x" is not a valid UUID', extensions: { code: 'BAD_USER_INPUT' } });
    expect((await fails('{ companies(filter: { id: { eq: "nope" } }) { totalCount } }')).extensions.code).toBe('BAD_USER_INPUT');
  });

  it('soft-deletes: hidden unless the filter mentions deletedAt; restore brings it back', async () => {
    const deleted = (await ok(`mutation { deleteCompany(id: "${id(1)}") { id deletedAt } }`)).deleteCompany;
    expect(Date.parse(deleted.deletedAt)).not.toBeNaN();
    expect((await ok('{ companies { totalCount } }')).companies.totalCount).toBe(4);
    expect((await ok(`{ company(filter: { id: { eq: "${id(1)}" } }) { id } }`)).company).toBeNull();
    expect(names((await ok('{ companies(filter: { deletedAt: { is: NOT_NULL } }) { edges { node { name } } totalCount } }')).companies)).toEqual(['Acme']);
    expect((await ok('{ companies(filter: { or: [{ deletedAt: { is: NULL } }, { deletedAt: { is: NOT_NULL } }] }) { totalCount } }')).companies.totalCount).toBe(5);
    expect((await ok('{ companies(filter: { and: [{ name: { eq: "Acme" } }, { not: { deletedAt: { is: NULL } } }] }) { totalCount } }')).companies.totalCount).toBe(1);
    // A soft-deleted company no longer shows in its people's relation.
    const person = (await ok(`{ person(filter: { id: { eq: "${id(11)}" } }) { companyId company { id } } }`)).person;
    expect(person).toEqual({ companyId: id(1), company: null });
    const restored = (await ok(`mutation { restoreCompany(id: "${id(1)}") { name deletedAt } }`)).restoreCompany;
    expect(restored).toEqual({ name: 'Acme', deletedAt: null });
    expect((await ok('{ companies { totalCount } }')).companies.totalCount).toBe(5);
  });

  it('deletes, restores and destroys many by filter', async () => {
    const deleted = (await ok('mutation { deleteCompanies(filter: { name: { ilike: "%acme%" } }) { name } }')).deleteCompanies;
    expect(deleted.map((company: any) => company.name).sort()).toEqual(['Acme', 'Acme Labs']);
    const restored = (await ok('mutation { restoreCompanies(filter: { name: { eq: "Acme" } }) { name } }')).restoreCompanies;
    expect(restored).toEqual([{ name: 'Acme' }]);
    const destroyed = (await ok('mutation { destroyCompanies(filter: { name: { ilike: "%acme%" } }) { name } }')).destroyCompanies;
    expect(destroyed.map((company: any) => company.name).sort()).toEqual(['Acme', 'Acme Labs']);
    expect((await ok('{ companies(filter: { or: [{ deletedAt: { is: NULL } }, { deletedAt: { is: NOT_NULL } }] }) { totalCount } }')).companies.totalCount).toBe(3);
  });

  it('destroys a company: its people keep living with companyId SET NULL', async () => {
    const destroyed = (await ok(`mutation { destroyCompany(id: "${id(1)}") { id name } }`)).destroyCompany;
    expect(destroyed).toEqual({ id: id(1), name: 'Acme' });
    const people = await ok(`{ people(filter: { id: { in: ["${id(11)}", "${id(13)}"] } }) { edges { node { companyId } } } }`);
    expect(people.people.edges).toEqual([{ node: { companyId: null } }, { node: { companyId: null } }]);
  });

  it('destroys a note: its noteTargets go too (CASCADE)', async () => {
    const note = (await ok('mutation { createNote(data: { title: "N" }) { id } }')).createNote;
    await ok(`mutation { createNoteTargets(data: [{ noteId: "${note.id}", targetCompanyId: "${id(1)}" }, { noteId: "${note.id}", targetPersonId: "${id(11)}" }]) { id } }`);
    expect((await ok('{ noteTargets { totalCount } }')).noteTargets.totalCount).toBe(2);
    await ok(`mutation { destroyNote(id: "${note.id}") { id } }`);
    expect((await ok('{ noteTargets { totalCount } }')).noteTargets.totalCount).toBe(0);
  });
});

describe('errors', () => {
  it('refuses an unknown selected field (GraphQL validation)', async () => {
    expect(await fails('{ companies { edges { node { foo } } } }')).toMatchObject({ message: 'Cannot query field "foo" on type "Company".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it('refuses an unknown filter field (literal and variable)', async () => {
    expect((await fails('{ companies(filter: { foo: { eq: 1 } }) { totalCount } }')).message).toMatch(/^Field "foo" is not defined by type "CompanyFilterInput"\./);
    const variable = await fails('query($filter: CompanyFilterInput) { companies(filter: $filter) { totalCount } }', { filter: { foo: { eq: 1 } } });
    expect(variable.message).toContain('Field "foo" is not defined by type "CompanyFilterInput".');
    expect(variable.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses in: [] with the server message', async () => {
    expect(await fails('{ companies(filter: { name: { in: [] } }) { totalCount } }')).toMatchObject({ message: 'Invalid filter value for field name. Expected non-empty array', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('gives resolver errors a userFriendlyMessage, duplicates the field label', async () => {
    await workspace.clear();
    await ok('mutation { createCompany(data: { domainName: { primaryLinkUrl: "https://dup.com" } }) { id } }');
    const error = await fails('mutation { createCompany(data: { domainName: { primaryLinkUrl: "https://dup.com" } }) { id } }');
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', userFriendlyMessage: expect.stringMatching(/^This .+ value is already in use\. Please check your data and try again\.$/) });
    const notFound = await fails(`mutation { updateCompany(id: "${id(77)}", data: { name: "x" }) { id } }`);
    expect(notFound.extensions.userFriendlyMessage).toBe('An error occurred.');
  });

  it('filters DATE_TIME eq on a 1 ms window', async () => {
    await workspace.clear();
    const created = (await ok('mutation { createTask(data: { title: "T", dueAt: "2030-01-02T03:04:05.678Z" }) { dueAt } }')).createTask;
    expect(created.dueAt).toBe('2030-01-02T03:04:05.678Z');
    const count = async (filter: unknown) => (await ok('query($filter: TaskFilterInput) { tasks(filter: $filter) { totalCount } }', { filter })).tasks.totalCount;
    expect(await count({ dueAt: { eq: '2030-01-02T03:04:05.678Z' } })).toBe(1);
    expect(await count({ dueAt: { gt: '2030-01-02T03:04:05.678Z' } })).toBe(0);
    expect(await count({ dueAt: { lte: '2030-01-02T03:04:05.678Z' } })).toBe(1);
    expect(await count({ dueAt: { gte: '2030-01-02T03:04:05.678Z' } })).toBe(1);
    expect(await count({ dueAt: { lt: '2030-01-02T03:04:05.678Z' } })).toBe(0);
  });

  it('answers a parse error', async () => {
    expect((await fails('{ companies { ')).extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('keeps the workspace usable after every failure', async () => {
    await workspace.clear();
    expect((await ok('{ companies { totalCount } }')).companies.totalCount).toBe(0);
  });
});
