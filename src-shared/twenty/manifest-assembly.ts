import { MANIFEST_SECTIONS, type DefineFunctionName, type ManifestListSection, type ManifestSection } from './define-functions';
import { inferToolInputSchema, inferWorkflowInputSchema } from './input-schema-inference';
import { universalIdentifierProblems } from './universal-identifier';
import {
  NEWEST_SHAPE, ROLE_PERMISSION_NAMESPACE, STANDARD_TARGETS, SYSTEM_FIELDS, SYSTEM_FIELD_NAMESPACE, type ManifestShape,
} from './sdk-lines/manifest-shape';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonRecord = { [key: string]: Json };

/** One entity file after evaluation. `config` holds functions as `{ "__function": name }` markers. */
export interface EvaluatedEntityInput {
  file: string;
  defineFunction: DefineFunctionName;
  section: ManifestSection;
  config: JsonRecord | null;
  sourceText: string;
}

export interface AppFiles {
  readme: string | null;
  /** package.json `engines.twenty`, trimmed, or null. */
  requiredServerVersionRange: string | null;
  packageJsonChecksum: string | null;
  yarnLockChecksum: string | null;
}

/** A whole-app problem with the files (and config property) it concerns, so the studio can locate it. */
export interface AppProblem {
  message: string;
  files: string[];
  property?: string;
}

export interface AssembledManifest {
  application: JsonRecord | null;
  sections: Record<ManifestListSection, JsonRecord[]>;
  problems: AppProblem[];
}

/** uuid v5 (name, namespace): injected so this module stays free of Node's crypto. */
export type UuidV5 = (name: string, namespace: string) => string;

export function isFunctionMarker(value: unknown): value is { __function: string } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 1 && '__function' in value;
}

/** JSON.stringify drops functions from objects: do the same with the markers. */
export function stripFunctionMarkers(value: Json): Json {
  if (Array.isArray(value)) return value.map((item) => (isFunctionMarker(item) ? null : stripFunctionMarkers(item)));
  if (value && typeof value === 'object') {
    const result: JsonRecord = {};
    for (const [key, item] of Object.entries(value)) if (!isFunctionMarker(item)) result[key] = stripFunctionMarkers(item);
    return result;
  }
  return value;
}

function asRecords(value: Json | undefined): JsonRecord[] {
  return Array.isArray(value) ? (value.filter((item) => item && typeof item === 'object' && !Array.isArray(item)) as JsonRecord[]) : [];
}

function str(value: Json | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Namespace the SDK derives SELECT / MULTI_SELECT option ids under (twenty-sdk 2.43). */
const SELECT_OPTION_NAMESPACE = 'a80ff791-b940-4c47-a522-2bb478515415';

/** SELECT and MULTI_SELECT options without an id get `uuidv5("<label>-<field uid>")`, as the SDK gives them. */
function withOptionIds(field: JsonRecord, uuidV5: UuidV5): JsonRecord {
  if ((field.type !== 'SELECT' && field.type !== 'MULTI_SELECT') || !Array.isArray(field.options)) return field;
  return {
    ...field,
    options: asRecords(field.options).map((option) => ({
      ...option,
      id: option.id ?? uuidV5(`${str(option.label)}-${str(field.universalIdentifier)}`, SELECT_OPTION_NAMESPACE),
    })),
  };
}

/** A v5 identifier derived the SDK's way: `<namespace>:<value>` under the application's identifier. */
function derivedIdentifier(uuidV5: UuidV5, applicationId: string, entityNamespace: string, value: string): string {
  return uuidV5(`${entityNamespace}:${value}`, applicationId);
}

function logicFunctionEntry(entity: EvaluatedEntityInput, config: JsonRecord): JsonRecord {
  const { handler: _handler, ...rest } = config;
  void _handler;
  const tool = rest.toolTriggerSettings as JsonRecord | undefined;
  const workflow = rest.workflowActionTriggerSettings as JsonRecord | undefined;
  const needsInference = (tool && !tool.inputSchema) || (workflow && !workflow.inputSchema);
  const entry: JsonRecord = { ...rest };
  if (tool) entry.toolTriggerSettings = { ...tool, ...(tool.inputSchema || !needsInference ? {} : { inputSchema: inferToolInputSchema(entity.sourceText) as Json }) };
  if (workflow) {
    entry.workflowActionTriggerSettings = {
      ...workflow,
      ...(workflow.inputSchema || !needsInference ? {} : { inputSchema: inferWorkflowInputSchema(entity.sourceText) as unknown as Json }),
    };
  }
  entry.handlerName = 'default.config.handler';
  entry.sourceHandlerPath = entity.file;
  return entry;
}

const capitalized = (value: string | undefined) => (value ? value[0].toUpperCase() + value.slice(1) : '');

/**
 * The fields the "systemFields" SDK lines (2.4, 2.13) add to an object: the system fields it does not
 * declare, a ONE_TO_MANY relation to each standard target object (unless declared), and, for the
 * manifest's `fields`, the MORPH_RELATION `target<Object>` side of each of those relations.
 */
function systemFieldsOf(config: JsonRecord, uuidV5: UuidV5): { objectFields: JsonRecord[]; targetFields: JsonRecord[] } {
  const objectId = str(config.universalIdentifier) ?? '';
  const fieldId = (name: string) => uuidV5(`${objectId}-${name}`, SYSTEM_FIELD_NAMESPACE);
  const declared = new Set(asRecords(config.fields).map((field) => str(field.name)));
  const objectFields: JsonRecord[] = [];
  for (const field of SYSTEM_FIELDS) {
    if (!declared.has(field.name)) objectFields.push({ ...(field as unknown as JsonRecord), universalIdentifier: fieldId(field.name) });
  }
  const targetFields: JsonRecord[] = [];
  const objectName = capitalized(str(config.nameSingular));
  for (const target of STANDARD_TARGETS) {
    const forward = fieldId(target.fieldName);
    const inverse = fieldId(`${target.fieldName}Inverse`);
    if (!declared.has(target.fieldName)) {
      objectFields.push({
        name: target.fieldName, label: target.label, description: `${str(config.labelPlural)} tied to the ${objectName}`, icon: 'IconBuildingSkyscraper',
        isNullable: true, type: 'RELATION', universalSettings: { relationType: 'ONE_TO_MANY' }, universalIdentifier: forward,
        relationTargetFieldMetadataUniversalIdentifier: inverse, relationTargetObjectMetadataUniversalIdentifier: target.objectUniversalIdentifier,
      });
    }
    targetFields.push({
      name: `target${objectName}`, label: objectName, description: `${objectName} ${str(config.labelSingular)}`, icon: target.targetIcon, isNullable: true,
      universalSettings: { relationType: 'MANY_TO_ONE', onDelete: 'SET_NULL', joinColumnName: `target${objectName}Id` },
      universalIdentifier: inverse, objectUniversalIdentifier: target.objectUniversalIdentifier,
      relationTargetFieldMetadataUniversalIdentifier: forward, relationTargetObjectMetadataUniversalIdentifier: objectId,
      type: 'MORPH_RELATION', morphId: target.morphId,
    });
  }
  return { objectFields, targetFields };
}

/** A role as the line's build writes it: derived permission ids, permission flags, defaults. */
function roleEntry(role: JsonRecord, applicationId: string, shape: ManifestShape, uuidV5: UuidV5): JsonRecord {
  const roleId = str(role.universalIdentifier) ?? '';
  const permissionId = (kind: 'objectPermission' | 'fieldPermission', permission: JsonRecord): Json => {
    const object = str(permission.objectUniversalIdentifier);
    if (shape.permissionIds === 'role-namespace') {
      const key = kind === 'objectPermission' ? `${roleId}:${object}` : `${roleId}:${object}:${str(permission.fieldUniversalIdentifier)}`;
      return uuidV5(key, ROLE_PERMISSION_NAMESPACE);
    }
    const target = kind === 'objectPermission' ? object : str(permission.fieldUniversalIdentifier);
    return permission.universalIdentifier ?? derivedIdentifier(uuidV5, applicationId, kind, `${roleId}:${target}`);
  };
  const entry: JsonRecord = {
    ...role,
    objectPermissions: asRecords(role.objectPermissions).map((permission) => ({ ...permission, universalIdentifier: permissionId('objectPermission', permission) })),
    fieldPermissions: asRecords(role.fieldPermissions).map((permission) => ({ ...permission, universalIdentifier: permissionId('fieldPermission', permission) })),
  };
  if (shape.rowLevelPermissionDefaults) {
    entry.rowLevelPermissionPredicateGroups = role.rowLevelPermissionPredicateGroups ?? [];
    entry.rowLevelPermissionPredicates = role.rowLevelPermissionPredicates ?? [];
  }
  if (shape.permissionFlags === 'flag-names') {
    entry.permissionFlags = (Array.isArray(role.permissionFlags) ? role.permissionFlags : []).map((flag) => ({
      universalIdentifier: uuidV5(`${roleId}:${String(flag)}`, ROLE_PERMISSION_NAMESPACE), flag,
    }));
  } else {
    entry.permissionFlagUniversalIdentifiers = role.permissionFlagUniversalIdentifiers ?? [];
  }
  return entry;
}

/**
 * Assembles the manifest from evaluated entity configs the way the app's twenty-sdk line's manifest
 * builder does (`shape`, from sdk-lines/manifest-shape.ts; 2.43 by default), and runs its whole-app
 * checks. Unlike the SDK, which stops at the first failing file, this works on whatever evaluated, so
 * the rest of the app stays visible while one file is broken.
 */
export function assembleManifest(entities: EvaluatedEntityInput[], appFiles: AppFiles, uuidV5: UuidV5, shape: ManifestShape = NEWEST_SHAPE): AssembledManifest {
  const sections = Object.fromEntries(MANIFEST_SECTIONS.map((section) => [section, [] as JsonRecord[]])) as Record<ManifestListSection, JsonRecord[]>;
  const problems: AppProblem[] = [];
  const hooks: Record<'post' | 'pre' | 'uninstall' | 'health' | 'settingsFrontComponent' | 'applicationRole', { file: string; entry: JsonRecord }[]> = {
    post: [], pre: [], uninstall: [], health: [], settingsFrontComponent: [], applicationRole: [],
  };
  let applicationConfig: JsonRecord | null = null;
  let applicationFile: string | null = null;
  const objectConfigs: { file: string; config: JsonRecord }[] = [];
  const roleConfigs: JsonRecord[] = [];
  const fileOfIdentifier = new Map<string, string[]>();

  for (const entity of entities) {
    if (!entity.config) continue;
    const config = entity.config;
    const identifier = str(config.universalIdentifier);
    switch (entity.section) {
      case 'application':
        applicationConfig = config;
        applicationFile = entity.file;
        break;
      case 'objects':
        objectConfigs.push({ file: entity.file, config });
        break;
      case 'fields':
        sections.fields.push(withOptionIds(config, uuidV5));
        break;
      case 'roles':
        roleConfigs.push(config);
        if (entity.defineFunction === 'defineApplicationRole') hooks.applicationRole.push({ file: entity.file, entry: { universalIdentifier: identifier ?? null } });
        break;
      case 'logicFunctions': {
        sections.logicFunctions.push(logicFunctionEntry(entity, config));
        if (entity.defineFunction === 'definePostInstallLogicFunction') {
          hooks.post.push({ file: entity.file, entry: {
            universalIdentifier: identifier ?? null,
            shouldRunOnVersionUpgrade: (config.shouldRunOnVersionUpgrade as boolean | undefined) ?? false,
            shouldRunSynchronously: (config.shouldRunSynchronously as boolean | undefined) ?? false,
          } });
        } else if (entity.defineFunction === 'definePreInstallLogicFunction') {
          hooks.pre.push({ file: entity.file, entry: {
            universalIdentifier: identifier ?? null,
            shouldRunOnVersionUpgrade: (config.shouldRunOnVersionUpgrade as boolean | undefined) ?? false,
          } });
        } else if (entity.defineFunction === 'defineUninstallLogicFunction') {
          hooks.uninstall.push({ file: entity.file, entry: { universalIdentifier: identifier ?? null } });
        } else if (entity.defineFunction === 'defineHealthCheck') {
          hooks.health.push({ file: entity.file, entry: { universalIdentifier: identifier ?? null } });
        }
        break;
      }
      case 'frontComponents':
        sections.frontComponents.push(config);
        if (entity.defineFunction === 'defineSettingsFrontComponent') hooks.settingsFrontComponent.push({ file: entity.file, entry: { universalIdentifier: identifier ?? null } });
        break;
      default:
        sections[entity.section as ManifestListSection].push(config);
    }
    if (identifier) fileOfIdentifier.set(identifier, [...(fileOfIdentifier.get(identifier) ?? []), entity.file]);
  }

  if (!applicationConfig) {
    problems.push({ message: 'Cannot build application, please export default defineApplication() to define an application', files: [] });
  }
  const applicationId = str(applicationConfig?.universalIdentifier);

  if (applicationConfig && applicationId) {
    for (const { file, config } of objectConfigs) {
      const fields = asRecords(config.fields).map((field) => withOptionIds(field, uuidV5));
      const declaredNames = fields.map((field) => str(field.name));
      const explicitLabel = str(config.labelIdentifierFieldMetadataUniversalIdentifier);
      const labelFieldDeclared = explicitLabel !== undefined && fields.some((field) => field.universalIdentifier === explicitLabel);
      const objectFields = [...fields];
      if (shape.systemFields) {
        const added = systemFieldsOf(config, uuidV5);
        objectFields.push(...added.objectFields);
        sections.fields.push(...added.targetFields);
      } else if (!declaredNames.includes('name') && !labelFieldDeclared) {
        // The SDK adds a default "name" text field unless the object has one or names its own label field.
        objectFields.push({
          name: 'name', label: 'Name', description: 'Name', icon: 'IconAbc', isNullable: true, defaultValue: null, type: 'TEXT',
          universalIdentifier: derivedIdentifier(uuidV5, applicationId, 'fieldMetadata', `${str(config.universalIdentifier)}:name`),
        });
      }
      const labelIdentifier = explicitLabel ?? str(objectFields.find((field) => field.name === 'name')?.universalIdentifier);
      if (!labelIdentifier) {
        problems.push({ message: `No label identifier field found for object ${str(config.nameSingular)}. Please add a field with name "name" to your object.`, files: [file] });
        continue;
      }
      sections.objects.push({ ...config, fields: objectFields, labelIdentifierFieldMetadataUniversalIdentifier: labelIdentifier });
    }
    for (const role of roleConfigs) sections.roles.push(roleEntry(role, applicationId, shape, uuidV5));
  }

  const onlyOne: [keyof typeof hooks, string][] = [
    ['post', 'Only one post install logic function is allowed per application'],
    ['pre', 'Only one pre install logic function is allowed per application'],
    ['uninstall', 'Only one uninstall logic function is allowed per application'],
    ['health', 'Only one health check is allowed per application'],
    ['settingsFrontComponent', 'Only one settings front component is allowed per application'],
  ];
  for (const [slot, message] of onlyOne) {
    if (shape.installHooks.includes(slot as never) && hooks[slot].length > 1) problems.push({ message, files: hooks[slot].map((hook) => hook.file) });
  }

  const defaultRole = str(applicationConfig?.defaultRoleUniversalIdentifier) ?? (hooks.applicationRole.length === 1 ? str(hooks.applicationRole[0].entry.universalIdentifier) : undefined);
  if (applicationConfig && !defaultRole) {
    problems.push({
      message: 'Application must declare a default role: either pass `defaultRoleUniversalIdentifier` to defineApplication() or mark a role file with defineApplicationRole()',
      files: applicationFile ? [applicationFile] : [],
    });
  }

  let application: JsonRecord | null = null;
  if (applicationConfig && defaultRole) {
    const hookEntries: JsonRecord = {};
    const hookKeys: [keyof typeof hooks & string, string][] = [
      ['post', 'postInstallLogicFunction'], ['pre', 'preInstallLogicFunction'], ['uninstall', 'uninstallLogicFunction'],
      ['health', 'healthCheckLogicFunction'], ['settingsFrontComponent', 'settingsFrontComponent'],
    ];
    for (const [slot, key] of hookKeys) {
      if (shape.installHooks.includes(slot as never) && hooks[slot][0]) hookEntries[key] = hooks[slot][0].entry;
    }
    const { logoUrl: _logoUrl, screenshots: _screenshots, ...rest } = applicationConfig;
    void _logoUrl; void _screenshots;
    application = shape.applicationAssetFields
      ? {
        ...(shape.keepsLogoUrlAndScreenshots ? applicationConfig : rest),
        ...(applicationConfig.logo !== undefined ? { logo: applicationConfig.logo } : {}),
        galleryImages: applicationConfig.galleryImages ?? [],
        defaultRoleUniversalIdentifier: defaultRole,
        yarnLockChecksum: appFiles.yarnLockChecksum,
        packageJsonChecksum: appFiles.packageJsonChecksum,
        requiredServerVersionRange: appFiles.requiredServerVersionRange,
        ...hookEntries,
      }
      : {
        ...(shape.keepsLogoUrlAndScreenshots ? applicationConfig : rest),
        defaultRoleUniversalIdentifier: defaultRole,
        yarnLockChecksum: appFiles.yarnLockChecksum,
        packageJsonChecksum: appFiles.packageJsonChecksum,
        ...hookEntries,
      };
    if (shape.aboutDescription === 'readme') {
      delete application.aboutDescription;
      if (appFiles.readme !== null) application.aboutDescription = appFiles.readme;
    }
  }

  const byIdentifier = (a: JsonRecord, b: JsonRecord) => String(a.universalIdentifier ?? '').localeCompare(String(b.universalIdentifier ?? ''));
  for (const section of MANIFEST_SECTIONS) sections[section].sort(byIdentifier);

  // Whole-app identifier checks (the SDK's second pass). Duplicates across files, then validity.
  const duplicates = [...fileOfIdentifier.entries()].filter(([, files]) => files.length > 1);
  if (duplicates.length > 0) {
    problems.push({
      message: `Duplicate universal identifiers: ${duplicates.map(([identifier]) => identifier).join(', ')}`,
      files: duplicates.flatMap(([, files]) => files),
      property: 'universalIdentifier',
    });
  }
  const invalid = [...fileOfIdentifier.entries()]
    .map(([identifier, files]) => ({ problem: universalIdentifierProblems(identifier), files }))
    .filter((item): item is { problem: string; files: string[] } => item.problem !== null);
  if (invalid.length > 0) {
    problems.push({
      message: `Invalid universal identifiers: ${invalid.map((item) => item.problem).join(', ')}`,
      files: invalid.flatMap((item) => item.files),
      property: 'universalIdentifier',
    });
  }

  return { application, sections, problems };
}
