import { describe, it, expect } from 'vitest';
import { STANDARD_OBJECT } from 'twenty-sdk/define';
import model from './2.43.json';
import {
  WORKSPACE_FIELD_TYPES,
  type StandardModelFile,
  type WorkspaceField,
  type WorkspaceObject,
} from '../model-types';

const file = model as unknown as StandardModelFile;

/** Fields the model builder adds to every object; the standard file leaves them out. */
const SYSTEM_FIELDS = new Set([
  'id', 'createdAt', 'updatedAt', 'deletedAt', 'createdBy', 'updatedBy', 'position', 'searchVector',
]);

/** Not-null SELECT fields that have no default in Twenty's source either (listed in `sources`). */
const SELECT_WITHOUT_DEFAULT = new Set([
  'recordShare.principalType',
  'recordShare.accessLevel',
  'recordShare.rowCause',
  'workflowAutomatedTrigger.type',
  'messageSuppression.reason',
]);

type StandardObjectEntry = { universalIdentifier: string; fields: Record<string, { universalIdentifier: string }> };
const standard = STANDARD_OBJECT as unknown as Record<string, StandardObjectEntry>;

const objectsByName = new Map<string, WorkspaceObject>(file.objects.map((o) => [o.nameSingular, o]));
const fieldOf = (objectName: string, fieldName: string): WorkspaceField | undefined =>
  objectsByName.get(objectName)?.fields.find((f) => f.name === fieldName);
const allFields = file.objects.flatMap((o) => o.fields.map((f) => ({ object: o, field: f })));

describe('standard model 2.43', () => {
  it('is the 2.43.0 file with sources', () => {
    expect(file.twentyVersion).toBe('2.43.0');
    expect(file.sources.length).toBeGreaterThan(0);
    for (const s of file.sources) expect(typeof s).toBe('string');
  });

  it('has exactly the objects of STANDARD_OBJECT, with their universal identifiers', () => {
    expect([...objectsByName.keys()].sort()).toEqual(Object.keys(standard).sort());
    expect(file.objects).toHaveLength(Object.keys(standard).length);
    for (const [name, entry] of Object.entries(standard)) {
      const object = objectsByName.get(name)!;
      expect(object.universalIdentifier, name).toBe(entry.universalIdentifier);
      expect(object.source, name).toBe('standard');
      expect(object.labelSingular, name).toBeTruthy();
      expect(object.labelPlural, name).toBeTruthy();
    }
  });

  it('has exactly the non-system fields of STANDARD_OBJECT, with their universal identifiers', () => {
    for (const [name, entry] of Object.entries(standard)) {
      const object = objectsByName.get(name)!;
      const expected = Object.keys(entry.fields).filter((f) => !SYSTEM_FIELDS.has(f)).sort();
      const actual = object.fields.map((f) => f.name).sort();
      expect(actual, name).toEqual(expected);
      for (const field of object.fields) {
        expect(field.universalIdentifier, `${name}.${field.name}`).toBe(entry.fields[field.name].universalIdentifier);
      }
    }
  });

  it('leaves out the system fields the model builder adds', () => {
    for (const { object, field } of allFields) {
      expect(SYSTEM_FIELDS.has(field.name), `${object.nameSingular}.${field.name}`).toBe(false);
    }
  });

  it('uses only workspace field types and gives every field a label', () => {
    const types = new Set<string>(WORKSPACE_FIELD_TYPES);
    for (const { object, field } of allFields) {
      expect(types.has(field.type), `${object.nameSingular}.${field.name}: ${field.type}`).toBe(true);
      expect(field.label, `${object.nameSingular}.${field.name}`).toBeTruthy();
    }
  });

  it('points labelIdentifierField at an existing field or id', () => {
    for (const object of file.objects) {
      const id = object.labelIdentifierField;
      expect(id, object.nameSingular).toBeTruthy();
      if (id !== 'id') expect(fieldOf(object.nameSingular, id!), `${object.nameSingular} -> ${id}`).toBeDefined();
    }
  });

  it('has unique nameSingular and namePlural across objects', () => {
    const plurals = file.objects.map((o) => o.namePlural);
    expect(new Set(plurals).size).toBe(plurals.length);
    const names = new Set([...file.objects.map((o) => o.nameSingular), ...plurals]);
    expect(names.size).toBe(file.objects.length * 2);
  });

  it('gives relation fields a relation and other fields none', () => {
    for (const { object, field } of allFields) {
      const where = `${object.nameSingular}.${field.name}`;
      const isRelation = field.type === 'RELATION' || field.type === 'MORPH_RELATION';
      expect(Boolean(field.relation), where).toBe(isRelation);
      if (!field.relation) continue;
      const r = field.relation;
      expect(objectsByName.has(r.targetObject), `${where} -> ${r.targetObject}`).toBe(true);
      if (r.type === 'MANY_TO_ONE') {
        expect(r.joinColumn, where).toBe(`${field.name}Id`);
        expect(['CASCADE', 'RESTRICT', 'SET_NULL', 'NO_ACTION'], where).toContain(r.onDelete);
      } else {
        expect(r.type, where).toBe('ONE_TO_MANY');
        expect(r.joinColumn, where).toBeUndefined();
        expect(r.onDelete, where).toBeUndefined();
        expect(field.type, where).toBe('RELATION');
      }
    }
  });

  it('pairs every relation with its inverse both ways', () => {
    for (const { object, field } of allFields) {
      const r = field.relation;
      if (!r) continue;
      const where = `${object.nameSingular}.${field.name}`;
      // An empty inverseField marks a documented one-sided relation; 2.43 has none.
      expect(r.inverseField, where).not.toBe('');
      const inverse = fieldOf(r.targetObject, r.inverseField);
      expect(inverse, `${where} -> ${r.targetObject}.${r.inverseField}`).toBeDefined();
      expect(inverse!.relation, `${r.targetObject}.${r.inverseField}`).toBeDefined();
      expect(inverse!.relation!.targetObject, `${r.targetObject}.${r.inverseField}`).toBe(object.nameSingular);
      expect(inverse!.relation!.inverseField, `${r.targetObject}.${r.inverseField}`).toBe(field.name);
      expect(inverse!.relation!.type, `${r.targetObject}.${r.inverseField}`).toBe(
        r.type === 'MANY_TO_ONE' ? 'ONE_TO_MANY' : 'MANY_TO_ONE',
      );
    }
  });

  it('names morph fields target<Object> and gives each group the morphId of STANDARD_OBJECT', () => {
    for (const { object, field } of allFields) {
      if (field.type !== 'MORPH_RELATION') continue;
      const where = `${object.nameSingular}.${field.name}`;
      const r = field.relation!;
      expect(field.name, where).toBe(`target${r.targetObject[0].toUpperCase()}${r.targetObject.slice(1)}`);
      const morphIds = (STANDARD_OBJECT as unknown as Record<string, { morphIds?: Record<string, { morphId: string }> }>)[
        object.nameSingular
      ].morphIds;
      expect(morphIds, where).toBeDefined();
      expect(Object.values(morphIds!).map((m) => m.morphId), where).toContain(r.morphId);
    }
    for (const [name, entry] of Object.entries(STANDARD_OBJECT as unknown as Record<string, { morphIds?: object }>)) {
      if (!entry.morphIds) continue;
      expect(objectsByName.get(name)!.fields.some((f) => f.type === 'MORPH_RELATION'), name).toBe(true);
    }
  });

  it('gives SELECT fields options, and a default among them when not nullable', () => {
    for (const { object, field } of allFields) {
      if (field.type !== 'SELECT' && field.type !== 'MULTI_SELECT') {
        expect(field.options, `${object.nameSingular}.${field.name}`).toBeUndefined();
        continue;
      }
      const where = `${object.nameSingular}.${field.name}`;
      expect(field.options?.length, where).toBeGreaterThan(0);
      const values = field.options!.map((o) => o.value);
      expect(new Set(values).size, where).toBe(values.length);
      field.options!.forEach((o, i) => {
        expect(o.position, where).toBe(i);
        expect(o.label, where).toBeTruthy();
      });
      if (field.defaultValue !== undefined) expect(values, where).toContain(field.defaultValue);
      if (field.type === 'SELECT' && field.isNullable === false && !SELECT_WITHOUT_DEFAULT.has(where)) {
        expect(field.defaultValue, where).toBeDefined();
      }
    }
  });

  it('documents the not-null SELECT fields that have no default', () => {
    for (const where of SELECT_WITHOUT_DEFAULT) {
      const [objectName, fieldName] = where.split('.');
      const field = fieldOf(objectName, fieldName);
      expect(field?.type, where).toBe('SELECT');
      expect(field?.isNullable, where).toBe(false);
      expect(field?.defaultValue, where).toBeUndefined();
      expect(file.sources.some((s) => s.includes(where)), where).toBe(true);
    }
  });

  it('keeps core entities out as records: channel and folder ids are plain UUID fields', () => {
    for (const name of ['connectedAccount', 'messageChannel', 'calendarChannel', 'messageFolder', 'favorite', 'favoriteFolder']) {
      expect(objectsByName.has(name), name).toBe(false);
    }
    expect(fieldOf('messageChannelMessageAssociation', 'messageChannelId')?.type).toBe('UUID');
    expect(fieldOf('calendarChannelEventAssociation', 'calendarChannelId')?.type).toBe('UUID');
    expect(fieldOf('messageChannelMessageAssociationMessageFolder', 'messageFolderId')?.type).toBe('UUID');
  });

  it('writes defaults as JSON literals of the field type', () => {
    for (const { object, field } of allFields) {
      if (field.defaultValue === undefined) continue;
      const where = `${object.nameSingular}.${field.name}`;
      const d = field.defaultValue;
      switch (field.type) {
        case 'BOOLEAN': expect(typeof d, where).toBe('boolean'); break;
        case 'NUMBER': case 'NUMERIC': case 'POSITION': expect(typeof d, where).toBe('number'); break;
        case 'DATE_TIME': expect(d, where).toBe('now'); break;
        case 'TEXT': case 'SELECT': expect(typeof d, where).toBe('string'); break;
        default: throw new Error(`unexpected default on ${where} (${field.type})`);
      }
    }
  });

  it('keeps the facts the emulator relies on', () => {
    expect(objectsByName.get('company')!.duplicateCriteria).toEqual([['name'], ['domainNamePrimaryLinkUrl']]);
    expect(objectsByName.get('person')!.namePlural).toBe('people');
    expect(fieldOf('company', 'domainName')?.isUnique).toBe(true);
    expect(fieldOf('person', 'emails')?.isUnique).toBe(true);
    expect(fieldOf('opportunity', 'stage')).toMatchObject({ type: 'SELECT', isNullable: false, defaultValue: 'NEW' });
    expect(fieldOf('person', 'company')?.relation).toEqual({
      type: 'MANY_TO_ONE', targetObject: 'company', inverseField: 'people', joinColumn: 'companyId', onDelete: 'SET_NULL',
    });
    expect(fieldOf('noteTarget', 'targetCompany')?.relation).toMatchObject({
      type: 'MANY_TO_ONE', targetObject: 'company', inverseField: 'noteTargets', joinColumn: 'targetCompanyId',
      onDelete: 'CASCADE', morphId: '20202020-f635-435d-ab8d-e1168b375c70',
    });
    expect(fieldOf('timelineActivity', 'happensAt')).toMatchObject({ type: 'DATE_TIME', isNullable: false, defaultValue: 'now' });
  });
});
