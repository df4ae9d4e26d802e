// The studio must see an app exactly as Twenty's SDK does. For each valid fixture app, the
// real `appBuild` of twenty-sdk 2.43 writes .twenty/output/manifest.json; the studio's
// inspector must produce the same application, logic functions, objects, fields and roles.
// For each broken fixture app, the inspector must report the SDK's own wording, located in a
// file and a line, and still list the rest of the app.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { appBuild } from 'twenty-sdk/cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectApp } from '../../src-main/core/project/inspect';
import { copyFixtureApp, type TempApp } from '../helpers/temp-app';

type Entity = Record<string, unknown>;
type InspectResult = Awaited<ReturnType<typeof inspectApp>>;

interface BuiltManifest {
  application: Entity;
  logicFunctions: Entity[];
  objects: Entity[];
  fields: Entity[];
  roles: Entity[];
  skills: Entity[];
  agents: Entity[];
  connectionProviders: Entity[];
}

// Building runs esbuild on every entity file and then tsc on the whole app.
const BUILD_TIMEOUT_MS = 120_000;

const uidOf = (entity: Entity) => String(entity.universalIdentifier);
const byUid = (a: Entity, b: Entity) => (uidOf(a) < uidOf(b) ? -1 : uidOf(a) > uidOf(b) ? 1 : 0);
const sortedByUid = (entities: Entity[]) => [...entities].sort(byUid);

// builtHandlerPath and builtHandlerChecksum describe the bundle appBuild wrote, not the source.
function withoutBuildOutputs({ builtHandlerPath: _path, builtHandlerChecksum: _checksum, ...rest }: Entity): Entity {
  return rest;
}

// appBuild fills packageJsonChecksum / yarnLockChecksum with the md5 of the files it copied to
// .twenty/output; the SDK's manifest builder (the step the studio reproduces) leaves them null.
// Either is accepted: null, or exactly the value appBuild computed.
const BUILD_CHECKSUM_KEYS = ['packageJsonChecksum', 'yarnLockChecksum'] as const;

function expectedApplication(built: Entity, inspected: Entity | null): Entity {
  const expected = { ...built };
  for (const key of BUILD_CHECKSUM_KEYS) {
    if (inspected?.[key] === null) expected[key] = null;
  }
  return expected;
}

function relativeFile(appDir: string, file: string): string {
  const relative = path.isAbsolute(file) ? path.relative(appDir, file) : file;
  return relative.split(path.sep).join('/');
}

interface ValidApp {
  name: string;
  /** Functions that the SDK must ignore (named export, non-call default export, ...). */
  ignoredUids: string[];
}

const VALID_APPS: ValidApp[] = [
  { name: 'basic-app', ignoredUids: [] },
  {
    name: 'all-triggers-app',
    ignoredUids: [
      '2fc71409-7ec9-4c2f-a2b3-8db24b66d6b3', // export const ignoredNamedExport = defineLogicFunction(...)
      'f772c5da-5897-401a-933f-9dc3a63ef5c8', // const config = defineLogicFunction(...); export default config
      '1339d623-c467-4b6c-abef-b0f5cd164c39', // export default sdk.defineLogicFunction(...)
      'e67ab65a-17f2-4194-89eb-c1827f4c47f1', // export default (defineLogicFunction(...))
    ],
  },
  // Server route resolver and its target, health check, uninstall hook, batchMode event, a skill,
  // an agent with a role, a connection provider with an onConnect function.
  { name: 'logic-layer-app', ignoredUids: [] },
];

describe.each(VALID_APPS)('manifest parity: $name', ({ name, ignoredUids }) => {
  let app: TempApp;
  let manifest: BuiltManifest;
  let inspected: InspectResult;

  beforeAll(async () => {
    app = await copyFixtureApp(name);
    const result = await appBuild({ appPath: app.dir, tarball: false });
    expect(result).toEqual({
      success: true,
      data: { outputDir: path.join(app.dir, '.twenty', 'output'), fileCount: expect.any(Number) },
    });
    manifest = JSON.parse(await readFile(path.join(app.dir, '.twenty', 'output', 'manifest.json'), 'utf8'));
    // Inspect the built folder on purpose: it now holds .twenty/output (with copies of the
    // .ts sources) and a node_modules link, both of which discovery must skip.
    inspected = await inspectApp(app.dir);
  }, BUILD_TIMEOUT_MS);

  afterAll(async () => {
    await app?.cleanup();
  });

  it('reports no errors', () => {
    expect(inspected.errors).toEqual([]);
  });

  it('has the same application', () => {
    expect(inspected.application).toEqual(expectedApplication(manifest.application, inspected.application));
  });

  it('has the same logic functions', () => {
    expect(sortedByUid(inspected.logicFunctions)).toEqual(sortedByUid(manifest.logicFunctions.map(withoutBuildOutputs)));
  });

  it('ignores what the SDK ignores', () => {
    const listed = inspected.logicFunctions.map(uidOf);
    for (const uid of ignoredUids) expect(listed).not.toContain(uid);
  });

  // Objects include what the SDK adds: the default "name" field when an object has none
  // (universalIdentifier from getFieldUniversalIdentifier), its use as the label identifier,
  // and an id for each SELECT option without one (uuid v5 of `${label}-${fieldUid}`). All of
  // it is deterministic, so the comparison is exact.
  it('has the same objects', () => {
    expect(sortedByUid(inspected.objects)).toEqual(sortedByUid(manifest.objects));
  });

  it('has the same fields', () => {
    expect(sortedByUid(inspected.fields)).toEqual(sortedByUid(manifest.fields));
  });

  // Roles include the SDK's defaults (empty permission lists) and the universalIdentifier it
  // derives for an object permission that has none (all-triggers-app).
  it('has the same roles', () => {
    expect(sortedByUid(inspected.roles)).toEqual(sortedByUid(manifest.roles));
  });

  it('has the same skills, agents and connection providers', () => {
    expect(sortedByUid(inspected.skills)).toEqual(sortedByUid(manifest.skills));
    expect(sortedByUid(inspected.agents)).toEqual(sortedByUid(manifest.agents));
    expect(sortedByUid(inspected.connectionProviders)).toEqual(sortedByUid(manifest.connectionProviders));
  });
});

interface ExpectedProblem {
  message: string;
  /** The problem must be located in one of these files (relative to the app). */
  files: string[];
  /** Exact line when it is unambiguous; otherwise any line > 0. */
  line?: number;
}

interface BrokenApp {
  name: string;
  /** What `appBuild` of twenty-sdk 2.43 returns for this app (checked again by the test). */
  sdkError: { code: string; message: string | RegExp };
  problems: ExpectedProblem[];
  /** Functions that must still be listed despite the error. */
  stillListed: string[];
}

const BROKEN_APPS: BrokenApp[] = [
  {
    name: 'broken-syntax-app',
    // appBuild: { code: 'BUILD_FAILED', message: 'Build failed with 1 error:\n
    //   <path relative to the cwd>/src/logic-functions/broken.ts:7:30: ERROR: Unexpected ";"' }
    // (esbuild throws while the manifest is being built; the column is 0-based.)
    sdkError: { code: 'BUILD_FAILED', message: /src\/logic-functions\/broken\.ts:7:30: ERROR: Unexpected ";"/ },
    problems: [{ message: 'Unexpected ";"', files: ['src/logic-functions/broken.ts'], line: 7 }],
    stillListed: ['5a77baa2-4ef1-47c0-bb23-4210158ce6b8'],
  },
  {
    name: 'broken-duplicate-uid-app',
    // appBuild: { code: 'MANIFEST_BUILD_FAILED',
    //   message: 'Duplicate universal identifiers: 0bbca72e-47c0-4a2a-a29f-57ba4d6d5068' }
    sdkError: { code: 'MANIFEST_BUILD_FAILED', message: 'Duplicate universal identifiers: 0bbca72e-47c0-4a2a-a29f-57ba4d6d5068' },
    problems: [
      {
        message: 'Duplicate universal identifiers: 0bbca72e-47c0-4a2a-a29f-57ba4d6d5068',
        files: ['src/logic-functions/first-copy.ts', 'src/logic-functions/second-copy.ts'],
      },
    ],
    stillListed: ['a43d41af-b69f-4a86-9435-f39e5478a932', '0bbca72e-47c0-4a2a-a29f-57ba4d6d5068'],
  },
  {
    name: 'broken-invalid-uid-app',
    // appBuild: { code: 'MANIFEST_BUILD_FAILED', message: 'Invalid universal identifiers:
    //   Universal identifier "7a8c9870-e607-11f1-90a8-13488f37c6fa" is UUID version 1. Only UUID
    //   version 4 or higher is allowed., Universal identifier "not-a-uuid" is not a valid UUID.' }
    // (one line; the SDK joins the per-identifier sentences with ", ").
    sdkError: {
      code: 'MANIFEST_BUILD_FAILED',
      message:
        'Invalid universal identifiers: Universal identifier "7a8c9870-e607-11f1-90a8-13488f37c6fa" is UUID version 1. ' +
        'Only UUID version 4 or higher is allowed., Universal identifier "not-a-uuid" is not a valid UUID.',
    },
    problems: [
      { message: 'Universal identifier "not-a-uuid" is not a valid UUID.', files: ['src/logic-functions/not-a-uuid.ts'] },
      {
        message:
          'Universal identifier "7a8c9870-e607-11f1-90a8-13488f37c6fa" is UUID version 1. Only UUID version 4 or higher is allowed.',
        files: ['src/logic-functions/uuid-v1.ts'],
      },
    ],
    stillListed: ['fa18d854-ad9f-4fbc-8325-c3ec067fc4dd'],
  },
  {
    name: 'broken-no-default-role-app',
    // appBuild: { code: 'MANIFEST_BUILD_FAILED', message: 'Application must declare a default role:
    //   either pass `defaultRoleUniversalIdentifier` to defineApplication() or mark a role file
    //   with defineApplicationRole()' }
    sdkError: {
      code: 'MANIFEST_BUILD_FAILED',
      message:
        'Application must declare a default role: either pass `defaultRoleUniversalIdentifier` to defineApplication() ' +
        'or mark a role file with defineApplicationRole()',
    },
    problems: [
      {
        message:
          'Application must declare a default role: either pass `defaultRoleUniversalIdentifier` to defineApplication() ' +
          'or mark a role file with defineApplicationRole()',
        files: ['src/application-config.ts'],
      },
    ],
    stillListed: ['91228d85-3ad2-4b15-98c3-2ce5019f5ed8'],
  },
  {
    name: 'broken-two-post-install-app',
    // appBuild: { code: 'MANIFEST_BUILD_FAILED',
    //   message: 'Only one post install logic function is allowed per application' }
    sdkError: { code: 'MANIFEST_BUILD_FAILED', message: 'Only one post install logic function is allowed per application' },
    problems: [
      {
        message: 'Only one post install logic function is allowed per application',
        files: ['src/logic-functions/post-install-a.ts', 'src/logic-functions/post-install-b.ts'],
      },
    ],
    stillListed: [
      '207d6647-253d-41b1-9de9-5be1da0a5ee0',
      '28b414cf-7669-487e-a7f2-12631863a3bb',
      'ba0d27f5-87f8-46c7-aa1f-9ea598363a70',
    ],
  },
  {
    name: 'broken-sdk-validation-app',
    // appBuild: { code: 'MANIFEST_BUILD_FAILED',
    //   message: 'Cron trigger must have a pattern\nRoute trigger must have a path' }
    // (defineLogicFunction's own errors, one per line, in file discovery order.)
    sdkError: { code: 'MANIFEST_BUILD_FAILED', message: 'Cron trigger must have a pattern\nRoute trigger must have a path' },
    problems: [
      { message: 'Route trigger must have a path', files: ['src/logic-functions/route-without-path.ts'] },
      { message: 'Cron trigger must have a pattern', files: ['src/logic-functions/cron-without-pattern.ts'] },
    ],
    stillListed: ['369e3078-9501-472e-ac04-3a4b42089f6b'],
  },
];

describe.each(BROKEN_APPS)('broken app: $name', ({ name, sdkError, problems, stillListed }) => {
  let app: TempApp;
  let buildResult: Awaited<ReturnType<typeof appBuild>>;
  let inspected: InspectResult;

  beforeAll(async () => {
    app = await copyFixtureApp(name);
    buildResult = await appBuild({ appPath: app.dir, tarball: false });
    inspected = await inspectApp(app.dir);
  }, BUILD_TIMEOUT_MS);

  afterAll(async () => {
    await app?.cleanup();
  });

  it('fails the real SDK build with the recorded error', () => {
    expect(buildResult.success).toBe(false);
    if (buildResult.success) return;
    expect(buildResult.error.code).toBe(sdkError.code);
    if (typeof sdkError.message === 'string') expect(buildResult.error.message).toBe(sdkError.message);
    else expect(buildResult.error.message).toMatch(sdkError.message);
  });

  it.each(problems)('reports "$message" in its file', ({ message, files, line }) => {
    const located = inspected.errors.map((error) => ({ ...error, file: relativeFile(app.dir, error.file) }));
    const match = located.find((error) => error.message.includes(message) && files.includes(error.file));
    expect(match, `no error containing ${JSON.stringify(message)} in ${files.join(' or ')}; got ${JSON.stringify(located, null, 2)}`).toBeDefined();
    if (line === undefined) expect(match!.line).toBeGreaterThan(0);
    else expect(match!.line).toBe(line);
  });

  it('still lists the rest of the app', () => {
    const listed = inspected.logicFunctions.map(uidOf);
    for (const uid of stillListed) expect(listed).toContain(uid);
  });
});
