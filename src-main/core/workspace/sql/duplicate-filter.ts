import type { WorkspaceObject } from '../../../../src-shared/twenty/workspace-model/model-types';
import { objectColumns } from './table-layout';

/** The server's minimum length of a value for a duplicate check (settings.minLengthOfStringForDuplicateCheck). */
export const MIN_DUPLICATE_VALUE_LENGTH = 3;

/**
 * The filter that finds the duplicates of one record, as the server builds it: one `or` branch per
 * duplicate criteria group (`[['nameFirstName','nameLastName'], ['emailsPrimaryEmail']]`) whose values
 * are all present with at least 3 characters, each an `eq` on its column, and `id: { neq }` of the
 * record itself. Null when no group applies (the answer is then an empty connection).
 */
export function duplicateFilter(object: WorkspaceObject, record: Record<string, unknown>, excludeId?: unknown): Record<string, unknown> | null {
  const columns = new Map(objectColumns(object).map((spec) => [spec.column, spec]));
  const valueOf = (column: string): unknown => {
    const spec = columns.get(column);
    if (!spec) return undefined;
    const value = record[spec.field.name];
    if (spec.subfield === undefined) return value;
    return value && typeof value === 'object' ? (value as Record<string, unknown>)[spec.subfield] : undefined;
  };
  const branches: Record<string, unknown>[] = [];
  for (const group of object.duplicateCriteria ?? []) {
    const values = group.map(valueOf);
    if (!values.every((value) => typeof value === 'string' && value.length >= MIN_DUPLICATE_VALUE_LENGTH)) continue;
    const branch: Record<string, unknown> = {};
    group.forEach((column, index) => {
      const spec = columns.get(column)!;
      if (spec.subfield === undefined) branch[spec.field.name] = { eq: values[index] };
      else branch[spec.field.name] = { ...(branch[spec.field.name] as Record<string, unknown> | undefined), [spec.subfield]: { eq: values[index] } };
    });
    branches.push(branch);
  }
  if (branches.length === 0) return null;
  return typeof excludeId === 'string' ? { or: branches, id: { neq: excludeId } } : { or: branches };
}
