import type { WorkspaceField } from './model-types';

/** The fields every workspace object has (Twenty's system fields, §1.1 of the 2.43 model notes). */
export const SYSTEM_FIELDS: WorkspaceField[] = [
  { name: 'id', type: 'UUID', label: 'Id', isNullable: false, defaultValue: 'uuid', isSystem: true },
  { name: 'createdAt', type: 'DATE_TIME', label: 'Creation date', isNullable: false, defaultValue: 'now', isSystem: true },
  { name: 'updatedAt', type: 'DATE_TIME', label: 'Last update', isNullable: false, defaultValue: 'now', isSystem: true },
  { name: 'deletedAt', type: 'DATE_TIME', label: 'Deleted at', isNullable: true, isSystem: true },
  { name: 'createdBy', type: 'ACTOR', label: 'Created by', isNullable: false, defaultValue: { source: 'MANUAL', name: 'System', workspaceMemberId: null, context: {} }, isSystem: true },
  { name: 'updatedBy', type: 'ACTOR', label: 'Updated by', isNullable: false, defaultValue: { source: 'MANUAL', name: 'System', workspaceMemberId: null, context: {} }, isSystem: true },
  { name: 'position', type: 'POSITION', label: 'Position', isNullable: false, defaultValue: 0, isSystem: true },
  { name: 'searchVector', type: 'TS_VECTOR', label: 'Search vector', isNullable: true, isSystem: true },
];

export const SYSTEM_FIELD_NAMES = new Set(SYSTEM_FIELDS.map((field) => field.name));
/** The fields an API client may not write. */
export const READ_ONLY_FIELD_NAMES = new Set(['createdAt', 'updatedAt', 'deletedAt', 'createdBy', 'updatedBy', 'searchVector']);
