import { randomUUID } from 'node:crypto';
import { COMPOSITE_TYPES, isRelationField } from '../../../../src-shared/twenty/workspace-model/composite-types';
import type { WorkspaceField, WorkspaceModel, WorkspaceObject } from '../../../../src-shared/twenty/workspace-model/model-types';
import { READ_ONLY_FIELD_NAMES } from '../../../../src-shared/twenty/workspace-model/system-fields';

const FIRST = ['Ada', 'Grace', 'Alan', 'Linus', 'Margaret', 'Dennis', 'Barbara', 'Ken', 'Frances', 'Tim', 'Radia', 'Guido'];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Torvalds', 'Hamilton', 'Ritchie', 'Liskov', 'Thompson', 'Allen', 'Berners-Lee', 'Perlman', 'van Rossum'];
const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark Industries', 'Wayne Enterprises', 'Wonka', 'Soylent', 'Tyrell', 'Cyberdyne', 'Vandelay'];
const CITIES = [['Paris', 'France'], ['Berlin', 'Germany'], ['San Francisco', 'United States'], ['London', 'United Kingdom'], ['Lisbon', 'Portugal'], ['Tokyo', 'Japan']];

/** A small deterministic PRNG, so a seed with the same count gives the same data. */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

/** The objects in an order where a record's many-to-one targets are seeded before it. */
export function seedOrder(model: WorkspaceModel, names?: string[]): WorkspaceObject[] {
  const wanted = model.objects.filter((object) => (names ? names.includes(object.nameSingular) || names.includes(object.namePlural) : true));
  const ordered: WorkspaceObject[] = [];
  const placed = new Set<string>();
  const visit = (object: WorkspaceObject, stack: Set<string>) => {
    if (placed.has(object.nameSingular) || stack.has(object.nameSingular)) return;
    stack.add(object.nameSingular);
    for (const field of object.fields) {
      const target = field.relation?.type === 'MANY_TO_ONE' ? wanted.find((candidate) => candidate.nameSingular === field.relation!.targetObject) : undefined;
      if (target) visit(target, stack);
    }
    placed.add(object.nameSingular);
    ordered.push(object);
  };
  for (const object of wanted) visit(object, new Set());
  return ordered;
}

/**
 * Plausible values for one record: names and companies people recognise, composite fields filled,
 * SELECT values among the options, relations pointing at records seeded before (or left empty).
 * Unique fields carry the index, so a seed never trips a unique index.
 */
export function seedRecord(object: WorkspaceObject, index: number, existingIds: Map<string, string[]>, seed = 1): Record<string, unknown> {
  const next = random(seed * 7919 + index * 104729 + object.nameSingular.length);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const first = pick(FIRST);
  const last = pick(LAST);
  const company = COMPANIES[index % COMPANIES.length];
  const data: Record<string, unknown> = {};
  for (const field of object.fields) {
    if (field.isSystem && field.name !== 'position') continue;
    if (READ_ONLY_FIELD_NAMES.has(field.name) || field.name === 'position') continue;
    if (isRelationField(field)) {
      if (field.relation?.type !== 'MANY_TO_ONE') continue;
      const ids = existingIds.get(field.relation.targetObject) ?? [];
      if (ids.length > 0) data[field.relation.joinColumn ?? `${field.name}Id`] = ids[Math.floor(next() * ids.length)];
      continue;
    }
    const value = seedValue(object, field, index, { first, last, company, next, pick });
    if (value !== undefined) data[field.name] = value;
  }
  return data;
}

function seedValue(object: WorkspaceObject, field: WorkspaceField, index: number, ctx: { first: string; last: string; company: string; next: () => number; pick: <T>(items: readonly T[]) => T }): unknown {
  const { first, last, company, next, pick } = ctx;
  const slug = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '');
  const domain = `${company.toLowerCase().replace(/[^a-z]/g, '')}${index}.example.com`;
  if (COMPOSITE_TYPES[field.type]) {
    switch (field.type) {
      case 'FULL_NAME': return { firstName: first, lastName: last };
      case 'LINKS': return { primaryLinkUrl: field.name === 'linkedinLink' ? `https://www.linkedin.com/in/${slug}-${index}` : `https://${domain}`, primaryLinkLabel: '', secondaryLinks: [] };
      case 'EMAILS': return { primaryEmail: `${slug}${index}@${domain}`, additionalEmails: [] };
      case 'PHONES': return { primaryPhoneNumber: `6${String(10000000 + index).slice(-8)}`, primaryPhoneCountryCode: 'FR', primaryPhoneCallingCode: '+33', additionalPhones: [] };
      case 'ADDRESS': {
        const [city, country] = pick(CITIES);
        return { addressStreet1: `${1 + Math.floor(next() * 200)} Main Street`, addressStreet2: '', addressCity: city, addressPostcode: String(10000 + Math.floor(next() * 89999)), addressState: '', addressCountry: country, addressLat: null, addressLng: null };
      }
      case 'CURRENCY': return { amountMicros: Math.round(next() * 1000) * 1_000_000_000, currencyCode: 'USD' };
      case 'RICH_TEXT': {
        const text = `${object.labelSingular} ${index + 1}: follow up with ${first} ${last} at ${company}.`;
        return { markdown: text, blocknote: JSON.stringify([{ type: 'paragraph', content: [{ type: 'text', text, styles: {} }] }]) };
      }
      default: return undefined;
    }
  }
  switch (field.type) {
    case 'TEXT': {
      if (field.isUnique) return `${field.name}-${index}-${slug}@${domain}`;
      if (field.name === 'name') return object.nameSingular === 'company' ? `${company} ${index + 1}` : `${object.labelSingular} ${index + 1}`;
      if (field.name === 'title' || field.name === 'subject') return `${object.labelSingular} ${index + 1} with ${company}`;
      if (field.name === 'jobTitle') return pick(['CEO', 'CTO', 'Head of Sales', 'Engineer', 'Designer', 'Account Executive']);
      if (/email|handle/i.test(field.name)) return `${slug}${index}@${domain}`;
      if (/url/i.test(field.name)) return `https://${domain}`;
      return field.isNullable === false ? `${field.label ?? field.name} ${index + 1}` : undefined;
    }
    case 'NUMBER': return Math.floor(next() * 100);
    case 'NUMERIC': return Math.round(next() * 10000) / 100;
    case 'BOOLEAN': return next() < 0.5;
    case 'DATE_TIME': return new Date(Date.UTC(2026, 0, 1) + Math.floor(next() * 330) * 86_400_000).toISOString();
    case 'DATE': return new Date(Date.UTC(2026, 0, 1) + Math.floor(next() * 330) * 86_400_000).toISOString().slice(0, 10);
    case 'SELECT': return field.options && field.options.length > 0 ? pick(field.options).value : undefined;
    case 'MULTI_SELECT': return field.options && field.options.length > 0 ? field.options.filter(() => next() < 0.4).map((option) => option.value) : undefined;
    case 'RATING': return field.options && field.options.length > 0 ? pick(field.options).value : undefined;
    case 'UUID': return field.isNullable === false || field.isUnique ? randomUUID() : undefined;
    case 'ARRAY': return [];
    case 'RAW_JSON': return field.isNullable === false ? {} : undefined;
    case 'FILES': return field.isNullable === false ? [] : undefined;
    default: return undefined;
  }
}
