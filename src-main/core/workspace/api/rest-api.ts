import { isRelationField } from '../../../../src-shared/twenty/workspace-model/composite-types';
import type { WorkspaceObject } from '../../../../src-shared/twenty/workspace-model/model-types';
import type { WorkspaceRecord } from '../sql/record-codec';
import type { RecordRepository, WriteActor, WriteResult } from '../sql/record-repository';
import { badInput, WorkspaceApiError } from '../workspace-error';
import { objectGraphqlNames } from './graphql-naming';
import { parseRestFilter, parseRestOrderBy } from './rest-filter-parser';

/** Twenty's REST default page (QUERY_DEFAULT_LIMIT_RECORDS of the 2.4x servers) and its cap. */
export const REST_DEFAULT_LIMIT = 60;
export const REST_MAX_LIMIT = 200;

export interface RestRequest { method: string; path: string; query: URLSearchParams; body: unknown }
export interface RestResponse { status: number; body: unknown }

export interface RestContext {
  repository: RecordRepository;
  actor: WriteActor;
  onWrite(result: WriteResult): void;
}

/** The server's REST error body. */
export function restError(error: WorkspaceApiError): RestResponse {
  const names: Record<number, string> = { 400: 'BadRequestException', 401: 'UnauthorizedException', 403: 'ForbiddenException', 404: 'NotFoundException', 405: 'MethodNotAllowedException', 409: 'ConflictException', 500: 'InternalServerErrorException' };
  // The server answers a missing record with 400 on REST (its exception filter's default); an unknown
  // route stays Nest's 404.
  const status = error.code === 'NOT_FOUND' && error.message === 'Record not found' ? 400 : error.status;
  return { status, body: { statusCode: status, error: names[status] ?? 'BadRequestException', messages: [error.message] } };
}

async function withRelations(repository: RecordRepository, object: WorkspaceObject, records: WorkspaceRecord[], depth: number): Promise<WorkspaceRecord[]> {
  if (depth < 1 || records.length === 0) return records;
  const expanded = records.map((record) => ({ ...record }));
  for (const field of object.fields) {
    if (!isRelationField(field) || !field.relation) continue;
    const target = repository.model.objects.find((candidate) => candidate.nameSingular === field.relation!.targetObject);
    if (!target) continue;
    if (field.relation.type === 'MANY_TO_ONE') {
      const column = field.relation.joinColumn ?? `${field.name}Id`;
      const ids = [...new Set(expanded.map((record) => record[column]).filter((id): id is string => typeof id === 'string'))];
      const byId = new Map((await repository.findByColumn(target.nameSingular, 'id', ids)).map((record) => [record.id, record]));
      for (const record of expanded) record[field.name] = typeof record[column] === 'string' ? byId.get(record[column] as string) ?? null : null;
    } else {
      const inverse = target.fields.find((candidate) => candidate.name === field.relation!.inverseField);
      const column = inverse?.relation?.joinColumn ?? `${field.relation.inverseField}Id`;
      const related = await repository.findByColumn(target.nameSingular, column, expanded.map((record) => String(record.id)));
      for (const record of expanded) record[field.name] = related.filter((item) => item[column] === record.id);
    }
  }
  return expanded;
}

function parseDepth(query: URLSearchParams): number {
  const raw = query.get('depth');
  if (raw === null) return 0;
  if (raw !== '0' && raw !== '1') throw badInput(`'depth=${raw}' parameter invalid. Allowed values are 0, 1`);
  return Number(raw);
}

function parseLimit(query: URLSearchParams): number {
  const raw = query.get('limit');
  if (raw === null) return REST_DEFAULT_LIMIT;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 0) throw badInput(`limit '${raw}' is invalid. Should be an integer`);
  return Math.min(limit, REST_MAX_LIMIT);
}

/**
 * `/rest/<plural>[/<id>]` and `/rest/batch/<plural>` over the repository, with the server's routes,
 * query parameters (filter, order_by, limit, starting_after, ending_before, depth, upsert,
 * soft_delete), response shapes and status codes.
 */
export async function handleRest(request: RestRequest, context: RestContext): Promise<RestResponse> {
  const { repository } = context;
  const segments = request.path.replace(/^\/rest\/?/, '').split('/').filter(Boolean).map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      // A malformed escape (`%E0%A4%A`) is the client's error, not the server's.
      throw badInput(`object '${segment}' not found. eg: companies`);
    }
  });
  const batch = segments[0] === 'batch';
  if (batch) segments.shift();
  const [plural, id, action] = segments;
  if (!plural) throw badInput(`object '' not found. eg: companies`);
  const object = repository.model.objects.find((candidate) => candidate.namePlural === plural);
  if (!object) {
    const singular = repository.model.objects.find((candidate) => candidate.nameSingular === plural);
    throw badInput(`object '${plural}' not found. ${singular ? `Did you mean '${singular.namePlural}'?` : 'eg: companies'}`);
  }
  const names = objectGraphqlNames(object);
  const write = (result: WriteResult) => {
    context.onWrite(result);
    return result.records;
  };
  const upsert = request.query.get('upsert') === 'true';
  switch (request.method) {
    case 'GET': {
      const depth = parseDepth(request.query);
      if (id) {
        const record = await repository.findOne(object.nameSingular, { id: { eq: id } });
        if (!record) throw new WorkspaceApiError('NOT_FOUND', 'Record not found');
        return { status: 200, body: { data: { [object.nameSingular]: (await withRelations(repository, object, [record], depth))[0] } } };
      }
      const limit = parseLimit(request.query);
      const before = request.query.get('ending_before');
      const page = await repository.findMany(object.nameSingular, {
        filter: request.query.get('filter') ? parseRestFilter(request.query.get('filter')!) : undefined,
        orderBy: request.query.get('order_by') ? parseRestOrderBy(request.query.get('order_by')!) : undefined,
        ...(before ? { before, last: limit } : { first: limit, after: request.query.get('starting_after') ?? undefined }),
      });
      return {
        status: 200,
        body: {
          data: { [object.namePlural]: await withRelations(repository, object, page.records, depth) },
          totalCount: await page.totalCount(),
          pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: page.hasPreviousPage, startCursor: page.cursors[0] ?? null, endCursor: page.cursors[page.cursors.length - 1] ?? null },
        },
      };
    }
    case 'POST': {
      if (batch) {
        if (!Array.isArray(request.body)) throw badInput('Body must be an array');
        if (request.body.length === 0) throw badInput('Input must not be empty');
        const records = write(await repository.create(object.nameSingular, request.body as Record<string, unknown>[], { upsert, actor: context.actor }));
        return { status: 201, body: { data: { [names.createMany]: records } } };
      }
      if (!request.body || typeof request.body !== 'object' || Array.isArray(request.body)) throw badInput('Body must be an object');
      const [record] = write(await repository.create(object.nameSingular, [request.body as Record<string, unknown>], { upsert, actor: context.actor }));
      return { status: 201, body: { data: { [names.createOne]: record } } };
    }
    case 'PATCH': case 'PUT': {
      if (!id) throw badInput('Record id missing: PATCH /rest/<object>/<id>');
      if (action === 'restore') {
        const [record] = write(await repository.setDeleted(object.nameSingular, { ids: [id] }, false, { actor: context.actor }));
        return { status: 200, body: { data: { [names.restoreOne]: record } } };
      }
      if (!request.body || typeof request.body !== 'object' || Array.isArray(request.body)) throw badInput('Body must be an object');
      const [record] = write(await repository.update(object.nameSingular, { ids: [id] }, request.body as Record<string, unknown>, { actor: context.actor }));
      return { status: 200, body: { data: { [names.updateOne]: record } } };
    }
    case 'DELETE': {
      if (!id) throw badInput('Record id missing: DELETE /rest/<object>/<id>');
      const soft = request.query.get('soft_delete') === 'true';
      const [record] = write(soft
        ? await repository.setDeleted(object.nameSingular, { ids: [id] }, true, { actor: context.actor })
        : await repository.destroy(object.nameSingular, { ids: [id] }));
      return { status: 200, body: { data: { [names.deleteOne]: record } } };
    }
    default:
      throw new WorkspaceApiError('METHOD_NOT_ALLOWED', `Cannot ${request.method} ${request.path}`);
  }
}
