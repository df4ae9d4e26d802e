import type { WorkspaceField, WorkspaceFieldType } from './model-types';

/** How a subfield is stored and typed in GraphQL. */
export type SubfieldKind = 'TEXT' | 'NUMERIC' | 'RAW_JSON' | 'UUID' | 'ACTOR_SOURCE';

export interface CompositeSubfield {
  name: string;
  kind: SubfieldKind;
  /** Not accepted in create/update inputs (ACTOR's workspaceMemberId and name are set by the server). */
  readOnly?: boolean;
}

export interface CompositeType {
  /** The GraphQL object type (`FullName`, `Links`, ...). */
  graphqlName: string;
  subfields: CompositeSubfield[];
}

/** Twenty's composite field types (twenty-shared composite-field-metadata types, GraphQL names of 2.43). */
export const COMPOSITE_TYPES: Partial<Record<WorkspaceFieldType, CompositeType>> = {
  FULL_NAME: { graphqlName: 'FullName', subfields: [{ name: 'firstName', kind: 'TEXT' }, { name: 'lastName', kind: 'TEXT' }] },
  LINKS: {
    graphqlName: 'Links',
    subfields: [{ name: 'primaryLinkLabel', kind: 'TEXT' }, { name: 'primaryLinkUrl', kind: 'TEXT' }, { name: 'secondaryLinks', kind: 'RAW_JSON' }],
  },
  EMAILS: { graphqlName: 'Emails', subfields: [{ name: 'primaryEmail', kind: 'TEXT' }, { name: 'additionalEmails', kind: 'RAW_JSON' }] },
  PHONES: {
    graphqlName: 'Phones',
    subfields: [
      { name: 'primaryPhoneNumber', kind: 'TEXT' }, { name: 'primaryPhoneCountryCode', kind: 'TEXT' },
      { name: 'primaryPhoneCallingCode', kind: 'TEXT' }, { name: 'additionalPhones', kind: 'RAW_JSON' },
    ],
  },
  ADDRESS: {
    graphqlName: 'Address',
    subfields: [
      { name: 'addressStreet1', kind: 'TEXT' }, { name: 'addressStreet2', kind: 'TEXT' }, { name: 'addressCity', kind: 'TEXT' },
      { name: 'addressPostcode', kind: 'TEXT' }, { name: 'addressState', kind: 'TEXT' }, { name: 'addressCountry', kind: 'TEXT' },
      { name: 'addressLat', kind: 'NUMERIC' }, { name: 'addressLng', kind: 'NUMERIC' },
    ],
  },
  CURRENCY: { graphqlName: 'Currency', subfields: [{ name: 'amountMicros', kind: 'NUMERIC' }, { name: 'currencyCode', kind: 'TEXT' }] },
  ACTOR: {
    graphqlName: 'Actor',
    subfields: [
      { name: 'source', kind: 'ACTOR_SOURCE' }, { name: 'workspaceMemberId', kind: 'UUID', readOnly: true },
      { name: 'name', kind: 'TEXT', readOnly: true }, { name: 'context', kind: 'RAW_JSON' },
    ],
  },
  RICH_TEXT: { graphqlName: 'RichText', subfields: [{ name: 'blocknote', kind: 'TEXT' }, { name: 'markdown', kind: 'TEXT' }] },
};

export const ACTOR_SOURCES = ['EMAIL', 'CALENDAR', 'WORKFLOW', 'AGENT', 'API', 'IMPORT', 'MANUAL', 'SYSTEM', 'WEBHOOK', 'APPLICATION'] as const;

export const isComposite = (type: WorkspaceFieldType): boolean => COMPOSITE_TYPES[type] !== undefined;

/** The column of a composite subfield: `<field><Subfield>` (`nameFirstName`, `emailsPrimaryEmail`). */
export const subfieldColumn = (field: string, subfield: string): string => `${field}${subfield[0].toUpperCase()}${subfield.slice(1)}`;

/** Whether a field is stored in columns of its own row (a ONE_TO_MANY relation is not). */
export const isStoredField = (field: WorkspaceField): boolean =>
  !((field.type === 'RELATION' || field.type === 'MORPH_RELATION') && field.relation?.type === 'ONE_TO_MANY');

export const isRelationField = (field: WorkspaceField): boolean => field.type === 'RELATION' || field.type === 'MORPH_RELATION';
