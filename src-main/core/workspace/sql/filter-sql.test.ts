import { describe, expect, it } from 'vitest';
import standard from '../../../../src-shared/twenty/workspace-model/standard/2.43.json';
import { buildWorkspaceModel, findObject } from '../../../../src-shared/twenty/workspace-model/build-model';
import type { StandardModelFile } from '../../../../src-shared/twenty/workspace-model/model-types';
import { filterMentionsDeletedAt, filterToSql, SqlParams } from './filter-sql';

const { model } = buildWorkspaceModel(standard as StandardModelFile, {});
const company = findObject(model, 'company')!;
const person = findObject(model, 'person')!;
const sql = (object = company, filter: unknown) => {
  const params = new SqlParams();
  return { sql: filterToSql(object, filter, params), params: params.values };
};

describe('filterToSql', () => {
  it('compiles the server semantics', () => {
    expect(sql(company, { name: { neq: 'A' } })).toEqual({ sql: '("name" <> $1::text)', params: ['A'] });
    expect(sql(company, { not: { name: { eq: 'A' } } })).toEqual({ sql: '(not (("name" = $1::text)))', params: ['A'] });
    expect(sql(company, { name: { eq: '' } }).sql).toBe(`(("name" = '' or "name" is null))`);
    expect(sql(company, { name: { is: 'NULL' } }).sql).toBe(`(("name" is null or "name" = ''))`);
    expect(sql(company, { name: { like: '' } }).sql).toBe(`(("name"::text like $1 or "name" is null))`);
    expect(sql(company, { annualRevenue: { amountMicros: { gt: 5 } } })).toEqual({ sql: '("annualRevenueAmountMicros" > $1::numeric)', params: [5] });
    expect(sql(company, { createdAt: { eq: '2030-01-01T00:00:00.000Z' } }).sql).toBe(`(("createdAt" >= $1::timestamptz and "createdAt" < ($2::timestamptz + interval '1 millisecond')))`);
    expect(sql(person, { companyId: { eq: '00000000-0000-4000-8000-000000000001' } }).sql).toBe('("companyId" = $1::uuid)');
    expect(sql(person, { emails: { additionalEmails: { is: 'NULL' } } }).sql).toBe(`(("emailsAdditionalEmails" is null or "emailsAdditionalEmails" = '[]'::jsonb))`);
  });

  it('throws the server errors', () => {
    expect(() => sql(company, { name: { in: [] } })).toThrow('Invalid filter value for field name. Expected non-empty array');
    expect(() => sql(company, { name: { nope: 1 } })).toThrow('Operator "nope" is not supported');
    expect(() => sql(company, { foo: { eq: 1 } })).toThrow('Object company doesn\'t have any "foo" field.');
    expect(() => sql(person, { companyId: { eq: 'x' } })).toThrow(/Invalid UUID/);
  });

  it('finds deletedAt anywhere in the tree', () => {
    expect(filterMentionsDeletedAt({ name: { eq: 'a' } })).toBe(false);
    expect(filterMentionsDeletedAt({ and: [{ or: [{ not: { deletedAt: { is: 'NULL' } } }] }] })).toBe(true);
  });
});
