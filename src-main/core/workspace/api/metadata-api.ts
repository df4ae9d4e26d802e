import { buildSchema, execute, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { WorkspaceModel } from '../../../../src-shared/twenty/workspace-model/model-types';
import type { KeyValueStore } from '../services/key-value-store';
import { badInput } from '../workspace-error';
import { formatGraphqlError, type GraphqlResponse } from './graphql-errors';

/**
 * The part of Twenty's `/metadata` GraphQL API a local workspace serves: the app's Core SDL for
 * client generation (`applicationCoreGraphqlSchema`), the objects and fields, and the app runtime
 * services the SDK's helpers call (key-value store). Names and shapes are the server's.
 */
const METADATA_SDL = /* GraphQL */ `
scalar JSON
scalar UUID

enum AppKeyValueScope { WORKSPACE SERVER }

type AppKeyValue { key: String! value: JSON scope: AppKeyValueScope! }
input SetAppKeyValueInput { key: String! value: JSON scope: AppKeyValueScope }

input CursorPaging { first: Int after: String last: Int before: String }
input UUIDFilterComparison { eq: String in: [String!] }
input StringFilterComparison { eq: String in: [String!] }
input ObjectFilter { id: UUIDFilterComparison universalIdentifier: StringFilterComparison nameSingular: StringFilterComparison isCustom: Boolean }

type Field {
  id: UUID!
  universalIdentifier: String
  name: String!
  label: String!
  type: String!
  isNullable: Boolean
  isSystem: Boolean
  isUnique: Boolean
  defaultValue: JSON
  options: JSON
  relation: JSON
}
type ObjectFieldsEdge { node: Field! }
type ObjectFieldsConnection { edges: [ObjectFieldsEdge!]! }
type Object {
  id: UUID!
  universalIdentifier: String
  nameSingular: String!
  namePlural: String!
  labelSingular: String!
  labelPlural: String!
  isCustom: Boolean!
  isSystem: Boolean!
  labelIdentifierFieldMetadataName: String
  fields: ObjectFieldsConnection!
}
type ObjectEdge { node: Object! cursor: String }
type PageInfo { hasNextPage: Boolean hasPreviousPage: Boolean startCursor: String endCursor: String }
type ObjectConnection { edges: [ObjectEdge!]! pageInfo: PageInfo! totalCount: Int! }

type Query {
  applicationCoreGraphqlSchema(applicationUniversalIdentifier: String!): String!
  objects(paging: CursorPaging, filter: ObjectFilter): ObjectConnection!
  appKeyValue(key: String!, scope: AppKeyValueScope): AppKeyValue
}

type Mutation {
  setAppKeyValue(input: SetAppKeyValueInput!): AppKeyValue!
  deleteAppKeyValue(key: String!, scope: AppKeyValueScope): Boolean!
}
`;

let metadataSchema: GraphQLSchema | null = null;
const documents = new Map<string, DocumentNode>();

export interface MetadataContext {
  model: WorkspaceModel;
  sdl(): string;
  applicationId: string | null;
  keyValues: KeyValueStore;
}

/** A stable id for metadata rows: the universal identifier when there is one. */
const idOf = (universalIdentifier: string | undefined, name: string) => universalIdentifier ?? `00000000-0000-4000-8000-${Buffer.from(name).toString('hex').padEnd(12, '0').slice(0, 12)}`;

function rootValue(context: MetadataContext) {
  return {
    applicationCoreGraphqlSchema: ({ applicationUniversalIdentifier }: { applicationUniversalIdentifier: string }) => {
      if (context.applicationId && applicationUniversalIdentifier !== context.applicationId) {
        throw badInput(`Application ${applicationUniversalIdentifier} is not installed in this workspace (the local workspace serves ${context.applicationId}).`);
      }
      return context.sdl();
    },
    objects: ({ filter }: { filter?: { universalIdentifier?: { eq?: string; in?: string[] }; nameSingular?: { eq?: string; in?: string[] }; isCustom?: boolean } }) => {
      const matches = (value: string | undefined, comparison?: { eq?: string; in?: string[] }) =>
        !comparison || (comparison.eq !== undefined ? value === comparison.eq : true) && (comparison.in ? comparison.in.includes(value ?? '') : true);
      const objects = context.model.objects.filter((object) =>
        matches(object.universalIdentifier, filter?.universalIdentifier) && matches(object.nameSingular, filter?.nameSingular)
        && (filter?.isCustom === undefined || filter.isCustom === (object.source === 'app')));
      return {
        totalCount: objects.length,
        pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
        edges: objects.map((object) => ({
          cursor: object.nameSingular,
          node: {
            id: idOf(object.universalIdentifier, object.nameSingular),
            universalIdentifier: object.universalIdentifier ?? null,
            nameSingular: object.nameSingular, namePlural: object.namePlural,
            labelSingular: object.labelSingular, labelPlural: object.labelPlural,
            isCustom: object.source === 'app', isSystem: object.isSystem === true,
            labelIdentifierFieldMetadataName: object.labelIdentifierField ?? null,
            fields: {
              edges: object.fields.map((field) => ({
                node: {
                  id: idOf(field.universalIdentifier, `${object.nameSingular}.${field.name}`), universalIdentifier: field.universalIdentifier ?? null,
                  name: field.name, label: field.label ?? field.name, type: field.type, isNullable: field.isNullable !== false,
                  isSystem: field.isSystem === true, isUnique: field.isUnique === true, defaultValue: field.defaultValue ?? null,
                  options: field.options ?? null, relation: field.relation ?? null,
                },
              })),
            },
          },
        })),
      };
    },
    appKeyValue: async ({ key, scope }: { key: string; scope?: 'WORKSPACE' | 'SERVER' }) => context.keyValues.get(key, scope ?? 'WORKSPACE'),
    setAppKeyValue: async ({ input }: { input: { key: string; value?: unknown; scope?: 'WORKSPACE' | 'SERVER' } }) => context.keyValues.set(input.key, input.value ?? null, input.scope ?? 'WORKSPACE'),
    deleteAppKeyValue: async ({ key, scope }: { key: string; scope?: 'WORKSPACE' | 'SERVER' }) => context.keyValues.delete(key, scope ?? 'WORKSPACE'),
  };
}

export async function executeMetadata(request: { query: string; variables?: Record<string, unknown> | null; operationName?: string | null }, context: MetadataContext): Promise<GraphqlResponse> {
  metadataSchema ??= buildSchema(METADATA_SDL);
  let document = documents.get(request.query);
  if (!document) {
    try {
      document = parse(request.query);
    } catch (error) {
      return { errors: [{ message: (error as Error).message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }] };
    }
    const problems = validate(metadataSchema, document);
    if (problems.length > 0) return { errors: problems.map((problem) => ({ message: problem.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })) };
    if (documents.size > 200) documents.clear();
    documents.set(request.query, document);
  }
  const result = await execute({ schema: metadataSchema, document, rootValue: rootValue(context), variableValues: request.variables ?? undefined, operationName: request.operationName ?? undefined });
  const response: GraphqlResponse = { data: (result.data as Record<string, unknown> | null | undefined) ?? null };
  if (result.errors?.length) response.errors = result.errors.map(formatGraphqlError);
  return response;
}
