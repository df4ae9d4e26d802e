import { printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildWorkspaceModel } from '../../../../src-shared/twenty/workspace-model/build-model';
import type { StandardModelFile } from '../../../../src-shared/twenty/workspace-model/model-types';
import standard243 from '../../../../src-shared/twenty/workspace-model/standard/2.43.json';
import { buildCoreGraphqlSchema } from '../api/core-graphql-schema';
import { LEAD_MANIFEST } from '../test-support/temp-workspace';
import { SdlImportError, standardModelFromSdl } from './standard-model-from-sdl';

const shipped = standard243 as StandardModelFile;

/** A Core API SDL in the server's shapes (type names of 2.43: RichTextV2, a `Int`-less NUMBER, create input non-null). */
const SERVER_LIKE_SDL = `
scalar UUID
scalar DateTime
scalar JSON
scalar BigFloat
scalar Position
type PageInfo { hasNextPage: Boolean hasPreviousPage: Boolean startCursor: String endCursor: String }
type FullName { firstName: String lastName: String }
type Links { primaryLinkLabel: String primaryLinkUrl: String secondaryLinks: JSON }
type Emails { primaryEmail: String additionalEmails: JSON }
type Currency { amountMicros: BigFloat currencyCode: String }
type Actor { source: String workspaceMemberId: UUID name: String context: JSON }
type RichTextV2 { blocknote: String markdown: String }
enum DealStageEnum { NEW MEETING WON }
enum DealTagsEnum { HOT COLD }
enum DealScoreEnum { RATING_1 RATING_2 RATING_3 }
"""A deal"""
type Deal {
  id: UUID!
  createdAt: DateTime
  updatedAt: DateTime
  deletedAt: DateTime
  createdBy: Actor
  position: Position
  name: String
  amount: Currency
  stage: DealStageEnum
  tags: [DealTagsEnum!]
  score: DealScoreEnum
  keywords: [String!]
  body: RichTextV2
  probability: Float
  owner: Contact
  ownerId: UUID
}
type DealEdge { node: Deal! cursor: String! }
type DealConnection { edges: [DealEdge!]! pageInfo: PageInfo! totalCount: Int }
type Contact {
  id: UUID!
  name: FullName
  emails: Emails
  website: Links
  deals(filter: DealFilterInput, first: Int): DealConnection
}
type ContactEdge { node: Contact! cursor: String! }
type ContactConnection { edges: [ContactEdge!]! pageInfo: PageInfo! totalCount: Int }
input DealFilterInput { id: UUIDFilter }
input ContactFilterInput { id: UUIDFilter }
input UUIDFilter { eq: UUID }
input DealCreateInput { name: String! stage: DealStageEnum }
type Query {
  deals(filter: DealFilterInput, first: Int): DealConnection!
  deal(filter: DealFilterInput!): Deal
  contacts(filter: ContactFilterInput, first: Int): ContactConnection!
  contact(filter: ContactFilterInput!): Contact
  currentUser: Contact
}
type Mutation { createDeal(data: DealCreateInput!): Deal }
`;

describe('standardModelFromSdl', () => {
  it('reads objects, composite types, enums, arrays and relations both ways from a server-shaped SDL', () => {
    const { model, notes } = standardModelFromSdl(SERVER_LIKE_SDL, { origin: 'test.graphql', twentyVersion: '2.43.0' });
    expect(model.objects.map((object) => `${object.nameSingular}/${object.namePlural}`).sort()).toEqual(['contact/contacts', 'deal/deals']);
    const deal = model.objects.find((object) => object.nameSingular === 'deal')!;
    const type = (name: string) => deal.fields.find((field) => field.name === name)?.type;
    expect(deal.labelSingular).toBe('A deal');
    expect([type('name'), type('amount'), type('stage'), type('tags'), type('score'), type('keywords'), type('body'), type('probability')])
      .toEqual(['TEXT', 'CURRENCY', 'SELECT', 'MULTI_SELECT', 'RATING', 'ARRAY', 'RICH_TEXT', 'NUMBER']);
    expect(deal.fields.find((field) => field.name === 'stage')!.options!.map((option) => option.value)).toEqual(['NEW', 'MEETING', 'WON']);
    // Nullability from the create input; system fields left to the model builder, with the subset the SDL has.
    expect(deal.fields.find((field) => field.name === 'name')!.isNullable).toBe(false);
    expect(deal.fields.some((field) => field.name === 'id' || field.name === 'ownerId')).toBe(false);
    expect(deal.systemFields).toEqual(['id', 'createdAt', 'updatedAt', 'deletedAt', 'createdBy', 'position']);
    expect(deal.fields.find((field) => field.name === 'owner')!.relation).toEqual({ type: 'MANY_TO_ONE', targetObject: 'contact', inverseField: 'deals', joinColumn: 'ownerId', onDelete: 'SET_NULL' });
    const contact = model.objects.find((object) => object.nameSingular === 'contact')!;
    expect(contact.fields.map((field) => `${field.name}:${field.type}`)).toEqual(['name:FULL_NAME', 'emails:EMAILS', 'website:LINKS', 'deals:RELATION']);
    expect(contact.fields.find((field) => field.name === 'deals')!.relation).toEqual({ type: 'ONE_TO_MANY', targetObject: 'deal', inverseField: 'owner' });
    expect(notes).toEqual([]);
    // The imported model builds: the workspace takes it like the shipped file.
    const built = buildWorkspaceModel(model, {});
    expect(built.problems).toEqual([]);
    const builtDeal = built.model.objects.find((object) => object.nameSingular === 'deal')!.fields.map((field) => field.name);
    expect(builtDeal).toContain('createdBy');
    expect(builtDeal).not.toContain('updatedBy');
  });

  it('round-trips the shipped 2.43 model through its generated SDL (names, types, options, relations)', () => {
    const sdl = printSchema(buildCoreGraphqlSchema(buildWorkspaceModel(shipped, {}).model));
    const { model } = standardModelFromSdl(sdl, { origin: 'generated', twentyVersion: '2.43.0', reference: shipped });
    expect(model.objects.map((object) => object.nameSingular).sort()).toEqual(shipped.objects.map((object) => object.nameSingular).sort());
    for (const expected of shipped.objects) {
      const actual = model.objects.find((object) => object.nameSingular === expected.nameSingular)!;
      expect(actual.namePlural).toBe(expected.namePlural);
      expect(actual.universalIdentifier).toBe(expected.universalIdentifier);
      const summary = (fields: typeof expected.fields) => fields.map((field) => ({
        name: field.name, type: field.type, uid: field.universalIdentifier,
        options: field.options?.map((option) => option.value),
        relation: field.relation && { type: field.relation.type, target: field.relation.targetObject, inverse: field.relation.inverseField },
      })).sort((a, b) => a.name.localeCompare(b.name));
      expect(summary(actual.fields), expected.nameSingular).toEqual(summary(expected.fields.filter((field) => field.name !== 'searchVector')));
    }
  });

  it('leaves the app\'s own objects and the fields it adds to the manifest (they are in a generated SDL too)', () => {
    const withApp = buildWorkspaceModel(shipped, LEAD_MANIFEST).model;
    const sdl = printSchema(buildCoreGraphqlSchema(withApp));
    const { model } = standardModelFromSdl(sdl, { origin: 'generated', twentyVersion: '2.43.0', reference: shipped, excludeObjects: ['lead'], excludeFields: ['company.leads', 'company.isPartner'] });
    expect(model.objects.some((object) => object.nameSingular === 'lead')).toBe(false);
    const company = model.objects.find((object) => object.nameSingular === 'company')!;
    expect(company.fields.some((field) => field.name === 'leads' || field.name === 'isPartner')).toBe(false);
    const rebuilt = buildWorkspaceModel(model, LEAD_MANIFEST);
    expect(rebuilt.problems).toEqual([]);
    expect(rebuilt.model.objects.find((object) => object.nameSingular === 'lead')!.fields.find((field) => field.name === 'company')!.relation!.inverseField).toBe('leads');
  });

  it('refuses what is not a Core API SDL with a clear error', () => {
    expect(() => standardModelFromSdl('', { origin: 'a.graphql', twentyVersion: '2.43.0' })).toThrow(/The schema at a.graphql is empty/);
    expect(() => standardModelFromSdl('type Query { x: }', { origin: 'b.graphql', twentyVersion: '2.43.0' })).toThrow(/The schema at b.graphql is not GraphQL SDL: Syntax Error/);
    expect(() => standardModelFromSdl('type Query { hello: String }', { origin: 'c.graphql', twentyVersion: '2.43.0' })).toThrow(SdlImportError);
    expect(() => standardModelFromSdl('type Query { hello: String }', { origin: 'c.graphql', twentyVersion: '2.43.0' })).toThrow(/has no record queries/);
    expect(() => standardModelFromSdl('type Foo { a: String }', { origin: 'd.graphql', twentyVersion: '2.43.0' })).toThrow(/has no Query type/);
  });

  it('notes a field whose type it cannot map and leaves it out', () => {
    const sdl = SERVER_LIKE_SDL.replace('probability: Float', 'probability: Float\n  weird: Mystery').replace('scalar UUID', 'scalar UUID\nscalar Mystery');
    const { model, notes } = standardModelFromSdl(sdl, { origin: 'x', twentyVersion: '2.43.0' });
    expect(model.objects.find((object) => object.nameSingular === 'deal')!.fields.some((field) => field.name === 'weird')).toBe(false);
    expect(notes).toEqual(['deal.weird: scalar Mystery has no field type in the workspace; left out.']);
  });
});
