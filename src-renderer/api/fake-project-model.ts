import type { Entity, JsonObject, ProjectModel } from '../../src-shared/contract';

/** A valid, empty project model to build test scenarios from. */
export function fakeProjectModel(overrides: Partial<ProjectModel> = {}): ProjectModel {
  return {
    appDir: '/apps/demo',
    packageName: 'demo-app',
    version: '0.1.0',
    engines: {},
    dependencies: { state: 'ok', packageManager: 'yarn', sdkVersion: '2.43.0', clientSdkVersion: '2.43.0', message: null },
    entities: [],
    manifest: { application: null, objects: [], fields: [], roles: [], logicFunctions: [], other: {} },
    files: [],
    problems: [],
    revision: 1,
    evaluationMs: 12,
    ...overrides,
  };
}

/** An entity as the core reports it, with the defaults a test rarely cares about. */
export function fakeEntity(defineFunction: string, file: string, config: JsonObject | null, overrides: Partial<Entity> = {}): Entity {
  return {
    file,
    defineFunction,
    section: 'logicFunctions',
    line: 3,
    column: 16,
    universalIdentifier: typeof config?.universalIdentifier === 'string' ? config.universalIdentifier : null,
    config,
    stale: false,
    ...overrides,
  };
}
