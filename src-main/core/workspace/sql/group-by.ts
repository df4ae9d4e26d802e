import { COMPOSITE_TYPES, isRelationField, subfieldColumn } from '../../../../src-shared/twenty/workspace-model/composite-types';
import type { WorkspaceObject } from '../../../../src-shared/twenty/workspace-model/model-types';
import { badInput } from '../workspace-error';
import { quoteIdent } from './sql-database';
import { fieldColumns } from './table-layout';

/** Twenty's ObjectRecordGroupByDateGranularity. */
export const DATE_GRANULARITIES = ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR', 'DAY_OF_THE_WEEK', 'MONTH_OF_THE_YEAR', 'QUARTER_OF_THE_YEAR', 'NONE'] as const;
export type DateGranularity = (typeof DATE_GRANULARITIES)[number];

/** One dimension of a groupBy: the SQL expression of its value, and where it sits in the input. */
export interface GroupDimension {
  sql: string;
  /** `name`, `address.addressCity`, `createdAt` ... for messages and ordering. */
  path: string[];
  granularity?: DateGranularity;
}

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function dateExpression(column: string, granularity: DateGranularity): string {
  const col = quoteIdent(column);
  // Dates are bucketed in UTC (the server takes the user's time zone; the local workspace has UTC).
  const utc = `(${col} at time zone 'UTC')`;
  switch (granularity) {
    case 'NONE': return col;
    case 'DAY': case 'WEEK': case 'MONTH': case 'QUARTER': case 'YEAR': return `(date_trunc('${granularity.toLowerCase()}', ${utc}) at time zone 'UTC')`;
    case 'DAY_OF_THE_WEEK': return `extract(isodow from ${utc})::int`;
    case 'MONTH_OF_THE_YEAR': return `extract(month from ${utc})::int`;
    case 'QUARTER_OF_THE_YEAR': return `extract(quarter from ${utc})::int`;
  }
}

/**
 * The dimensions of a `groupBy` argument (`[{ stage: true }, { createdAt: { granularity: MONTH } },
 * { address: { addressCity: true } }, { companyId: true }]`), in order: every key whose value is true
 * (or a granularity, for a date) is one dimension.
 */
export function parseGroupBy(object: WorkspaceObject, groupBy: unknown): GroupDimension[] {
  const items = Array.isArray(groupBy) ? groupBy : groupBy && typeof groupBy === 'object' ? [groupBy] : [];
  const dimensions: GroupDimension[] = [];
  for (const item of items) {
    if (!item || typeof item !== 'object') throw badInput('Invalid groupBy: expected objects of fields');
    for (const [key, value] of Object.entries(item as Record<string, unknown>)) {
      if (value === undefined || value === null || value === false) continue;
      const field = object.fields.find((candidate) => candidate.name === key)
        ?? object.fields.find((candidate) => candidate.relation?.type === 'MANY_TO_ONE' && (candidate.relation.joinColumn ?? `${candidate.name}Id`) === key);
      if (!field) throw badInput(`Object ${object.nameSingular} doesn't have any "${key}" field.`);
      if (isRelationField(field)) {
        if (field.relation?.type !== 'MANY_TO_ONE' || key === field.name) throw badInput(`Cannot group ${object.nameSingular} by the relation "${key}": group by its join column`);
        dimensions.push({ sql: quoteIdent(field.relation.joinColumn ?? `${field.name}Id`), path: [key] });
        continue;
      }
      if (COMPOSITE_TYPES[field.type]) {
        if (typeof value !== 'object') throw badInput(`Group by "${key}" needs its subfields: { ${key}: { <subfield>: true } }`);
        for (const [sub, on] of Object.entries(value as Record<string, unknown>)) {
          if (!on) continue;
          if (!fieldColumns(field).some((spec) => spec.subfield === sub)) throw badInput(`Field "${key}" has no subfield "${sub}"`);
          dimensions.push({ sql: quoteIdent(subfieldColumn(field.name, sub)), path: [key, sub] });
        }
        continue;
      }
      if (field.type === 'DATE' || field.type === 'DATE_TIME') {
        const granularity = (value && typeof value === 'object' ? (value as { granularity?: unknown }).granularity : undefined) ?? 'NONE';
        if (!(DATE_GRANULARITIES as readonly unknown[]).includes(granularity)) throw badInput(`Invalid date granularity "${String(granularity)}" for ${key}`);
        dimensions.push({ sql: dateExpression(field.name, granularity as DateGranularity), path: [key], granularity: granularity as DateGranularity });
        continue;
      }
      if (field.type === 'TS_VECTOR') throw badInput(`Cannot group ${object.nameSingular} by "${key}"`);
      dimensions.push({ sql: quoteIdent(fieldColumns(field)[0].column), path: [key] });
    }
  }
  if (dimensions.length === 0) throw badInput('groupBy needs at least one field');
  return dimensions;
}

/** A dimension value as the server answers it: a string; weekday and month names for the "of the" granularities. */
export function dimensionValue(raw: unknown, granularity?: DateGranularity): string | null {
  if (raw === null || raw === undefined) return null;
  if (granularity === 'DAY_OF_THE_WEEK') return DAY_NAMES[Number(raw) - 1] ?? String(raw);
  if (granularity === 'MONTH_OF_THE_YEAR') return MONTH_NAMES[Number(raw) - 1] ?? String(raw);
  if (granularity === 'QUARTER_OF_THE_YEAR') return `Q${Number(raw)}`;
  if (raw instanceof Date) return raw.toISOString();
  if (Array.isArray(raw)) return JSON.stringify(raw);
  if (typeof raw === 'object') return JSON.stringify(raw);
  return String(raw);
}
