import { describe, expect, it } from 'vitest';
import { WorkspaceApiError } from '../workspace-error';
import { parseRestFilter, parseRestOrderBy } from './rest-filter-parser';

describe('REST filter parameter', () => {
  it.each([
    ['name[eq]:"Acme"', { and: [{ name: { eq: 'Acme' } }] }],
    ["name[eq]:'Acme'", { and: [{ name: { eq: 'Acme' } }] }],
    ['address.addressCity[ilike]:"%par%"', { and: [{ address: { addressCity: { ilike: '%par%' } } }] }],
    ['and(name[eq]:"A",employees[gte]:10)', { and: [{ name: { eq: 'A' } }, { employees: { gte: 10 } }] }],
    ['or(name[eq]:"A",name[eq]:"B")', { or: [{ name: { eq: 'A' } }, { name: { eq: 'B' } }] }],
    ['not(name[eq]:"A")', { not: { name: { eq: 'A' } } }],
    ['or(and(a[eq]:1,b[eq]:2),not(c[is]:NULL))', { or: [{ and: [{ a: { eq: 1 } }, { b: { eq: 2 } }] }, { not: { c: { is: 'NULL' } } }] }],
    ['id[in]:["a","b"]', { and: [{ id: { in: ['a', 'b'] } }] }],
    ['tags[containsAny]:[HOT,COLD]', { and: [{ tags: { containsAny: ['HOT', 'COLD'] } }] }],
    ['isPartner[eq]:true', { and: [{ isPartner: { eq: true } }] }],
    ['name[eq]:"007"', { and: [{ name: { eq: '007' } }] }],
    ['name[eq]:"a,b"', { and: [{ name: { eq: 'a,b' } }] }],
    ['deletedAt[is]:NOT_NULL', { and: [{ deletedAt: { is: 'NOT_NULL' } }] }],
  ])('%s', (text, expected) => {
    expect(parseRestFilter(text)).toEqual(expected);
  });

  const message = (text: string) => {
    try {
      parseRestFilter(text);
    } catch (error) {
      expect(error).toBeInstanceOf(WorkspaceApiError);
      return (error as Error).message;
    }
    throw new Error('expected an error');
  };

  it('answers the server errors', () => {
    expect(message('not(a[eq]:1,b[eq]:2)')).toBe("'filter' invalid. 'not' conjunction should contain only 1 condition. eg: not(field[eq]:1)");
    expect(message('id[in]:"a"')).toBe(`'filter' invalid for 'in' operator. Received '"a"' but array value expected eg: 'field[in]:[value_1,value_2]'`);
    expect(message('price>10')).toBe("'filter' invalid for 'price>10'. eg: price[gte]:10");
  });
});

describe('REST order_by parameter', () => {
  it('parses directions, nesting and the default', () => {
    expect(parseRestOrderBy('name[DescNullsLast],address.addressCity[AscNullsLast],createdAt')).toEqual([
      { name: 'DescNullsLast' }, { address: { addressCity: 'AscNullsLast' } }, { createdAt: 'AscNullsFirst' },
    ]);
  });

  it('refuses an unknown direction with the server message', () => {
    expect(() => parseRestOrderBy('name[Up]')).toThrow("'order_by' direction 'Up' invalid. Allowed values are 'AscNullsFirst', 'AscNullsLast', 'DescNullsFirst', 'DescNullsLast'. eg: ?order_by=field_1[AscNullsFirst],field_2[DescNullsLast],field_3");
  });
});
