// The studio assembles the manifest in the shape of the app's own twenty-sdk line. For every line
// the npm registry serves (test/fixtures/sdk-lines/lines.json), the golden is the manifest.json
// that line's REAL appBuild wrote for the line's fixture app (scripts/sdk-line-goldens.mjs; each
// golden says where it came from). Here the studio inspects the same fixture app with that version
// installed and must produce the golden's application, objects, fields, roles and functions.
//
// "Installed" means, where scripts/sdk-line-goldens.mjs left it ($TWENTY_SDK_LINES_DIR, default
// /tmp/twenty-sdk-lines/<version>), that version's real install: everything is that line's, the
// define*() functions that evaluate the configs included. Elsewhere (CI installs no old SDK) the app
// gets a twenty-sdk whose package.json says the version around the repo's 2.43 code: the studio picks
// the line's shape from the version, as for any app, but the configs are evaluated by 2.43's define*().
// The one difference that makes on this fixture is listed in DEFINE_2_43_ADDS, and applied only then.
import { mkdtemp, readdir, readFile, realpath, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectApp } from '../../src-main/core/project/inspect';
import { readLines, SDK_LINES_DIR, VARIANTS, writeLineApp, type Variant } from '../fixtures/sdk-lines/fixture-app.mjs';
import { nodeModulesWithSdkVersion } from '../helpers/sdk-version-shim';

type Entity = Record<string, unknown>;
interface Golden { $source: string; sdkVersion: string; manifest: Record<string, Entity[]> & { application: Entity } }

const lines = await readLines();
const versions = Object.keys(lines);

const LINE_INSTALLS = process.env.TWENTY_SDK_LINES_DIR ?? path.join(tmpdir(), 'twenty-sdk-lines');

/** The real install of a line, if scripts/sdk-line-goldens.mjs left one here. */
async function realInstall(version: string): Promise<string | null> {
  const modules = path.join(LINE_INSTALLS, version, 'node_modules');
  const packageJson = path.join(modules, 'twenty-sdk', 'package.json');
  if (!existsSync(packageJson)) return null;
  return (JSON.parse(await readFile(packageJson, 'utf8')) as Entity).version === version ? modules : null;
}

/**
 * What 2.43's defineApplication() adds to the evaluated config that an older line's does not (it
 * turns screenshots / logoUrl into galleryImages / logo, dropping external URLs): from twenty-sdk
 * 2.23 on the build adds galleryImages itself, so only the lines before it see a difference.
 */
function define243Adds(version: string): Entity {
  const [major, minor] = version.split('.').map(Number);
  return major === 2 && minor < 23 ? { galleryImages: [] } : {};
}

const uidOf = (entity: Entity) => String(entity.universalIdentifier);
const sortedByUid = (entities: Entity[]) => [...entities].sort((a, b) => uidOf(a).localeCompare(uidOf(b)));
const withoutBuildOutputs = ({ builtHandlerPath: _path, builtHandlerChecksum: _checksum, ...rest }: Entity): Entity => rest;

it('has a golden for every line the registry serves', async () => {
  // lines.json lists npm view twenty-sdk versions (one per minor line) at the time the goldens were made.
  expect(versions).toEqual(['2.4.0', '2.13.0', '2.23.0', '2.26.0', '2.33.0', '2.35.0', '2.37.0', '2.38.0', '2.40.0', '2.43.0']);
  const goldens = (await readdir(path.join(SDK_LINES_DIR, 'goldens'))).filter((name) => name.endsWith('.json')).sort();
  expect(goldens).toEqual(cases.map(({ version, variant }) => goldenName(version, variant)).sort());
});

const goldenName = (version: string, variant: Variant) => (variant === 'app' ? `${version}.json` : `${version}.${variant}.json`);
const cases = versions.flatMap((version) => VARIANTS.map((variant) => ({ version, variant })));

describe.each(cases)('twenty-sdk $version ($variant): the studio builds the manifest its real build writes', ({ version, variant }) => {
  let dir: string;
  let golden: Golden;
  let inspected: Awaited<ReturnType<typeof inspectApp>>;
  let real: boolean;

  beforeAll(async () => {
    golden = JSON.parse(await readFile(path.join(SDK_LINES_DIR, 'goldens', goldenName(version, variant)), 'utf8')) as Golden;
    dir = await realpath(await mkdtemp(path.join(tmpdir(), `sdk-line-parity-${version}-`)));
    await writeLineApp(dir, version, lines[version], variant);
    const installed = await realInstall(version);
    real = installed !== null;
    if (installed) await symlink(installed, path.join(dir, 'node_modules'), 'dir');
    else await nodeModulesWithSdkVersion(path.join(dir, 'node_modules'), version);
    inspected = await inspectApp(dir);
  }, 60_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('comes from that version\'s real build', () => {
    expect(golden.sdkVersion).toBe(version);
    expect(golden.$source).toContain(`real appBuild of twenty-sdk ${version}`);
    expect(golden.$source).toContain(`variant ${variant}`);
  });

  it('reports no errors and no shape warning', () => {
    expect(inspected.errors).toEqual([]);
    expect(inspected.warnings.filter((warning) => warning.message.includes('the manifest is assembled as'))).toEqual([]);
  });

  it('has the same application', () => {
    expect(inspected.application).toEqual(real ? golden.manifest.application : { ...golden.manifest.application, ...define243Adds(version) });
  });

  it('has the same objects (system and relation fields on the older lines)', () => {
    expect(sortedByUid(inspected.objects)).toEqual(sortedByUid(golden.manifest.objects));
  });

  it('has the same fields (the target<Object> side of each relation on the older lines)', () => {
    expect(sortedByUid(inspected.fields)).toEqual(sortedByUid(golden.manifest.fields));
  });

  it('has the same roles (permission ids and flags of the line)', () => {
    expect(sortedByUid(inspected.roles)).toEqual(sortedByUid(golden.manifest.roles));
  });

  it('has the same logic functions', () => {
    expect(sortedByUid(inspected.logicFunctions)).toEqual(sortedByUid(golden.manifest.logicFunctions.map(withoutBuildOutputs)));
  });
});
