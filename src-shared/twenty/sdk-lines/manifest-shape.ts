// How each twenty-sdk line shapes the manifest its build writes: the differences the studio's
// assembly (manifest-assembly.ts) follows, by the version installed in the app. One row per
// line the npm registry serves (npm view twenty-sdk versions: 2.4, 2.13, 2.23, 2.26, 2.33, 2.35,
// 2.37, 2.38, 2.40, 2.43); a row holds from its version up to the next row's. Read from each
// version's dist (the manifest builder) and checked against each version's real appBuild by
// test/parity/sdk-line-parity.test.ts (goldens in test/fixtures/sdk-lines/goldens). See
// docs/sdk-build-checks.md, "Per SDK line".
import semver from 'semver';

export type InstallHookSlot = 'post' | 'pre' | 'uninstall' | 'health' | 'settingsFrontComponent';

export interface ManifestShape {
  /** First version of the line, e.g. "2.23.0". */
  fromVersion: string;
  /** "config": `aboutDescription` as given in defineApplication(); "readme": README.md (non-blank) or absent, the config value ignored. */
  aboutDescription: 'config' | 'readme';
  /** The application keeps `logoUrl` and `screenshots` as given (older lines spread the config as is). */
  keepsLogoUrlAndScreenshots: boolean;
  /** The application gets `logo`, `galleryImages` (default []) and `requiredServerVersionRange` (package.json engines.twenty). */
  applicationAssetFields: boolean;
  /**
   * Each object gets the system fields (id, name, createdAt, updatedAt, deletedAt, createdBy, updatedBy,
   * position, searchVector) and a relation to each standard target object (timeline activities,
   * attachments, note and task targets), whose `target<Object>` MORPH_RELATION side goes to `fields`.
   * Otherwise only a default `name` field, when the object has none.
   */
  systemFields: boolean;
  /**
   * "role-namespace": object / field permission ids are always uuidv5(`<role>:<object>[:<field>]`, ROLE_PERMISSION_NAMESPACE);
   * "application-scoped": uuidv5(`objectPermission|fieldPermission:<role>:<object|field>`, <application id>), unless given.
   */
  permissionIds: 'role-namespace' | 'application-scoped';
  /** "flag-names": `permissionFlags: [flag]` becomes [{ universalIdentifier, flag }]; "flag-ids": `permissionFlagUniversalIdentifiers` (default []). */
  permissionFlags: 'flag-names' | 'flag-ids';
  /** Roles default `rowLevelPermissionPredicates` / `rowLevelPermissionPredicateGroups` to []. */
  rowLevelPermissionDefaults: boolean;
  /** The install hooks the application names (postInstallLogicFunction, ...). */
  installHooks: InstallHookSlot[];
}

const BASE_HOOKS: InstallHookSlot[] = ['post', 'pre'];

/** Oldest first. */
export const SDK_MANIFEST_SHAPES: readonly ManifestShape[] = [
  {
    fromVersion: '2.4.0', aboutDescription: 'config', keepsLogoUrlAndScreenshots: true, applicationAssetFields: false, systemFields: true,
    permissionIds: 'role-namespace', permissionFlags: 'flag-names', rowLevelPermissionDefaults: false, installHooks: BASE_HOOKS,
  },
  {
    fromVersion: '2.13.0', aboutDescription: 'config', keepsLogoUrlAndScreenshots: true, applicationAssetFields: false, systemFields: true,
    permissionIds: 'role-namespace', permissionFlags: 'flag-ids', rowLevelPermissionDefaults: false, installHooks: BASE_HOOKS,
  },
  {
    fromVersion: '2.23.0', aboutDescription: 'readme', keepsLogoUrlAndScreenshots: false, applicationAssetFields: true, systemFields: false,
    permissionIds: 'role-namespace', permissionFlags: 'flag-ids', rowLevelPermissionDefaults: true, installHooks: BASE_HOOKS,
  },
  {
    fromVersion: '2.26.0', aboutDescription: 'readme', keepsLogoUrlAndScreenshots: false, applicationAssetFields: true, systemFields: false,
    permissionIds: 'role-namespace', permissionFlags: 'flag-ids', rowLevelPermissionDefaults: true, installHooks: [...BASE_HOOKS, 'uninstall', 'settingsFrontComponent'],
  },
  {
    fromVersion: '2.43.0', aboutDescription: 'readme', keepsLogoUrlAndScreenshots: false, applicationAssetFields: true, systemFields: false,
    permissionIds: 'application-scoped', permissionFlags: 'flag-ids', rowLevelPermissionDefaults: true, installHooks: [...BASE_HOOKS, 'uninstall', 'health', 'settingsFrontComponent'],
  },
];

export const NEWEST_SHAPE = SDK_MANIFEST_SHAPES[SDK_MANIFEST_SHAPES.length - 1];
const OLDEST_SHAPE = SDK_MANIFEST_SHAPES[0];

export interface ShapeChoice {
  shape: ManifestShape;
  /** Why the shape is not exactly the installed version's line (unknown, older or newer than every known line); null when it is. */
  note: string | null;
}

/** The manifest shape of the installed twenty-sdk version; the newest known (2.43) when unknown, saying so. */
export function manifestShapeFor(sdkVersion: string | null | undefined): ShapeChoice {
  const version = sdkVersion ? semver.coerce(sdkVersion)?.version ?? null : null;
  if (!version) {
    return {
      shape: NEWEST_SHAPE,
      note: `twenty-sdk version ${sdkVersion ? `"${sdkVersion}" is not a version` : 'unknown'}: the manifest is assembled as twenty-sdk ${NEWEST_SHAPE.fromVersion} builds it.`,
    };
  }
  if (semver.lt(version, OLDEST_SHAPE.fromVersion)) {
    return { shape: OLDEST_SHAPE, note: `twenty-sdk ${version} is older than every known line: the manifest is assembled as twenty-sdk ${OLDEST_SHAPE.fromVersion} builds it.` };
  }
  const shape = [...SDK_MANIFEST_SHAPES].reverse().find((candidate) => semver.gte(version, candidate.fromVersion))!;
  const newest = shape === NEWEST_SHAPE && semver.major(version) === semver.major(shape.fromVersion) && semver.minor(version) > semver.minor(shape.fromVersion);
  return {
    shape,
    note: newest || semver.major(version) > semver.major(NEWEST_SHAPE.fromVersion)
      ? `twenty-sdk ${version} is newer than the newest known line: the manifest is assembled as twenty-sdk ${NEWEST_SHAPE.fromVersion} builds it.`
      : null,
  };
}

/** Namespace of the permission ids of the "role-namespace" lines. */
export const ROLE_PERMISSION_NAMESPACE = 'b403ec59-4d80-4f22-85e6-717a192dc9cb';
/** Namespace of the system / target field ids of the "systemFields" lines: uuidv5(`<object uid>-<field name>`). */
export const SYSTEM_FIELD_NAMESPACE = '142046f0-4d80-48b5-ad56-26ad410e895c';

/** The system fields of the "systemFields" lines, in the order the SDK adds them (universalIdentifier derived). */
export const SYSTEM_FIELDS = [
  { name: 'id', label: 'Id', description: 'Id', icon: 'Icon123', isNullable: false, defaultValue: 'uuid', type: 'UUID' },
  { name: 'name', label: 'Name', description: 'Name', icon: 'IconAbc', isNullable: true, defaultValue: null, type: 'TEXT' },
  { name: 'createdAt', label: 'Creation date', description: 'Creation date', icon: 'IconCalendar', isNullable: false, defaultValue: 'now', type: 'DATE_TIME' },
  { name: 'updatedAt', label: 'Last update', description: 'Last time the record was changed', icon: 'IconCalendarClock', isNullable: false, defaultValue: 'now', type: 'DATE_TIME' },
  { name: 'deletedAt', label: 'Deleted at', description: 'Deletion date', icon: 'IconCalendarClock', isNullable: true, defaultValue: null, type: 'DATE_TIME' },
  { name: 'createdBy', label: 'Created by', description: 'The creator of the record', icon: 'IconCreativeCommonsSa', isNullable: false, defaultValue: { name: "''", source: "'MANUAL'" }, type: 'ACTOR' },
  { name: 'updatedBy', label: 'Updated by', description: 'The workspace member who last updated the record', icon: 'IconUserCircle', isNullable: false, defaultValue: { name: "''", source: "'MANUAL'" }, type: 'ACTOR' },
  { name: 'position', label: 'Position', description: 'Position', icon: 'IconHierarchy2', isNullable: false, defaultValue: 0, type: 'POSITION' },
  { name: 'searchVector', label: 'Search vector', description: 'Search vector', icon: 'IconSearch', isNullable: true, defaultValue: null, type: 'TS_VECTOR' },
] as const;

/** The standard objects every object of a "systemFields" line is related to (their morph `target<Object>` fields). */
export const STANDARD_TARGETS = [
  { fieldName: 'timelineActivities', label: 'Timeline Activities', targetIcon: 'IconTimelineEvent', objectUniversalIdentifier: '20202020-6736-4337-b5c4-8b39fae325a5', morphId: '20202020-9a2b-4c3d-a4e5-f6a7b8c9d0e1' },
  { fieldName: 'attachments', label: 'Attachments', targetIcon: 'IconFileImport', objectUniversalIdentifier: '20202020-bd3d-4c60-8dca-571c71d4447a', morphId: '20202020-f634-435d-ab8d-e1168b375c69' },
  { fieldName: 'noteTargets', label: 'Note Targets', targetIcon: 'IconCheckbox', objectUniversalIdentifier: '20202020-fff0-4b44-be82-bda313884400', morphId: '20202020-f635-435d-ab8d-e1168b375c70' },
  { fieldName: 'taskTargets', label: 'Task Targets', targetIcon: 'IconCheckbox', objectUniversalIdentifier: '20202020-5a9a-44e8-95df-771cd06d0fb1', morphId: '20202020-f636-435d-ab8d-e1168b375c71' },
] as const;
