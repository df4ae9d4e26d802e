import { describe, expect, it } from 'vitest';
import { payloadTemplate, savedPayloadStaleness, sdkShapeStaleness, type SavedPayload } from '../saved-payload';
import { extractPayloadShapes } from './payload-shapes';
import { conformToShape, shapeForPayload, topLevelMismatch, type SdkPayloadShapes } from './shape';

/** The payload types as twenty-sdk 2.43 declares them, cut down to what the extractor follows. */
const SDK_2_43 = `
declare enum HTTPMethod { GET = "GET", POST = "POST" }
type LogicFunctionEvent<TBody = object> = {
    headers: Record<string, string | undefined>;
    queryStringParameters: Record<string, string | undefined>;
    pathParameters: Record<string, string | undefined>;
    body: TBody | null;
    rawBody?: string;
    isBase64Encoded: boolean;
    requestContext: {
        http: {
            method: string;
            path: string;
        };
    };
    userWorkspaceId: string | null;
};
type InstallPayload = {
    previousVersion?: string;
    newVersion: string;
};
type UninstallPayload = {
    version?: string;
};
type Properties<T> = {
    updatedFields?: string[];
    before?: T;
    after?: T;
};
declare class ObjectRecordBaseEvent<T = object> {
    recordId: string;
    userId?: string;
    properties: Properties<T>;
    static create(): void;
}
declare class ObjectRecordCreateEvent<T = object> extends ObjectRecordBaseEvent<T> {
    properties: {
        after: T;
    };
}
declare class ObjectRecordUpdateEvent<T = object> extends ObjectRecordBaseEvent<T> {
    properties: {
        updatedFields: string[];
        before: T;
        after: T;
    };
}
type ObjectRecordEvent<T = object> = ObjectRecordUpdateEvent<T> | ObjectRecordCreateEvent<T>;
interface Meta { id: string; nameSingular: string; method: HTTPMethod }
type DatabaseEventMetadata = {
    name: string;
    workspaceId: string;
    objectMetadata: Omit<Meta, 'method'>;
};
type DatabaseEventPayload<T = ObjectRecordEvent> = DatabaseEventMetadata & T;
type DatabaseEventBatchPayload<T = ObjectRecordEvent> = DatabaseEventMetadata & {
    events: T[];
};
export { ObjectRecordCreateEvent, ObjectRecordUpdateEvent };
export type { DatabaseEventPayload, DatabaseEventBatchPayload, InstallPayload, UninstallPayload, LogicFunctionEvent as RoutePayload };
`;

/** The same SDK a version later, with RoutePayload's isBase64Encoded renamed. */
const SDK_RENAMED = SDK_2_43.replace('isBase64Encoded: boolean;', 'isBase64: boolean;');

const routeFunction = { defineFunction: 'defineLogicFunction', config: { httpRouteTriggerSettings: { path: '/items/:id', httpMethod: 'GET' } } };

describe('extractPayloadShapes (synthetic d.ts)', () => {
  const shapes = extractPayloadShapes(SDK_2_43);

  it('follows an exported alias, generics with defaults and nested object literals', () => {
    expect(shapes.route?.name).toBe('RoutePayload');
    expect(Object.keys(shapes.route!.properties)).toEqual(['headers', 'queryStringParameters', 'pathParameters', 'body', 'rawBody', 'isBase64Encoded', 'requestContext', 'userWorkspaceId']);
    expect(shapes.route!.properties.rawBody).toMatchObject({ optional: true, kind: 'string' });
    expect(shapes.route!.properties.body).toMatchObject({ optional: false, kind: 'object', nullable: true, type: 'TBody | null' });
    expect(shapes.route!.properties.headers).toMatchObject({ kind: 'object', type: 'Record<string, string | undefined>' });
    expect(shapes.route!.properties.headers.shape).toBeUndefined();
    expect(shapes.route!.properties.requestContext.shape?.properties.http.shape?.properties).toMatchObject({ method: { optional: false, kind: 'string' }, path: { optional: false } });
  });

  it('reads install and uninstall payloads', () => {
    expect(shapes.install?.properties).toMatchObject({ previousVersion: { optional: true }, newVersion: { optional: false, kind: 'string' } });
    expect(shapes.uninstall?.properties).toEqual({ version: { optional: true, type: 'string', kind: 'string', nullable: false } });
  });

  it('follows intersections, classes with extends, unions of events and Omit', () => {
    const event = shapes.databaseEvent!;
    expect(Object.keys(event.properties).sort()).toEqual(['name', 'objectMetadata', 'properties', 'recordId', 'userId', 'workspaceId']);
    expect(event.properties.userId.optional).toBe(true);
    expect(Object.keys(event.properties.objectMetadata.shape!.properties)).toEqual(['id', 'nameSingular']);
    // In the union, updatedFields and before only exist on some events: optional.
    expect(event.properties.properties.shape?.properties).toMatchObject({ after: { optional: false }, before: { optional: true }, updatedFields: { optional: true } });
    expect(shapes.databaseEventProperties.created?.properties).toEqual({ after: expect.objectContaining({ optional: false, kind: 'object' }) });
    expect(Object.keys(shapes.databaseEventProperties.updated!.properties)).toEqual(['updatedFields', 'before', 'after']);
    expect(shapes.databaseEventProperties.deleted).toBeUndefined();
    expect(shapes.databaseEventBatch?.properties.events).toMatchObject({ optional: false, kind: 'array' });
  });

  it('leaves out a type the file does not declare, and stops at unknown references', () => {
    const partial = extractPayloadShapes('type InstallPayload = { newVersion: Version; extra: Array<string> };');
    expect(partial.route).toBeUndefined();
    expect(partial.install?.properties).toMatchObject({ newVersion: { kind: 'unknown', type: 'Version' }, extra: { kind: 'array' } });
  });
});

describe('templates and staleness against the SDK types', () => {
  const sdk243: SdkPayloadShapes = { version: '2.43.0', shapes: extractPayloadShapes(SDK_2_43) };
  const sdkRenamed: SdkPayloadShapes = { version: '2.44.0', shapes: extractPayloadShapes(SDK_RENAMED) };
  const routeSaved = (payload: unknown): SavedPayload => ({
    version: 1,
    function: { universalIdentifier: 'u-1', name: 'get-item' },
    trigger: 'route',
    inputs: { method: 'GET', url: '/s/items/42' },
    payload,
  });

  it('a template built for 2.43 fits 2.43 as is, and notes the version', () => {
    const built = payloadTemplate(routeFunction, 'route', '1.0.0');
    const checked = payloadTemplate(routeFunction, 'route', '1.0.0', sdk243);
    expect(checked).toEqual({ ...built, sdkVersion: '2.43.0' });
    expect(sdkShapeStaleness(routeSaved(built.payload), sdk243)).toBeNull();
  });

  it('under an SDK that renamed a key, the template gets the new key and a warning for the old one', () => {
    const template = payloadTemplate(routeFunction, 'route', '1.0.0', sdkRenamed);
    expect(template.sdkVersion).toBe('2.44.0');
    expect(template.payload).toMatchObject({ isBase64: null, isBase64Encoded: false });
    expect(template.warnings).toEqual([`twenty-sdk 2.44.0's RoutePayload does not declare "isBase64Encoded".`]);
  });

  it('a payload built for 2.43 is stale under an SDK that renamed a key, naming the key and the version', () => {
    const payload = payloadTemplate(routeFunction, 'route', '1.0.0').payload;
    const reason = savedPayloadStaleness(routeSaved(payload), { universalIdentifier: 'u-1', ...routeFunction }, sdkRenamed);
    expect(reason).toBe('The payload no longer matches RoutePayload in twenty-sdk 2.44.0: the required key "isBase64" is missing; "isBase64Encoded" is not declared by the type.');
    // Without the SDK's types, only the function is checked.
    expect(savedPayloadStaleness(routeSaved(payload), { universalIdentifier: 'u-1', ...routeFunction })).toBeNull();
  });

  it('install templates leave the optional previousVersion out; a missing required key is stale', () => {
    const hook = { defineFunction: 'definePostInstallLogicFunction', config: {} };
    expect(payloadTemplate(hook, undefined, '1.2.0', sdk243)).toMatchObject({ trigger: 'postInstall', payload: { newVersion: '1.2.0' }, sdkVersion: '2.43.0' });
    expect(sdkShapeStaleness({ trigger: 'postInstall', payload: { previousVersion: '1.0.0', newVersion: '1.2.0' } }, sdk243)).toBeNull();
    expect(sdkShapeStaleness({ trigger: 'postInstall', payload: { version: '1.2.0' } }, sdk243)).toMatch(/InstallPayload in twenty-sdk 2\.43\.0: the required key "newVersion" is missing; "version" is not declared/);
  });

  it('database events: the operation\'s properties complete the template; a batch is checked as a batch', () => {
    const fn = { defineFunction: 'defineLogicFunction', config: { databaseEventTriggerSettings: { eventName: 'company.created' } } };
    const template = payloadTemplate(fn, 'databaseEvent', null, sdk243);
    expect(template.payload).toMatchObject({ name: 'company.created', properties: { after: expect.any(Object) } });
    // The synthetic SDK's metadata declares fewer fields than the builder produces.
    expect(template.warnings).toContain(`twenty-sdk 2.43.0's DatabaseEventPayload does not declare "objectMetadata.namePlural".`);
    expect(sdkShapeStaleness({ trigger: 'databaseEvent', payload: { name: 'company.created', workspaceId: 'w', objectMetadata: {}, events: [] } }, sdk243)).toBeNull();
    expect(sdkShapeStaleness({ trigger: 'databaseEvent', payload: { name: 'company.created', workspaceId: 'w', objectMetadata: {}, events: [], recordId: 'x' } }, sdk243))
      .toMatch(/DatabaseEventBatchPayload .*"recordId" is not declared/);
  });

  it('triggers without a declared type are not checked', () => {
    expect(sdkShapeStaleness({ trigger: 'cron', payload: { anything: 1 } }, sdk243)).toBeNull();
    expect(shapeForPayload(sdk243.shapes, 'tool', {})).toBeUndefined();
  });
});

describe('conformToShape', () => {
  const shape = extractPayloadShapes(SDK_2_43).route!;

  it('adds required keys with an empty value by type, recursively, leaving optional ones out', () => {
    const result = conformToShape({ headers: { a: '1' }, requestContext: { http: { method: 'GET' } }, extra: 1 }, shape);
    expect(result.payload).toEqual({
      headers: { a: '1' },
      requestContext: { http: { method: 'GET', path: null } },
      extra: 1,
      queryStringParameters: {},
      pathParameters: {},
      body: null,
      isBase64Encoded: null,
      userWorkspaceId: null,
    });
    expect(result.added).toEqual(['requestContext.http.path', 'queryStringParameters', 'pathParameters', 'body', 'isBase64Encoded', 'userWorkspaceId']);
    expect(result.undeclared).toEqual(['extra']);
    expect(topLevelMismatch({ extra: 1 }, shape)).toEqual({ missing: ['headers', 'queryStringParameters', 'pathParameters', 'body', 'isBase64Encoded', 'requestContext', 'userWorkspaceId'], undeclared: ['extra'] });
  });
});
