import type { WorkspaceFieldInfo, WorkspaceObjectInfo } from '../../../src-shared/contract';

const field = (name: string, type: string, extra: Partial<WorkspaceFieldInfo> = {}): WorkspaceFieldInfo => ({
  name, type, label: name[0]!.toUpperCase() + name.slice(1), isNullable: true, isSystem: false, isReadOnly: false, ...extra,
});

const systemFields = [
  field('id', 'UUID', { isSystem: true, isReadOnly: true, isNullable: false }),
  field('createdAt', 'DATE_TIME', { isSystem: true, isReadOnly: true }),
  field('updatedAt', 'DATE_TIME', { isSystem: true, isReadOnly: true }),
  field('deletedAt', 'DATE_TIME', { isSystem: true, isReadOnly: true }),
  field('createdBy', 'ACTOR', { isReadOnly: true, subfields: ['source', 'workspaceMemberId', 'name', 'context'] }),
  field('searchVector', 'TS_VECTOR', { isSystem: true, isReadOnly: true }),
];

/** A company and a person as the Local workspace describes them (a subset of their fields). */
export const company: WorkspaceObjectInfo = {
  nameSingular: 'company', namePlural: 'companies', labelSingular: 'Company', labelPlural: 'Companies',
  source: 'standard', isSystem: false, labelIdentifierField: 'name', count: 0,
  fields: [
    ...systemFields,
    field('name', 'TEXT'),
    field('domainName', 'LINKS', { subfields: ['primaryLinkLabel', 'primaryLinkUrl', 'secondaryLinks'] }),
    field('employees', 'NUMBER'),
    field('idealCustomerProfile', 'BOOLEAN'),
    field('annualRecurringRevenue', 'CURRENCY', { subfields: ['amountMicros', 'currencyCode'] }),
    field('address', 'ADDRESS', { subfields: ['addressStreet1', 'addressCity', 'addressCountry', 'addressLat'] }),
    field('accountOwner', 'RELATION', { relation: { type: 'MANY_TO_ONE', targetObject: 'workspaceMember', joinColumn: 'accountOwnerId' } }),
    field('people', 'RELATION', { isReadOnly: true, relation: { type: 'ONE_TO_MANY', targetObject: 'person' } }),
  ],
};

export const person: WorkspaceObjectInfo = {
  nameSingular: 'person', namePlural: 'people', labelSingular: 'Person', labelPlural: 'People',
  source: 'standard', isSystem: false, labelIdentifierField: 'name', count: 0,
  fields: [
    ...systemFields,
    field('name', 'FULL_NAME', { subfields: ['firstName', 'lastName'] }),
    field('emails', 'EMAILS', { subfields: ['primaryEmail', 'additionalEmails'] }),
    field('city', 'TEXT'),
    field('company', 'RELATION', { relation: { type: 'MANY_TO_ONE', targetObject: 'company', joinColumn: 'companyId' } }),
  ],
};

export const dealReview: WorkspaceObjectInfo = {
  nameSingular: 'dealReview', namePlural: 'dealReviews', labelSingular: 'Deal review', labelPlural: 'Deal reviews',
  source: 'app', isSystem: false, labelIdentifierField: 'name', count: 0,
  fields: [...systemFields, field('name', 'TEXT'), field('score', 'NUMBER'), field('stage', 'SELECT', { options: [{ value: 'OPEN', label: 'Open' }, { value: 'WON', label: 'Won' }] })],
};

export const workspaceMember: WorkspaceObjectInfo = {
  nameSingular: 'workspaceMember', namePlural: 'workspaceMembers', labelSingular: 'Workspace member', labelPlural: 'Workspace members',
  source: 'standard', isSystem: true, labelIdentifierField: 'name', count: 0,
  fields: [...systemFields, field('name', 'FULL_NAME', { subfields: ['firstName', 'lastName'] })],
};
