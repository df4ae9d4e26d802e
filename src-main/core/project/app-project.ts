import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DependencyStatus, Entity, JsonObject, ManifestView, Problem, ProjectModel, TypecheckStatus } from '../../../src-shared/contract';
import type { TypecheckOutcome } from '../typecheck/app-typecheck';
import { sdkBuildChecks } from '../../../src-shared/twenty/sdk-checks/sdk-build-checks';
import { emptyInferenceReason } from '../../../src-shared/twenty/input-schema-inference';
import { conditionalAvailabilityImportProblems } from '../../../src-shared/twenty/conditional-availability';
import { discoverEntity, isDiscoverableSourcePath, type FileDiscovery } from '../../../src-shared/twenty/entity-discovery';
import { assembleManifest, stripFunctionMarkers, type AppFiles } from '../../../src-shared/twenty/manifest-assembly';
import { manifestShapeFor } from '../../../src-shared/twenty/sdk-lines/manifest-shape';
import type { RouteFunction } from '../../../src-shared/twenty/route';
import { isLogicFunctionDefine } from '../../../src-shared/twenty/source-edit/config-paths';
import { locateConfigValue } from '../../../src-shared/twenty/source-edit/value-location';
import { validateLogicFunction } from '../../../src-shared/twenty/validation/logic-function-validation';
import { buildWorkspaceModel } from '../../../src-shared/twenty/workspace-model/build-model';
import type { StandardModelFile } from '../../../src-shared/twenty/workspace-model/model-types';
import standard243 from '../../../src-shared/twenty/workspace-model/standard/2.43.json';
import { checkLogicLayer } from '../../../src-shared/twenty/validation/logic-layer-checks';
import { eventObjects } from '../payloads/event-objects';
import { contentVersion, listAppFiles, md5, uuidV5 } from './app-files';
import { bundleEntities } from './config-bundler';
import { ConfigEvaluator, type EvaluationOutcome } from './config-evaluator';
import { dependencyStatus } from './dependency-status';
import { EvaluationCache } from './evaluation-cache';
import { positionForProperty, propertyForMessage } from './problem-location';

interface SourceRecord {
  version: string;
  text: string;
  /** Parsed on first use (TypeScript's parser): a load whose model comes from the cache parses nothing. */
  readonly discovery: FileDiscovery;
}

const sourceRecord = (file: string, version: string, text: string): SourceRecord => {
  let discovery: FileDiscovery | undefined;
  return {
    version,
    text,
    get discovery() {
      return (discovery ??= discoverEntity(file, text));
    },
  };
};

/** What the evaluation cache keeps for an app: the evaluated entities and, for a load, the model built from them. */
interface CachedEvaluation {
  records: [string, EntityRecord][];
  otherInputs: Record<string, string>;
  /** The model a load built, with the version of what the key does not cover (README.md feeds the manifest). */
  model?: { readme: string; value: ProjectModel };
}

interface EntityRecord {
  /** Files whose change must re-evaluate this entity (itself and everything its bundle read). */
  inputs: string[];
  bundleProblems: Problem[];
  outcome: EvaluationOutcome | null;
  /** Last successfully evaluated config, kept while the file is broken. */
  lastGoodConfig: JsonObject | null;
}

/** Files outside src/ that change what the model says. */
const APP_LEVEL_FILES = new Set(['package.json', 'README.md', 'yarn.lock', 'tsconfig.json']);

/**
 * The app as Twenty sees it: discovery (the SDK's rule), evaluation (in a child process), manifest assembly
 * and every problem with a location. Keeps per-file state so a change re-evaluates only what it touches.
 */
export class AppProject {
  private files: string[] = [];
  private sources = new Map<string, SourceRecord>();
  private entityRecords = new Map<string, EntityRecord>();
  private tsconfigText: string | null = null;
  private packageJson: Record<string, unknown> | null = null;
  private packageJsonProblem: Problem | null = null;
  private packageJsonText: string | null = null;
  private yarnLockBytes: number | null = null;
  private appFiles: AppFiles = { readme: null, requiredServerVersionRange: null, packageJsonChecksum: null, yarnLockChecksum: null };
  /** Set by readAppLevelFiles, which load() runs first. */
  private dependencies!: DependencyStatus;
  private revision = 0;
  private lastEvaluationMs = 0;
  private current: ProjectModel | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private typecheckStatus: TypecheckStatus | undefined;
  private typecheckProblems: Problem[] = [];
  /** emptyInferenceReason parses the file with TypeScript: once per content version, not once per model. */
  private inferenceReasons = new Map<string, { version: string; reason: string | null }>();

  constructor(readonly appDir: string, private readonly evaluator: ConfigEvaluator, private readonly options: { evaluationCache?: EvaluationCache } = {}) {}

  get model(): ProjectModel | null {
    return this.current;
  }

  /** Full scan. */
  load(): Promise<ProjectModel> {
    return this.serialize(async () => {
      const started = performance.now();
      this.files = await listAppFiles(this.appDir);
      this.sources.clear();
      this.entityRecords.clear();
      await Promise.all([this.readAppLevelFiles(), ...this.files.filter(isDiscoverableSourcePath).map((file) => this.readSource(file))]);
      const cache = this.options.evaluationCache;
      const key = cache ? this.evaluationKey() : null;
      const cached = cache && key ? await cache.read<CachedEvaluation>(key) : null;
      // A model is only reused as a load builds it: before any typecheck result joined it.
      const reusable = this.typecheckProblems.length === 0 && this.typecheckStatus === undefined;
      const readme = contentVersion(this.appFiles.readme ?? '');
      if (cached && (await this.otherInputVersions(cached.records.flatMap(([, record]) => record.inputs))).every(([file, version]) => cached.otherInputs[file] === version)) {
        this.entityRecords = new Map(cached.records);
        if (reusable && cached.model?.readme === readme) {
          // Same content, same model: no source is parsed, nothing is checked again (a one-shot exec).
          this.lastEvaluationMs = performance.now() - started;
          return this.adoptModel(cached.model.value);
        }
      } else {
        await this.evaluateEntities(this.entityFiles());
      }
      this.lastEvaluationMs = performance.now() - started;
      const model = this.buildModel();
      if (cache && key && this.dependencies.state === 'ok') {
        const otherInputs = Object.fromEntries(await this.otherInputVersions([...this.entityRecords.values()].flatMap((record) => record.inputs)));
        await cache.write(key, { records: [...this.entityRecords], otherInputs, ...(reusable ? { model: { readme, value: model } } : {}) } satisfies CachedEvaluation);
      }
      return model;
    });
  }

  /**
   * Applies file changes (relative paths) seen by the watcher or made by the studio. Returns null when
   * nothing the model depends on changed (for example the watcher reporting the studio's own save).
   */
  applyChanges(paths: string[]): Promise<ProjectModel | null> {
    return this.serialize(async () => {
      const started = performance.now();
      const fileSet = new Set(this.files);
      let changed = false;
      let reevaluateAll = false;
      const touched = new Set<string>();

      for (const path of new Set(paths)) {
        const exists = existsSync(join(this.appDir, path));
        if (exists !== fileSet.has(path)) {
          changed = true;
          if (exists) fileSet.add(path);
          else fileSet.delete(path);
        }
        if (APP_LEVEL_FILES.has(path)) {
          changed = true;
          if (path !== 'tsconfig.json') await this.readAppLevelFiles();
          if (path === 'tsconfig.json' || path === 'package.json') reevaluateAll = true;
          continue;
        }
        if (!isDiscoverableSourcePath(path)) continue;
        if (!exists) {
          if (this.sources.delete(path)) changed = true;
          this.entityRecords.delete(path);
          this.inferenceReasons.delete(path);
          touched.add(path);
          continue;
        }
        const before = this.sources.get(path)?.version;
        await this.readSource(path);
        if (this.sources.get(path)?.version !== before) {
          changed = true;
          touched.add(path);
        }
      }
      this.files = [...fileSet].sort();
      if (!changed) return null;

      const entityFiles = this.entityFiles();
      for (const file of [...this.entityRecords.keys()]) if (!entityFiles.includes(file)) this.entityRecords.delete(file);
      const toEvaluate = reevaluateAll
        ? entityFiles
        : entityFiles.filter((file) => touched.has(file) || !this.entityRecords.has(file) || this.entityRecords.get(file)!.inputs.some((input) => touched.has(input)));
      await this.evaluateEntities(toEvaluate);
      this.lastEvaluationMs = performance.now() - started;
      return this.buildModel();
    });
  }

  /**
   * The app's typecheck finished (it runs apart from evaluation, in its own process): its errors join the
   * model's problems, as `twenty dev:build` fails on them. Returns the new model.
   */
  setTypecheck(outcome: TypecheckOutcome | { state: 'pending' | 'off' }): Promise<ProjectModel> {
    return this.serialize(async () => {
      if (outcome.state === 'done') {
        this.typecheckProblems = outcome.errors.map((error) => ({ file: error.file, line: error.line, column: error.column, message: `TS${error.code}: ${error.message}`, severity: 'error', source: 'typecheck' }));
        this.typecheckStatus = { state: 'done', errorCount: outcome.errors.length, durationMs: Math.round(outcome.durationMs), message: `TypeScript ${outcome.typescriptVersion}` };
      } else if (outcome.state === 'unavailable') {
        this.typecheckProblems = [];
        this.typecheckStatus = { state: 'unavailable', errorCount: 0, durationMs: null, message: outcome.message };
      } else {
        // Pending keeps the last errors on show until the next check replaces them.
        if (outcome.state === 'off') this.typecheckProblems = [];
        this.typecheckStatus = { state: outcome.state, errorCount: this.typecheckProblems.length, durationMs: this.typecheckStatus?.durationMs ?? null, message: null };
      }
      return this.buildModel();
    });
  }

  /** Content versions of the files bundles read that are not sources (JSON, ...): the key does not cover them. */
  private async otherInputVersions(inputs: string[]): Promise<[string, string][]> {
    const others = [...new Set(inputs)].filter((file) => !this.sources.has(file));
    return Promise.all(others.map(async (file) => [file, await readFile(join(this.appDir, file)).then((bytes) => contentVersion(bytes.toString('utf8')), () => 'missing')] as [string, string]));
  }

  /** What the evaluated configs depend on: every source's content, the app-level files, the SDK's version. */
  private evaluationKey(): string {
    return EvaluationCache.key({
      sources: [...this.sources].map(([file, source]) => [file, source.version]),
      appFiles: JSON.stringify([this.appFiles.packageJsonChecksum, this.appFiles.yarnLockChecksum, this.dependencies.sdkVersion, this.dependencies.state, contentVersion(this.tsconfigText ?? '')]),
      sdkVersion: this.dependencies.sdkVersion,
    });
  }

  /** Changes are applied one at a time, in order, so a model never mixes two states of the folder. */
  private serialize<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private entityFiles(): string[] {
    return [...this.sources.entries()].filter(([, source]) => source.discovery.entity).map(([file]) => file).sort();
  }

  /**
   * package.json, README.md and yarn.lock feed the application entry, and the dependency state decides
   * whether anything can be evaluated: read once at load and again only when one of them changes
   * (node_modules is not watched; an install reloads the project), not on every edit.
   */
  private async readAppLevelFiles(): Promise<void> {
    const readIfExists = (name: string) => readFile(join(this.appDir, name)).catch(() => null);
    const [packageJsonBytes, readme, yarnLock, tsconfig] = await Promise.all([readIfExists('package.json'), readIfExists('README.md'), readIfExists('yarn.lock'), readIfExists('tsconfig.json')]);
    this.packageJsonProblem = null;
    this.packageJson = null;
    this.packageJsonText = packageJsonBytes?.toString('utf8') ?? null;
    this.yarnLockBytes = yarnLock ? yarnLock.length : null;
    this.tsconfigText = tsconfig?.toString('utf8') ?? null;
    if (!packageJsonBytes) {
      this.packageJsonProblem = {
        file: 'package.json', line: 1, column: 1, severity: 'error', source: 'studio',
        message: 'This folder has no package.json: a Twenty app needs one (name, version, engines.twenty).',
      };
    } else {
      try {
        this.packageJson = JSON.parse(packageJsonBytes.toString('utf8')) as Record<string, unknown>;
      } catch (error) {
        this.packageJsonProblem = { file: 'package.json', line: 1, column: 1, severity: 'error', source: 'studio', message: `package.json is not valid JSON: ${(error as Error).message}` };
      }
    }
    const readmeText = readme?.toString('utf8') ?? null;
    const engines = (this.packageJson?.engines ?? {}) as Record<string, unknown>;
    this.appFiles = {
      readme: readmeText !== null && readmeText.trim().length > 0 ? readmeText : null,
      requiredServerVersionRange: typeof engines.twenty === 'string' && engines.twenty.trim() !== '' ? engines.twenty.trim() : null,
      packageJsonChecksum: packageJsonBytes ? md5(packageJsonBytes) : null,
      yarnLockChecksum: yarnLock ? md5(yarnLock) : null,
    };
    this.dependencies = dependencyStatus(this.appDir, this.packageJson);
  }

  private async readSource(file: string): Promise<void> {
    try {
      const text = await readFile(join(this.appDir, file), 'utf8');
      const version = contentVersion(text);
      if (this.sources.get(file)?.version === version) return;
      this.sources.set(file, sourceRecord(file, version, text));
    } catch {
      this.sources.delete(file);
    }
  }

  private inferenceReasonOf(file: string): string | null {
    const source = this.sources.get(file);
    if (!source) return emptyInferenceReason('');
    const known = this.inferenceReasons.get(file);
    if (known?.version === source.version) return known.reason;
    const reason = emptyInferenceReason(source.text);
    this.inferenceReasons.set(file, { version: source.version, reason });
    return reason;
  }

  private async evaluateEntities(files: string[]): Promise<void> {
    if (files.length === 0) return;
    if (this.dependencies.state !== 'ok') {
      // Without the SDK nothing can be evaluated; entities stay listed from discovery alone.
      for (const file of files) this.entityRecords.set(file, { inputs: [file], bundleProblems: [], outcome: null, lastGoodConfig: this.entityRecords.get(file)?.lastGoodConfig ?? null });
      return;
    }
    const { bundles, failures } = await bundleEntities(this.appDir, files);
    const outcomes = await this.evaluator.evaluate(this.appDir, bundles);
    for (const bundle of bundles) {
      const outcome = outcomes.get(bundle.file) ?? null;
      const previous = this.entityRecords.get(bundle.file);
      const goodConfig = outcome?.ok && outcome.config ? outcome.config : previous?.lastGoodConfig ?? null;
      this.entityRecords.set(bundle.file, { inputs: bundle.inputs, bundleProblems: [], outcome, lastGoodConfig: goodConfig });
    }
    for (const failure of failures) {
      const previous = this.entityRecords.get(failure.file);
      this.entityRecords.set(failure.file, {
        // A broken file keeps its old inputs so fixing an imported file re-evaluates it.
        inputs: [...new Set([failure.file, ...(previous?.inputs ?? []), ...failure.errors.map((error) => error.file)])],
        bundleProblems: failure.errors.map((error) => ({ ...error, file: error.file || failure.file, severity: 'error', source: 'syntax' })),
        outcome: null,
        lastGoodConfig: previous?.lastGoodConfig ?? null,
      });
    }
  }

  /**
   * A model from the cache, as this load would have built it: what the cache key does not cover is
   * taken from this load (the file list, the dependency status, the timing), the revision counts on.
   */
  private adoptModel(cachedModel: ProjectModel): ProjectModel {
    this.revision += 1;
    this.current = {
      ...cachedModel,
      appDir: this.appDir,
      dependencies: this.dependencies,
      files: this.files,
      revision: this.revision,
      evaluationMs: Math.round(this.lastEvaluationMs),
    };
    return this.current;
  }

  private buildModel(): ProjectModel {
    const problems: Problem[] = [...this.typecheckProblems];
    if (this.packageJsonProblem) problems.push(this.packageJsonProblem);
    const entities: Entity[] = [];
    const seenProblems = new Set<string>();
    const push = (problem: Problem) => {
      const key = `${problem.file}:${problem.line}:${problem.column}:${problem.message}`;
      if (!seenProblems.has(key)) {
        seenProblems.add(key);
        problems.push(problem);
      }
    };

    // esbuild's wording is what `twenty dev:build` prints, so a file it reported is not reported again by
    // the TypeScript parser; files no bundle reached keep the parser's errors.
    const bundleProblems = [...this.entityRecords.values()].flatMap((record) => record.bundleProblems);
    const filesReportedByBundler = new Set(bundleProblems.map((problem) => problem.file));
    for (const problem of bundleProblems) push(problem);
    for (const [file, source] of this.sources) {
      if (filesReportedByBundler.has(file)) continue;
      for (const error of source.discovery.syntaxErrors) push({ file, line: error.line, column: error.column, message: error.message, severity: 'error', source: 'syntax' });
    }

    // The SDK's scan of every source file: expression variables imported where no expression uses them.
    for (const [file, source] of this.sources) {
      for (const problem of conditionalAvailabilityImportProblems(source.text, file)) push({ file, line: problem.line, column: problem.column, message: problem.message, severity: 'error', source: 'sdk' });
    }

    const evaluated = [];
    for (const file of this.entityFiles()) {
      const source = this.sources.get(file)!;
      const discovered = source.discovery.entity!;
      const record = this.entityRecords.get(file);
      const outcome = record?.outcome ?? null;
      let config: JsonObject | null = null;
      let stale = false;
      if (outcome?.ok) {
        config = outcome.config;
        for (const message of outcome.errors) {
          const position = positionForProperty(discovered, propertyForMessage(message));
          push({ file, line: position.line, column: position.column, message, severity: 'error', source: 'sdk' });
        }
        for (const message of outcome.warnings) {
          const position = positionForProperty(discovered, propertyForMessage(message));
          push({ file, line: position.line, column: position.column, message, severity: 'warning', source: 'sdk' });
        }
      } else if (outcome && !outcome.ok) {
        push({ file, line: discovered.call.line, column: discovered.call.column, message: `${outcome.error.name}: ${outcome.error.message}`, severity: 'error', source: 'evaluation' });
      }
      if (!config && record?.lastGoodConfig) {
        config = record.lastGoodConfig;
        stale = true;
      }
      const universalIdentifier = typeof config?.universalIdentifier === 'string' ? config.universalIdentifier : null;
      entities.push({ file, defineFunction: discovered.defineFunction, section: discovered.section, line: discovered.call.line, column: discovered.call.column, universalIdentifier, config, stale });
      if (config) evaluated.push({ file, defineFunction: discovered.defineFunction, section: discovered.section, config, sourceText: source.text });
    }

    const dependencies = this.dependencies;
    const engines = (this.packageJson?.engines ?? {}) as Record<string, string>;
    // The manifest follows the installed twenty-sdk's line (sdk-lines/manifest-shape.ts).
    const shapeChoice = manifestShapeFor(dependencies.sdkVersion);
    const assembled = assembleManifest(evaluated, this.appFiles, uuidV5, shapeChoice.shape);

    if (dependencies.state === 'ok') {
      if (shapeChoice.note) push({ file: 'package.json', line: 1, column: 1, message: shapeChoice.note, severity: 'warning', source: 'studio' });
      for (const appProblem of assembled.problems) {
        const targets = appProblem.files.length > 0 ? appProblem.files : [''];
        for (const file of targets) {
          const position = positionForProperty(this.sources.get(file)?.discovery.entity ?? null, appProblem.property ?? null);
          push({ file, line: position.line, column: position.column, message: appProblem.message, severity: 'error', source: 'app' });
        }
      }
      // The SDK build's own manifest and package checks (docs/sdk-build-checks.md), at the entity or key.
      const fileOfEntity = new Map(entities.filter((entity) => entity.universalIdentifier).map((entity) => [entity.universalIdentifier!, entity.file]));
      for (const check of sdkBuildChecks({ sections: assembled.sections as unknown as Record<string, unknown>, packageJson: this.packageJson, yarnLockBytes: this.yarnLockBytes })) {
        if (check.packageJsonKey !== undefined) {
          const lines = (this.packageJsonText ?? '').split('\n');
          // A dependency's key is looked for inside "dependencies" (devDependencies may name it too).
          const from = check.packageJsonKey.startsWith('twenty-') ? Math.max(0, lines.findIndex((line) => line.includes('"dependencies"'))) : 0;
          const found = lines.slice(from).findIndex((line) => line.includes(JSON.stringify(check.packageJsonKey)));
          const index = found < 0 ? -1 : from + found;
          push({ file: 'package.json', line: index + 1 || 1, column: index >= 0 ? lines[index].indexOf(JSON.stringify(check.packageJsonKey)) + 1 : 1, message: check.message, severity: check.severity, source: 'sdk' });
          continue;
        }
        const file = check.entity ? fileOfEntity.get(check.entity) ?? '' : check.message.startsWith('yarn.lock') ? 'yarn.lock' : '';
        const position = positionForProperty(this.sources.get(file)?.discovery.entity ?? null, null);
        push({ file, line: position.line, column: position.column, message: check.message, severity: check.severity, source: 'sdk' });
      }
    } else {
      push({ file: 'package.json', line: 1, column: 1, message: dependencies.message ?? 'Dependencies are not installed.', severity: 'warning', source: 'studio' });
    }

    // What the SDK does not check but the server trips on (route paths, duplicate routes, event names,
    // unknown objects and fields, header names, cron patterns that never run, timeoutSeconds range).
    if (dependencies.state === 'ok') {
      const functions = assembled.sections.logicFunctions as unknown as RouteFunction[];
      // Relations and their join columns, both ways (the server's event diff names `companyId`, never `company`).
      const workspace = buildWorkspaceModel(standard243 as StandardModelFile, { objects: assembled.sections.objects, fields: assembled.sections.fields }).model;
      const relationsOf = new Map(workspace.objects.map((object) => [object.nameSingular, Object.fromEntries(object.fields
        .filter((field) => field.relation)
        .map((field) => [field.name, field.relation!.type === 'MANY_TO_ONE' ? field.relation!.joinColumn ?? `${field.name}Id` : null]))]));
      const objects = eventObjects({ appDir: this.appDir, manifest: { objects: assembled.sections.objects as JsonObject[] } })
        .map((object) => ({ nameSingular: object.nameSingular, namePlural: object.namePlural, fields: object.fields.map((field) => field.name), relations: relationsOf.get(object.nameSingular) }));
      for (const entity of entities) {
        if (entity.section !== 'logicFunctions' || !entity.config || entity.stale || !isLogicFunctionDefine(entity.defineFunction)) continue;
        const discovered = this.sources.get(entity.file)?.discovery.entity ?? null;
        // A tool or workflow action without inputSchema gets the SDK's inferred one: say when it is empty for a typed parameter.
        for (const section of ['toolTriggerSettings', 'workflowActionTriggerSettings'] as const) {
          const settings = entity.config[section] as JsonObject | undefined;
          if (!settings || typeof settings !== 'object' || settings.inputSchema !== undefined) continue;
          const reason = this.inferenceReasonOf(entity.file);
          if (!reason) continue;
          const position = positionForProperty(discovered, section);
          push({ file: entity.file, line: position.line, column: position.column, message: reason, severity: 'warning', source: 'studio' });
        }
        for (const issue of validateLogicFunction({ defineFunction: entity.defineFunction, config: entity.config }, { functions, objects })) {
          // Identifiers are checked app-wide above, in the SDK's own words; once is enough.
          if (issue.path === 'universalIdentifier') continue;
          // At the wrong value itself (a nested property, a list element), else at its top-level property.
          const text = this.sources.get(entity.file)?.text;
          const position = (text !== undefined && issue.path ? locateConfigValue(entity.file, text, issue.path, issue.value) : null)
            ?? positionForProperty(discovered, issue.path.split('.')[0] || null);
          push({ file: entity.file, line: position.line, column: position.column, message: issue.message, severity: issue.severity, source: 'studio' });
        }
      }
    }

    // The server's checks on skills, agents, connection providers and server routes (install-time refusals).
    if (dependencies.state === 'ok') {
      const layerEntities = entities.filter((entity) => !entity.stale).map((entity) => ({ ...entity, sourceText: this.sources.get(entity.file)?.text }));
      const application = entities.find((entity) => entity.defineFunction === 'defineApplication')?.config ?? null;
      for (const issue of checkLogicLayer(layerEntities, application)) {
        const position = positionForProperty(this.sources.get(issue.file)?.discovery.entity ?? null, issue.property || null);
        push({ file: issue.file, line: position.line, column: position.column, message: issue.message, severity: issue.severity, source: 'studio' });
      }
    }

    const strip = (records: JsonObject[]) => records.map((record) => stripFunctionMarkers(record) as JsonObject);
    const { objects, fields, roles, logicFunctions, ...otherSections } = assembled.sections;
    const manifest: ManifestView = {
      application: assembled.application ? (stripFunctionMarkers(assembled.application) as JsonObject) : null,
      objects: strip(objects),
      fields: strip(fields),
      roles: strip(roles),
      logicFunctions: strip(logicFunctions),
      other: Object.fromEntries(Object.entries(otherSections).map(([name, records]) => [name, strip(records)])),
    };

    this.revision += 1;
    this.current = {
      appDir: this.appDir,
      packageName: typeof this.packageJson?.name === 'string' ? this.packageJson.name : null,
      version: typeof this.packageJson?.version === 'string' ? this.packageJson.version : null,
      engines: Object.fromEntries(Object.entries(engines).filter(([, value]) => typeof value === 'string')),
      dependencies,
      entities,
      manifest,
      files: this.files,
      problems: problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column),
      revision: this.revision,
      evaluationMs: Math.round(this.lastEvaluationMs),
      ...(this.typecheckStatus ? { typecheck: this.typecheckStatus } : {}),
    };
    return this.current;
  }
}
