import { describe, expect, it } from 'vitest';
import standard from '../../../src-shared/twenty/workspace-model/standard/2.43.json';
import { buildWorkspaceModel, findObject, normaliseDefault } from '../../../src-shared/twenty/workspace-model/build-model';
import type { StandardModelFile } from '../../../src-shared/twenty/workspace-model/model-types';
import { LEAD_MANIFEST } from './test-support/temp-workspace';

const STANDARD = standard as StandardModelFile;

describe('buildWorkspaceModel', () => {
  const { model, problems } = buildWorkspaceModel(STANDARD, LEAD_MANIFEST);

  it('adds the app object with system fields first and relations resolved both ways', () => {
    expect(problems).toEqual([]);
    const lead = findObject(model, 'leads')!;
    expect(lead).toMatchObject({ nameSingular: 'lead', namePlural: 'leads', source: 'app', labelIdentifierField: 'name' });
    expect(lead.fields.slice(0, 3).map((field) => field.name)).toEqual(['id', 'createdAt', 'updatedAt']);
    expect(lead.fields.find((field) => field.name === 'status')).toMatchObject({ type: 'SELECT', isNullable: false, defaultValue: 'NEW' });
    expect(lead.fields.find((field) => field.name === 'company')!.relation).toEqual({ type: 'MANY_TO_ONE', targetObject: 'company', inverseField: 'leads', joinColumn: 'companyId', onDelete: 'SET_NULL' });
    const company = findObject(model, 'company')!;
    expect(company.fields.find((field) => field.name === 'leads')!.relation).toEqual({ type: 'ONE_TO_MANY', targetObject: 'lead', inverseField: 'company' });
    expect(company.fields.find((field) => field.name === 'isPartner')).toMatchObject({ type: 'BOOLEAN', defaultValue: false });
  });

  it('gives each app object a timeline target on timelineActivity, named as the server names it', () => {
    const timeline = findObject(model, 'timelineActivity')!;
    const targetCompany = timeline.fields.find((field) => field.name === 'targetCompany')!;
    expect(timeline.fields.find((field) => field.name === 'targetLead')).toMatchObject({
      type: 'MORPH_RELATION',
      relation: { type: 'MANY_TO_ONE', targetObject: 'lead', inverseField: 'timelineActivities', joinColumn: 'targetLeadId', onDelete: 'CASCADE', morphId: targetCompany.relation!.morphId },
    });
    expect(findObject(model, 'lead')!.fields.find((field) => field.name === 'timelineActivities')!.relation).toEqual({ type: 'ONE_TO_MANY', targetObject: 'timelineActivity', inverseField: 'targetLead' });
    expect(timeline.fields.filter((field) => field.name === 'targetCompany')).toHaveLength(1);
  });

  it('keeps the standard objects of 2.43 with their relations', () => {
    expect(findObject(model, 'people')!.fields.find((field) => field.name === 'company')!.relation).toMatchObject({ joinColumn: 'companyId', onDelete: 'SET_NULL' });
    expect(findObject(model, 'noteTarget')!.fields.find((field) => field.name === 'note')!.relation).toMatchObject({ onDelete: 'CASCADE' });
    expect(findObject(model, 'company')!.fields.find((field) => field.name === 'domainName')).toMatchObject({ type: 'LINKS', isUnique: true });
  });

  it('reports problems without throwing', () => {
    const { model: built, problems: found } = buildWorkspaceModel(STANDARD, {
      objects: [{ nameSingular: 'company', namePlural: 'companies', fields: [] }],
      fields: [
        { objectUniversalIdentifier: 'nope', name: 'x', type: 'TEXT' },
        { objectUniversalIdentifier: '20202020-b374-4779-a561-80086cb2e17f', name: 'name', type: 'TEXT' },
        { objectUniversalIdentifier: '20202020-b374-4779-a561-80086cb2e17f', name: 'weird', type: 'NOPE' },
      ],
    });
    expect(found.map((problem) => problem.where)).toEqual(['company', 'x', 'company.name', 'company.weird']);
    expect(built.objects.filter((object) => object.nameSingular === 'company')).toHaveLength(1);
  });

  it('normalises quoted defaults', () => {
    expect(normaliseDefault("'NEW'")).toBe('NEW');
    expect(normaliseDefault({ currencyCode: "'USD'", amountMicros: null })).toEqual({ currencyCode: 'USD', amountMicros: null });
    expect(normaliseDefault(["'A'"])).toEqual(['A']);
  });
});
