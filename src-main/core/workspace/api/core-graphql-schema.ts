import {
  GraphQLBoolean, GraphQLEnumType, GraphQLFloat, GraphQLID, GraphQLInputObjectType, GraphQLInt, GraphQLList, GraphQLNonNull,
  GraphQLObjectType, GraphQLScalarType, GraphQLSchema, GraphQLString, Kind,
  type GraphQLFieldConfigMap, type GraphQLInputFieldConfigMap, type GraphQLResolveInfo, type GraphQLInputType, type GraphQLOutputType, type ValueNode,
} from 'graphql';
import { ACTOR_SOURCES, COMPOSITE_TYPES, isRelationField, type SubfieldKind } from '../../../../src-shared/twenty/workspace-model/composite-types';
import type { WorkspaceField, WorkspaceFieldType, WorkspaceModel, WorkspaceObject } from '../../../../src-shared/twenty/workspace-model/model-types';
import { READ_ONLY_FIELD_NAMES } from '../../../../src-shared/twenty/workspace-model/system-fields';
import type { FindManyArgs, GroupByArgs, RecordPage, RecordRepository, WriteActor, WriteResult } from '../sql/record-repository';
import type { WorkspaceRecord } from '../sql/record-codec';
import { isGraphqlName, objectGraphqlNames, pascal } from './graphql-naming';
import { DATE_GRANULARITIES } from '../sql/group-by';
import { WorkspaceApiError } from '../workspace-error';

/** What every resolver gets: the repository, who is writing, and where committed changes are collected. */
export interface CoreGraphqlContext {
  repository: RecordRepository;
  actor: WriteActor;
  onWrite(result: WriteResult): void;
  /** Per-request batching of many-to-one loads: one query per (object, ids) tick. */
  loaders: Map<string, RelationLoader>;
}

/** Loads records by id in batches: every `load` of one tick becomes one `id = any(...)` query. */
export class RelationLoader {
  private pending = new Map<string, ((record: WorkspaceRecord | null) => void)[]>();
  private scheduled = false;
  constructor(private readonly fetch: (ids: string[]) => Promise<WorkspaceRecord[]>) {}
  load(id: string): Promise<WorkspaceRecord | null> {
    return new Promise((resolve, reject) => {
      const waiting = this.pending.get(id) ?? [];
      waiting.push(resolve);
      this.pending.set(id, waiting);
      if (!this.scheduled) {
        this.scheduled = true;
        queueMicrotask(() => {
          const batch = this.pending;
          this.pending = new Map();
          this.scheduled = false;
          this.fetch([...batch.keys()]).then((records) => {
            const byId = new Map(records.map((record) => [String(record.id), record]));
            for (const [key, resolvers] of batch) for (const done of resolvers) done(byId.get(key) ?? null);
          }, reject);
        });
      }
    });
  }
}

const identity = (value: unknown) => value;
const scalar = (name: string, description: string) => new GraphQLScalarType({
  name, description, serialize: identity, parseValue: identity,
  parseLiteral: function parse(ast: ValueNode): unknown {
    switch (ast.kind) {
      case Kind.STRING: case Kind.ENUM: return ast.value;
      case Kind.INT: case Kind.FLOAT: return Number(ast.value);
      case Kind.BOOLEAN: return ast.value;
      case Kind.NULL: return null;
      case Kind.LIST: return ast.values.map((value) => parse(value));
      case Kind.OBJECT: return Object.fromEntries(ast.fields.map((field) => [field.name.value, parse(field.value)]));
      default: return undefined;
    }
  },
});

/** The per-model schema builder: one instance builds one schema. Shared types are made once. */
class SchemaBuilder {
  readonly UUID = scalar('UUID', 'A UUID scalar type');
  readonly DateTime = scalar('DateTime', 'A date-time string at UTC, such as 2007-12-03T10:15:30Z');
  readonly Date = scalar('Date', 'A date string, such as 2007-12-03');
  readonly JSON = scalar('JSON', 'The `JSON` scalar type represents JSON values as specified by ECMA-404');
  readonly BigFloat = scalar('BigFloat', 'A string representation of a floating point number');
  readonly Position = scalar('Position', 'A custom scalar type for representing record position');
  readonly TSVector = scalar('TSVector', 'A full-text search vector');
  readonly Cursor = scalar('Cursor', 'A custom scalar that represents a cursor for pagination');
  readonly OrderByDirection = new GraphQLEnumType({
    name: 'OrderByDirection', description: 'This enum is used to specify the order of results',
    values: { AscNullsFirst: {}, AscNullsLast: {}, DescNullsFirst: {}, DescNullsLast: {} },
  });
  readonly FilterIs = new GraphQLEnumType({
    name: 'FilterIs', description: 'This enum to filter by nullability',
    values: { NotNull: { value: 'NOT_NULL' }, Null: { value: 'NULL' }, NOT_NULL: { value: 'NOT_NULL' }, NULL: { value: 'NULL' } },
  });
  readonly ActorSourceEnum = new GraphQLEnumType({ name: 'ActorSourceEnum', values: Object.fromEntries(ACTOR_SOURCES.map((value) => [value, {}])) });
  readonly PageInfo = new GraphQLObjectType({
    name: 'PageInfo',
    fields: { hasNextPage: { type: GraphQLBoolean }, hasPreviousPage: { type: GraphQLBoolean }, startCursor: { type: this.Cursor }, endCursor: { type: this.Cursor } },
  });

  private readonly filterCache = new Map<string, GraphQLInputObjectType>();
  private readonly compositeCache = new Map<string, { output: GraphQLObjectType; create: GraphQLInputObjectType; update: GraphQLInputObjectType; filter: GraphQLInputObjectType; orderBy: GraphQLInputObjectType }>();
  private readonly enums = new Map<string, GraphQLEnumType>();
  private readonly objectTypes = new Map<string, GraphQLObjectType>();
  private readonly connectionTypes = new Map<string, GraphQLObjectType>();
  private readonly filterTypes = new Map<string, GraphQLInputObjectType>();
  private readonly orderByTypes = new Map<string, GraphQLInputObjectType>();
  private readonly relationInputs = new Map<string, GraphQLInputObjectType>();

  constructor(private readonly model: WorkspaceModel) {}

  private operatorFilter(name: string, type: GraphQLInputType, operators: string[], extra: GraphQLInputFieldConfigMap = {}): GraphQLInputObjectType {
    const cached = this.filterCache.get(name);
    if (cached) return cached;
    const fields: GraphQLInputFieldConfigMap = {};
    for (const operator of operators) fields[operator] = { type: operator === 'in' ? new GraphQLList(new GraphQLNonNull(type)) : type };
    fields.is = { type: this.FilterIs };
    Object.assign(fields, extra);
    const filter = new GraphQLInputObjectType({ name, fields });
    this.filterCache.set(name, filter);
    return filter;
  }

  stringFilter() { return this.operatorFilter('StringFilter', GraphQLString, ['eq', 'gt', 'gte', 'in', 'lt', 'lte', 'neq', 'startsWith', 'endsWith', 'like', 'ilike', 'regex', 'iregex']); }
  uuidFilter() { return this.operatorFilter('UUIDFilter', this.UUID, ['eq', 'gt', 'gte', 'in', 'lt', 'lte', 'neq']); }
  floatFilter() { return this.operatorFilter('FloatFilter', GraphQLFloat, ['eq', 'gt', 'gte', 'in', 'lt', 'lte', 'neq']); }
  bigFloatFilter() { return this.operatorFilter('BigFloatFilter', this.BigFloat, ['eq', 'gt', 'gte', 'in', 'lt', 'lte', 'neq']); }
  dateTimeFilter() { return this.operatorFilter('DateTimeFilter', this.DateTime, ['eq', 'gt', 'gte', 'in', 'lt', 'lte', 'neq']); }
  dateFilter() { return this.operatorFilter('DateFilter', this.Date, ['eq', 'gt', 'gte', 'in', 'lt', 'lte', 'neq']); }
  booleanFilter() { return this.operatorFilter('BooleanFilter', GraphQLBoolean, ['eq']); }
  rawJsonFilter() { return this.operatorFilter('RawJsonFilter', this.JSON, ['like']); }
  tsVectorFilter() { return this.operatorFilter('TSVectorFilter', GraphQLString, ['search']); }
  arrayFilter() { return this.operatorFilter('ArrayFilter', GraphQLString, ['containsIlike'], { isEmptyArray: { type: GraphQLBoolean } }); }

  /** The GraphQL enum of a SELECT / MULTI_SELECT field (`OpportunityStageEnum`), or null when its values are not GraphQL names. */
  private selectEnum(object: WorkspaceObject, field: WorkspaceField): GraphQLEnumType | null {
    const name = `${pascal(object.nameSingular)}${pascal(field.name)}Enum`;
    if (this.enums.has(name)) return this.enums.get(name)!;
    const options = field.options ?? [];
    if (options.length === 0 || !options.every((option) => isGraphqlName(option.value))) return null;
    const type = new GraphQLEnumType({ name, values: Object.fromEntries(options.map((option) => [option.value, { description: option.label }])) });
    this.enums.set(name, type);
    return type;
  }

  private subfieldTypes(kind: SubfieldKind): { output: GraphQLOutputType; input: GraphQLInputType; filter: GraphQLInputObjectType } {
    switch (kind) {
      case 'NUMERIC': return { output: this.BigFloat, input: this.BigFloat, filter: this.bigFloatFilter() };
      case 'RAW_JSON': return { output: this.JSON, input: this.JSON, filter: this.rawJsonFilter() };
      case 'UUID': return { output: this.UUID, input: this.UUID, filter: this.uuidFilter() };
      case 'ACTOR_SOURCE': return { output: this.ActorSourceEnum, input: this.ActorSourceEnum, filter: this.operatorFilter('ActorSourceEnumFilter', this.ActorSourceEnum, ['eq', 'neq', 'in']) };
      default: return { output: GraphQLString, input: GraphQLString, filter: this.stringFilter() };
    }
  }

  private composite(type: WorkspaceFieldType) {
    const definition = COMPOSITE_TYPES[type]!;
    const cached = this.compositeCache.get(definition.graphqlName);
    if (cached) return cached;
    const name = definition.graphqlName;
    const output = new GraphQLObjectType({ name, fields: Object.fromEntries(definition.subfields.map((sub) => [sub.name, { type: this.subfieldTypes(sub.kind).output }])) });
    const inputFields = definition.subfields.filter((sub) => !sub.readOnly);
    const create = new GraphQLInputObjectType({ name: `${name}CreateInput`, fields: Object.fromEntries(inputFields.map((sub) => [sub.name, { type: this.subfieldTypes(sub.kind).input }])) });
    const update = new GraphQLInputObjectType({ name: `${name}UpdateInput`, fields: Object.fromEntries(inputFields.map((sub) => [sub.name, { type: this.subfieldTypes(sub.kind).input }])) });
    const filter = new GraphQLInputObjectType({
      name: `${name}FilterInput`,
      fields: { ...Object.fromEntries(definition.subfields.map((sub) => [sub.name, { type: this.subfieldTypes(sub.kind).filter }])), is: { type: this.FilterIs } },
    });
    const orderBy = new GraphQLInputObjectType({ name: `${name}OrderByInput`, fields: Object.fromEntries(definition.subfields.map((sub) => [sub.name, { type: this.OrderByDirection }])) });
    const types = { output, create, update, filter, orderBy };
    this.compositeCache.set(name, types);
    return types;
  }

  /** Output, input and filter types of a stored (non-relation) field. */
  private fieldTypes(object: WorkspaceObject, field: WorkspaceField): { output: GraphQLOutputType; input: GraphQLInputType; filter: GraphQLInputObjectType; orderable: boolean; orderBy?: GraphQLInputType } {
    if (COMPOSITE_TYPES[field.type]) {
      const composite = this.composite(field.type);
      return { output: composite.output, input: composite.create, filter: composite.filter, orderable: true, orderBy: composite.orderBy };
    }
    switch (field.type) {
      case 'UUID': return { output: this.UUID, input: this.UUID, filter: this.uuidFilter(), orderable: true };
      case 'NUMBER': return { output: GraphQLFloat, input: GraphQLFloat, filter: this.floatFilter(), orderable: true };
      case 'NUMERIC': return { output: this.BigFloat, input: this.BigFloat, filter: this.bigFloatFilter(), orderable: true };
      case 'POSITION': return { output: this.Position, input: this.Position, filter: this.floatFilter(), orderable: true };
      case 'BOOLEAN': return { output: GraphQLBoolean, input: GraphQLBoolean, filter: this.booleanFilter(), orderable: true };
      case 'DATE_TIME': return { output: this.DateTime, input: this.DateTime, filter: this.dateTimeFilter(), orderable: true };
      case 'DATE': return { output: this.Date, input: this.Date, filter: this.dateFilter(), orderable: true };
      case 'RAW_JSON': case 'FILES': return { output: this.JSON, input: this.JSON, filter: this.rawJsonFilter(), orderable: false };
      case 'TS_VECTOR': return { output: this.TSVector, input: this.TSVector, filter: this.tsVectorFilter(), orderable: false };
      case 'ARRAY': return { output: new GraphQLList(new GraphQLNonNull(GraphQLString)), input: new GraphQLList(GraphQLString), filter: this.arrayFilter(), orderable: false };
      case 'SELECT': case 'MULTI_SELECT': {
        const selectEnum = this.selectEnum(object, field);
        const item = selectEnum ?? GraphQLString;
        if (field.type === 'SELECT') {
          return { output: item, input: item, filter: selectEnum ? this.operatorFilter(`${selectEnum.name}Filter`, selectEnum, ['eq', 'neq', 'in'], { containsAny: { type: new GraphQLList(new GraphQLNonNull(selectEnum)) }, isEmptyArray: { type: GraphQLBoolean } }) : this.stringFilter(), orderable: true };
        }
        return {
          output: new GraphQLList(new GraphQLNonNull(item)), input: new GraphQLList(item),
          filter: this.operatorFilter(`${selectEnum ? selectEnum.name : 'String'}ListFilter`, item, [], { containsAny: { type: new GraphQLList(new GraphQLNonNull(item)) }, containsExactly: { type: new GraphQLList(new GraphQLNonNull(item)) }, isEmptyArray: { type: GraphQLBoolean } }),
          orderable: false,
        };
      }
      default: return { output: GraphQLString, input: GraphQLString, filter: this.stringFilter(), orderable: true };
    }
  }

  readonly DateGranularityEnum = new GraphQLEnumType({
    name: 'DateGranularityEnum',
    description: 'Date granularity (e.g. day, month, quarter, year, day of the week, quarter of the year, month of the year)',
    values: Object.fromEntries(DATE_GRANULARITIES.map((value) => [value, { value }])),
  });
  readonly GroupByDateGranularityInput = new GraphQLInputObjectType({ name: 'GroupByDateGranularityInput', fields: { granularity: { type: this.DateGranularityEnum } } });
  readonly OrderByDateGranularityInput = new GraphQLInputObjectType({ name: 'OrderByDateGranularityInput', fields: { orderBy: { type: this.OrderByDirection }, granularity: { type: this.DateGranularityEnum } } });
  private readonly groupByTypes = new Map<string, GraphQLInputObjectType>();

  /** `<Composite>GroupByInput`: a Boolean per subfield. */
  private compositeGroupBy(type: WorkspaceFieldType): GraphQLInputObjectType {
    const definition = COMPOSITE_TYPES[type]!;
    const name = `${definition.graphqlName}GroupByInput`;
    const cached = this.groupByTypes.get(name);
    if (cached) return cached;
    const input = new GraphQLInputObjectType({ name, fields: Object.fromEntries(definition.subfields.map((sub) => [sub.name, { type: GraphQLBoolean }])) });
    this.groupByTypes.set(name, input);
    return input;
  }

  /** `<Object>GroupByInput` (Booleans, a date's granularity, a composite's subfields, join columns) and `<Object>OrderByWithGroupByInput`. */
  groupByInputs(object: WorkspaceObject): { groupBy: GraphQLInputObjectType; orderBy: GraphQLInputObjectType } {
    const type = pascal(object.nameSingular);
    const groupBy = new GraphQLInputObjectType({
      name: `${type}GroupByInput`,
      fields: () => {
        const fields: GraphQLInputFieldConfigMap = {};
        for (const field of object.fields) {
          if (isRelationField(field)) {
            if (field.relation?.type === 'MANY_TO_ONE') fields[field.relation.joinColumn ?? `${field.name}Id`] = { type: GraphQLBoolean };
          } else if (COMPOSITE_TYPES[field.type]) fields[field.name] = { type: this.compositeGroupBy(field.type) };
          else if (field.type === 'DATE' || field.type === 'DATE_TIME') fields[field.name] = { type: this.GroupByDateGranularityInput };
          else if (field.type !== 'TS_VECTOR') fields[field.name] = { type: GraphQLBoolean };
        }
        return fields;
      },
    });
    const aggregate = new GraphQLInputObjectType({ name: `${type}OrderByWithGroupByAggregateInput`, description: 'Aggregate-based ordering', fields: { totalCount: { type: this.OrderByDirection } } });
    const orderBy = new GraphQLInputObjectType({
      name: `${type}OrderByWithGroupByInput`,
      fields: () => {
        const fields: GraphQLInputFieldConfigMap = { aggregate: { type: aggregate, description: 'Order by aggregate values' } };
        for (const field of object.fields) {
          if (isRelationField(field)) {
            if (field.relation?.type === 'MANY_TO_ONE') fields[field.relation.joinColumn ?? `${field.name}Id`] = { type: this.OrderByDirection };
          } else if (COMPOSITE_TYPES[field.type]) fields[field.name] = { type: this.composite(field.type).orderBy };
          else if (field.type === 'DATE' || field.type === 'DATE_TIME') fields[field.name] = { type: this.OrderByDateGranularityInput };
          else if (field.type !== 'TS_VECTOR') fields[field.name] = { type: this.OrderByDirection };
        }
        return fields;
      },
    });
    return { groupBy, orderBy };
  }

  /** `<Object>GroupByConnection`: the connection's fields and the group's dimension values. */
  groupByConnectionType(object: WorkspaceObject): GraphQLObjectType {
    const connection = this.connectionType(object);
    return new GraphQLObjectType({
      name: `${pascal(object.nameSingular)}GroupByConnection`,
      fields: () => ({ ...connection.toConfig().fields, groupByDimensionValues: { type: new GraphQLNonNull(new GraphQLList(GraphQLString)) } }),
    });
  }

  private objectOf(name: string): WorkspaceObject {
    return this.model.objects.find((object) => object.nameSingular === name)!;
  }

  connectionType(object: WorkspaceObject): GraphQLObjectType {
    const names = objectGraphqlNames(object);
    const cached = this.connectionTypes.get(names.connection);
    if (cached) return cached;
    const edge = new GraphQLObjectType({ name: names.edge, fields: () => ({ node: { type: new GraphQLNonNull(this.objectType(object)) }, cursor: { type: new GraphQLNonNull(this.Cursor) } }) });
    const connection = new GraphQLObjectType({
      name: names.connection,
      fields: () => ({ edges: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(edge))) }, pageInfo: { type: new GraphQLNonNull(this.PageInfo) }, totalCount: { type: GraphQLInt } }),
    });
    this.connectionTypes.set(names.connection, connection);
    return connection;
  }

  listArgs(object: WorkspaceObject) {
    return {
      filter: { type: this.filterType(object) },
      orderBy: { type: new GraphQLList(this.orderByType(object)) },
      first: { type: GraphQLInt }, last: { type: GraphQLInt }, offset: { type: GraphQLInt },
      before: { type: GraphQLString }, after: { type: GraphQLString },
    };
  }

  objectType(object: WorkspaceObject): GraphQLObjectType {
    const names = objectGraphqlNames(object);
    const cached = this.objectTypes.get(names.type);
    if (cached) return cached;
    const type: GraphQLObjectType = new GraphQLObjectType({
      name: names.type,
      description: object.labelSingular,
      fields: () => {
        const fields: GraphQLFieldConfigMap<WorkspaceRecord, CoreGraphqlContext> = {};
        for (const field of object.fields) {
          if (!isRelationField(field)) {
            const types = this.fieldTypes(object, field);
            fields[field.name] = { type: field.name === 'id' ? new GraphQLNonNull(this.UUID) : types.output, description: field.label };
            continue;
          }
          const relation = field.relation;
          if (!relation) continue;
          const target = this.objectOf(relation.targetObject);
          if (!target) continue;
          if (relation.type === 'MANY_TO_ONE') {
            const joinColumn = relation.joinColumn ?? `${field.name}Id`;
            fields[joinColumn] = { type: GraphQLID, description: `${field.label ?? field.name} id (foreign key)` };
            fields[field.name] = {
              type: this.objectType(target),
              description: field.label,
              resolve: (record, _args, context) => {
                const id = record[joinColumn];
                if (typeof id !== 'string') return null;
                const key = `${target.nameSingular}.id`;
                let loader = context.loaders.get(key);
                if (!loader) {
                  loader = new RelationLoader((ids) => context.repository.findByColumn(target.nameSingular, 'id', ids));
                  context.loaders.set(key, loader);
                }
                return loader.load(id);
              },
            };
          } else {
            const inverse = target.fields.find((candidate) => candidate.name === relation.inverseField);
            const inverseColumn = inverse?.relation?.joinColumn ?? `${relation.inverseField}Id`;
            fields[field.name] = {
              type: this.connectionType(target),
              description: field.label,
              args: this.listArgs(target),
              resolve: async (record, args: FindManyArgs, context, info) => {
                const scoped = { [inverseColumn]: { eq: record.id } };
                const page = await context.repository.findMany(target.nameSingular, { ...args, withTotal: selectsTotalCount(info), first: args.first ?? (args.last == null ? 60 : undefined), filter: args.filter ? { and: [args.filter, scoped] } : scoped });
                return connectionResult(page);
              },
            };
          }
        }
        return fields;
      },
    });
    this.objectTypes.set(names.type, type);
    return type;
  }

  filterType(object: WorkspaceObject): GraphQLInputObjectType {
    const names = objectGraphqlNames(object);
    const cached = this.filterTypes.get(names.filter);
    if (cached) return cached;
    const filter: GraphQLInputObjectType = new GraphQLInputObjectType({
      name: names.filter,
      fields: () => {
        const fields: GraphQLInputFieldConfigMap = {};
        for (const field of object.fields) {
          if (isRelationField(field)) {
            if (field.relation?.type !== 'MANY_TO_ONE') continue;
            fields[field.relation.joinColumn ?? `${field.name}Id`] = { type: this.uuidFilter() };
            // As the 2.4x server: the related record's own filter under the relation's name (to-one only).
            const target = this.objectOf(field.relation.targetObject);
            if (target) fields[field.name] = { type: this.filterType(target), description: `Filter on fields of the related ${target.nameSingular}` };
            continue;
          }
          fields[field.name] = { type: this.fieldTypes(object, field).filter };
        }
        fields.and = { type: new GraphQLList(filter) };
        fields.or = { type: new GraphQLList(filter) };
        fields.not = { type: filter };
        return fields;
      },
    });
    this.filterTypes.set(names.filter, filter);
    return filter;
  }

  orderByType(object: WorkspaceObject): GraphQLInputObjectType {
    const names = objectGraphqlNames(object);
    const cached = this.orderByTypes.get(names.orderBy);
    if (cached) return cached;
    const orderBy = new GraphQLInputObjectType({
      name: names.orderBy,
      fields: () => {
        const fields: GraphQLInputFieldConfigMap = {};
        for (const field of object.fields) {
          if (isRelationField(field)) {
            if (field.relation?.type !== 'MANY_TO_ONE') continue;
            fields[field.relation.joinColumn ?? `${field.name}Id`] = { type: this.OrderByDirection };
            const target = this.objectOf(field.relation.targetObject);
            if (target) fields[field.name] = { type: this.orderByType(target), description: `Order by fields of the related ${target.nameSingular}` };
            continue;
          }
          const types = this.fieldTypes(object, field);
          if (types.orderable) fields[field.name] = { type: types.orderBy ?? this.OrderByDirection };
        }
        return fields;
      },
    });
    this.orderByTypes.set(names.orderBy, orderBy);
    return orderBy;
  }

  private relationInput(target: WorkspaceObject): GraphQLInputObjectType {
    const names = objectGraphqlNames(target);
    const cached = this.relationInputs.get(names.relationInput);
    if (cached) return cached;
    const where = new GraphQLInputObjectType({ name: names.whereUniqueInput, fields: { id: { type: this.UUID } } });
    const connect = new GraphQLInputObjectType({ name: names.connectInput, fields: { where: { type: new GraphQLNonNull(where) } } });
    const relation = new GraphQLInputObjectType({ name: names.relationInput, fields: { connect: { type: connect }, disconnect: { type: GraphQLBoolean } } });
    this.relationInputs.set(names.relationInput, relation);
    return relation;
  }

  inputType(object: WorkspaceObject, kind: 'create' | 'update'): GraphQLInputObjectType {
    const names = objectGraphqlNames(object);
    return new GraphQLInputObjectType({
      name: kind === 'create' ? names.createInput : names.updateInput,
      fields: () => {
        const fields: GraphQLInputFieldConfigMap = {};
        for (const field of object.fields) {
          if (READ_ONLY_FIELD_NAMES.has(field.name) || field.type === 'TS_VECTOR') continue;
          if (isRelationField(field)) {
            if (field.relation?.type !== 'MANY_TO_ONE') continue;
            const target = this.objectOf(field.relation.targetObject);
            fields[field.relation.joinColumn ?? `${field.name}Id`] = { type: this.UUID };
            if (target) fields[field.name] = { type: this.relationInput(target) };
            continue;
          }
          const types = this.fieldTypes(object, field);
          const input = COMPOSITE_TYPES[field.type] && kind === 'update' ? this.composite(field.type).update : types.input;
          fields[field.name] = { type: input };
        }
        return fields;
      },
    });
  }
}

/** Whether the query selects a field directly under this one (fragments aside). */
function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((node) => node.selectionSet?.selections.some((selection) => selection.kind === Kind.FIELD && selection.name.value === name));
}

/** Whether the query selects `totalCount` directly on this connection (fragments fall back to a count query). */
function selectsTotalCount(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.some((node) => node.selectionSet?.selections.some((selection) => selection.kind === Kind.FIELD && selection.name.value === 'totalCount'));
}

export function connectionResult(page: RecordPage) {
  return {
    edges: page.records.map((node, index) => ({ node, cursor: page.cursors[index] })),
    pageInfo: {
      hasNextPage: page.hasNextPage, hasPreviousPage: page.hasPreviousPage,
      startCursor: page.cursors[0] ?? null, endCursor: page.cursors[page.cursors.length - 1] ?? null,
    },
    // graphql-js calls a function-valued field: the count query runs only when totalCount is selected.
    totalCount: () => page.totalCount(),
  };
}

/**
 * The Core API schema of a workspace (`/graphql`), generated from its model with Twenty's naming:
 * per object the connection query, the singular query, and create/update/delete/destroy/restore in
 * one and many. Its SDL (printSchema) is what `applicationCoreGraphqlSchema` serves for client generation.
 */
export function buildCoreGraphqlSchema(model: WorkspaceModel): GraphQLSchema {
  const builder = new SchemaBuilder(model);
  const query: GraphQLFieldConfigMap<unknown, CoreGraphqlContext> = {};
  const mutation: GraphQLFieldConfigMap<unknown, CoreGraphqlContext> = {};
  const written = (context: CoreGraphqlContext, result: WriteResult) => {
    context.onWrite(result);
    return result.records;
  };
  for (const object of model.objects) {
    const names = objectGraphqlNames(object);
    const type = builder.objectType(object);
    const filter = builder.filterType(object);
    const name = object.nameSingular;
    const createInput = builder.inputType(object, 'create');
    const updateInput = builder.inputType(object, 'update');
    const list = new GraphQLList(type);
    const idArg = { id: { type: new GraphQLNonNull(builder.UUID) } };
    query[names.findMany] = {
      type: new GraphQLNonNull(builder.connectionType(object)),
      args: builder.listArgs(object),
      resolve: async (_root, args: FindManyArgs, context, info) => connectionResult(await context.repository.findMany(name, { ...args, withTotal: selectsTotalCount(info) })),
    };
    query[names.findOne] = {
      type,
      args: { filter: { type: new GraphQLNonNull(filter) } },
      resolve: (_root, args: { filter: unknown }, context) => context.repository.findOne(name, args.filter),
    };
    const groupByInputs = builder.groupByInputs(object);
    query[`${object.namePlural}GroupBy`] = {
      type: new GraphQLList(builder.groupByConnectionType(object)),
      args: {
        groupBy: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(groupByInputs.groupBy))) },
        filter: { type: filter },
        orderBy: { type: new GraphQLList(groupByInputs.orderBy) },
        orderByForRecords: { type: new GraphQLList(builder.orderByType(object)) },
        viewId: { type: builder.UUID },
        limit: { type: GraphQLInt },
      },
      resolve: async (_root, args: GroupByArgs & { viewId?: string | null }, context, info) => {
        if (args.viewId) throw new WorkspaceApiError('BAD_USER_INPUT', 'The local workspace has no views: groupBy takes a filter instead of viewId');
        const groups = await context.repository.groupBy(name, { ...args, withRecords: selectsField(info, 'edges') });
        return groups.map((group) => ({ ...connectionResult(group.page), groupByDimensionValues: group.dimensionValues }));
      },
    };
    query[names.findDuplicates] = {
      type: new GraphQLList(builder.connectionType(object)),
      args: { ids: { type: new GraphQLList(new GraphQLNonNull(builder.UUID)) }, data: { type: new GraphQLList(new GraphQLNonNull(createInput)) } },
      resolve: async (_root, args: { ids?: string[] | null; data?: Record<string, unknown>[] | null }, context) => (await context.repository.findDuplicates(name, args)).map(connectionResult),
    };
    mutation[names.createOne] = {
      type, args: { data: { type: new GraphQLNonNull(createInput) }, upsert: { type: GraphQLBoolean } },
      resolve: async (_root, args: { data: Record<string, unknown>; upsert?: boolean }, context) => written(context, await context.repository.create(name, [args.data], { upsert: args.upsert ?? false, actor: context.actor }))[0],
    };
    mutation[names.createMany] = {
      type: list, args: { data: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(createInput))) }, upsert: { type: GraphQLBoolean } },
      resolve: async (_root, args: { data: Record<string, unknown>[]; upsert?: boolean }, context) => written(context, await context.repository.create(name, args.data, { upsert: args.upsert ?? false, actor: context.actor })),
    };
    mutation[names.updateOne] = {
      type, args: { ...idArg, data: { type: new GraphQLNonNull(updateInput) } },
      resolve: async (_root, args: { id: string; data: Record<string, unknown> }, context) => written(context, await context.repository.update(name, { ids: [args.id] }, args.data, { actor: context.actor }))[0],
    };
    mutation[names.updateMany] = {
      type: list, args: { data: { type: new GraphQLNonNull(updateInput) }, filter: { type: new GraphQLNonNull(filter) } },
      resolve: async (_root, args: { data: Record<string, unknown>; filter: unknown }, context) => written(context, await context.repository.update(name, { filter: args.filter }, args.data, { actor: context.actor })),
    };
    for (const [one, many, run] of [
      [names.deleteOne, names.deleteMany, (selector: { ids: string[] } | { filter: unknown }, context: CoreGraphqlContext) => context.repository.setDeleted(name, selector, true, { actor: context.actor })],
      [names.restoreOne, names.restoreMany, (selector: { ids: string[] } | { filter: unknown }, context: CoreGraphqlContext) => context.repository.setDeleted(name, selector, false, { actor: context.actor })],
      [names.destroyOne, names.destroyMany, (selector: { ids: string[] } | { filter: unknown }, context: CoreGraphqlContext) => context.repository.destroy(name, selector)],
    ] as const) {
      mutation[one] = { type, args: idArg, resolve: async (_root, args: { id: string }, context) => written(context, await run({ ids: [args.id] }, context))[0] };
      mutation[many] = { type: list, args: { filter: { type: new GraphQLNonNull(filter) } }, resolve: async (_root, args: { filter: unknown }, context) => written(context, await run({ filter: args.filter }, context)) };
    }
  }
  return new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: query }),
    mutation: new GraphQLObjectType({ name: 'Mutation', fields: mutation }),
  });
}
