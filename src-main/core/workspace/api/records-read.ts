/**
 * What a read answered with: per top-level field, the ids of the records returned, so that the
 * run pane can list the records a run read. Works on the Core GraphQL shape (connections with
 * `edges[].node`, single records) and the REST shape (`data.<plural>[]`, `data.<singular>`).
 */
export interface RecordsRead {
  /** The top-level field (`companies`, `person`): the object by its API name. */
  field: string;
  /** Up to MAX_IDS ids, in the order returned. */
  ids: string[];
  /** How many records the answer held (edges or array length). */
  count: number;
}

const MAX_IDS = 20;

const idOf = (value: unknown): string | null =>
  value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string' ? (value as { id: string }).id : null;

/** Mutations are writes (their records are in the database events); everything else reads. */
export const isGraphqlMutation = (query: string): boolean => /^\s*mutation\b/.test(query.replace(/^\s*(#[^\n]*\n\s*)*/, ''));

export function recordsRead(body: unknown): RecordsRead[] {
  const data = body && typeof body === 'object' ? (body as { data?: unknown }).data : null;
  if (!data || typeof data !== 'object') return [];
  const reads: RecordsRead[] = [];
  for (const [field, value] of Object.entries(data as Record<string, unknown>)) {
    let records: unknown[] | null = null;
    if (Array.isArray(value)) records = value;
    else if (value && typeof value === 'object' && Array.isArray((value as { edges?: unknown }).edges)) records = ((value as { edges: unknown[] }).edges).map((edge) => (edge && typeof edge === 'object' ? (edge as { node?: unknown }).node : null));
    else if (idOf(value)) records = [value];
    if (!records) continue;
    const ids = records.map(idOf).filter((id): id is string => id !== null);
    reads.push({ field, ids: ids.slice(0, MAX_IDS), count: records.length });
  }
  return reads;
}
