import { describe, expect, it } from 'vitest';
import { isGraphqlMutation, recordsRead } from './records-read';

describe('recordsRead', () => {
  it('lists the ids of a GraphQL connection, a single record and a REST list, per field', () => {
    expect(recordsRead({ data: { companies: { edges: [{ node: { id: 'a' } }, { node: { id: 'b' } }], pageInfo: {} }, person: { id: 'p', name: {} }, companiesCount: 3 } })).toEqual([
      { field: 'companies', ids: ['a', 'b'], count: 2 },
      { field: 'person', ids: ['p'], count: 1 },
    ]);
    expect(recordsRead({ data: { people: [{ id: 'x' }, { id: 'y' }] }, totalCount: 2 })).toEqual([{ field: 'people', ids: ['x', 'y'], count: 2 }]);
  });

  it('keeps at most 20 ids but the full count, and ignores errors and non-record fields', () => {
    const edges = Array.from({ length: 25 }, (_, index) => ({ node: { id: `id-${index}` } }));
    const [read] = recordsRead({ data: { notes: { edges } } });
    expect(read).toMatchObject({ field: 'notes', count: 25 });
    expect(read!.ids).toHaveLength(20);
    expect(recordsRead({ errors: [{ message: 'x' }] })).toEqual([]);
    expect(recordsRead({ data: { applicationCoreGraphqlSchema: 'type Query {}' } })).toEqual([]);
  });

  it('tells mutations from queries, comments and whitespace first', () => {
    expect(isGraphqlMutation('mutation CreateCompany { createCompany(data: {}) { id } }')).toBe(true);
    expect(isGraphqlMutation('# create one\n  mutation { deleteCompany(id: "x") { id } }')).toBe(true);
    expect(isGraphqlMutation('query { companies { edges { node { id } } } }')).toBe(false);
    expect(isGraphqlMutation('{ companies { edges { node { id } } } }')).toBe(false);
  });
});
