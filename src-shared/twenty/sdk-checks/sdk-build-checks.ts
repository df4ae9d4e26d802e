/**
 * The checks twenty-sdk 2.43's build makes after assembling the manifest (its manifest validation and
 * package checks), in its own words, so the studio reports what `twenty dev:build` would refuse or warn
 * about. docs/sdk-build-checks.md lists every check of the SDK's build and where the studio makes it.
 */

export interface SdkCheckProblem {
  severity: 'error' | 'warning';
  message: string;
  /** universalIdentifier of the entity the problem is about (its file is where it is shown). */
  entity?: string;
  /** A key of package.json the problem is about. */
  packageJsonKey?: string;
}

type Rec = Record<string, unknown>;
const isRec = (value: unknown): value is Rec => typeof value === 'object' && value !== null && !Array.isArray(value);
const records = (value: unknown): Rec[] => (Array.isArray(value) ? value.filter(isRec) : []);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

const SDK_DEPENDENCY_MESSAGES: Record<string, string> = {
  'twenty-sdk': '"twenty-sdk" is listed under "dependencies" in package.json. It is a build-time only tool and should be moved to "devDependencies".',
  'twenty-client-sdk': '"twenty-client-sdk" is listed under "dependencies" in package.json. It is provided at runtime by Twenty\'s injected SDK and should be moved to "devDependencies".',
};

/** twenty-sdk / twenty-client-sdk under `dependencies`: a build warning. */
export function sdkDependencyWarnings(packageJson: Rec | null): SdkCheckProblem[] {
  const dependencies = isRec(packageJson?.dependencies) ? packageJson.dependencies : {};
  return Object.entries(SDK_DEPENDENCY_MESSAGES)
    .filter(([name]) => dependencies[name] !== undefined && dependencies[name] !== null)
    .map(([name, message]) => ({ severity: 'warning' as const, message, packageJsonKey: name }));
}

/** An empty yarn.lock fails the build. */
export function yarnLockProblems(yarnLockBytes: number | null): SdkCheckProblem[] {
  return yarnLockBytes === 0 ? [{ severity: 'error', message: 'yarn.lock is empty. Run "yarn install" to regenerate it before building.' }] : [];
}

const RESERVED_SHARED = 'twenty:front-component-shared-dependencies';
const SERVED_SEPARATELY = ['twenty-client-sdk', 'twenty-sdk'];

/** package.json `frontComponentSharedDependencies`. */
export function sharedDependencyProblems(packageJson: Rec | null): SdkCheckProblem[] {
  const declared = packageJson?.frontComponentSharedDependencies;
  if (declared === undefined) return [];
  const at = (message: string): SdkCheckProblem => ({ severity: 'error', message, packageJsonKey: 'frontComponentSharedDependencies' });
  if (!Array.isArray(declared)) return [at('"frontComponentSharedDependencies" in package.json must be an array of package specifiers')];
  const problems: SdkCheckProblem[] = [];
  const seen = new Set<string>();
  for (const entry of declared) {
    if (!nonEmpty(entry)) problems.push(at('"frontComponentSharedDependencies" entries in package.json must be non-empty strings'));
    else if (entry.startsWith('.') || entry.startsWith('/')) problems.push(at(`Shared dependency "${entry}" must be a package specifier, not a relative or absolute path`));
    else if (entry === RESERVED_SHARED) problems.push(at(`Shared dependency "${entry}" is reserved and cannot be shared`));
    else if (SERVED_SEPARATELY.some((name) => entry === name || entry.startsWith(`${name}/`))) problems.push(at(`Shared dependency "${entry}" is already served separately and cannot be shared`));
    else if (seen.has(entry)) problems.push(at(`Shared dependency "${entry}" is declared twice`));
    else seen.add(entry);
  }
  return problems;
}

const RELATION_TYPES = ['RELATION', 'MORPH_RELATION'];
const RELATION_KINDS = ['MANY_TO_ONE', 'ONE_TO_MANY'];

/** Relation fields (standalone and inside objects) must say their relationType, and MANY_TO_ONE its joinColumnName. */
export function relationFieldProblems(sections: { objects?: unknown; fields?: unknown }): SdkCheckProblem[] {
  const problems: SdkCheckProblem[] = [];
  const check = (field: Rec, entity: string | undefined) => {
    if (!RELATION_TYPES.includes(String(field.type))) return;
    const name = str(field.name);
    const settings = isRec(field.universalSettings) ? field.universalSettings : undefined;
    const relationType = settings?.relationType;
    if (!relationType) {
      problems.push({ severity: 'error', entity, message: `Relation field "${name}" is missing relationType. ${String(field.type)} fields must declare a relationType (${RELATION_KINDS.join(' or ')}) in universalSettings.` });
    } else if (!RELATION_KINDS.includes(String(relationType))) {
      problems.push({ severity: 'error', entity, message: `Relation field "${name}" has invalid relationType "${String(relationType)}". Expected ${RELATION_KINDS.join(' or ')}.` });
    } else if (relationType === 'MANY_TO_ONE' && !settings?.joinColumnName) {
      problems.push({ severity: 'error', entity, message: `MANY_TO_ONE relation field "${name}" is missing joinColumnName. MANY_TO_ONE relations must declare a joinColumnName in universalSettings.` });
    }
  };
  for (const field of records(sections.fields)) check(field, str(field.universalIdentifier));
  for (const object of records(sections.objects)) for (const field of records(object.fields)) check(field, str(object.universalIdentifier));
  return problems;
}

const LAYOUT_MODES = ['GRID', 'VERTICAL_LIST', 'CANVAS'];
const HEIGHT_BEHAVIORS = ['FIT_CONTENT', 'TAB_VIEWPORT'];

/**
 * Each page layout tab against its widgets: the tab's layout mode (default VERTICAL_LIST on a
 * STANDALONE_PAGE layout, else GRID), heightBehavior only on VERTICAL_LIST tabs, and every widget's
 * position in the tab's own mode.
 */
export function pageLayoutTabProblems(sections: { pageLayouts?: unknown; pageLayoutTabs?: unknown }): SdkCheckProblem[] {
  const layouts = records(sections.pageLayouts);
  const typeOf = new Map(layouts.map((layout) => [str(layout.universalIdentifier), str(layout.type)]));
  const problems: SdkCheckProblem[] = [];
  const checkTab = (tab: Rec, layoutType: string | undefined, entity: string | undefined) => {
    const mode = str(tab.layoutMode) ?? (layoutType === 'STANDALONE_PAGE' ? 'VERTICAL_LIST' : 'GRID');
    const title = String(tab.title);
    if (!LAYOUT_MODES.includes(mode)) {
      problems.push({ severity: 'error', entity, message: `Page layout tab "${title}" defines unsupported layoutMode "${mode}". Expected GRID, VERTICAL_LIST or CANVAS.` });
      return;
    }
    const widgets = records(tab.widgets);
    const before = problems.length;
    for (const widget of widgets) {
      const position = isRec(widget.position) ? widget.position : undefined;
      const heights = [widget.heightBehavior, position && 'heightBehavior' in position ? position.heightBehavior : undefined].filter((value) => value !== undefined && value !== null);
      if (heights.length > 0 && mode !== 'VERTICAL_LIST') {
        problems.push({ severity: 'error', entity, message: `Page layout widget "${String(widget.title)}" defines heightBehavior, but its parent tab "${title}" uses ${mode}. heightBehavior is only supported for VERTICAL_LIST tabs.` });
      }
      for (const height of heights) {
        if (!HEIGHT_BEHAVIORS.includes(String(height))) problems.push({ severity: 'error', entity, message: `Page layout widget "${String(widget.title)}" defines unsupported heightBehavior "${String(height)}". Expected FIT_CONTENT or TAB_VIEWPORT.` });
      }
    }
    if (problems.length > before) return;
    for (const widget of widgets) {
      // A widget without a position gets one in the tab's mode; a gridPosition becomes a GRID position.
      const position = isRec(widget.position) ? widget.position : undefined;
      const widgetMode = position ? str(position.layoutMode) : isRec(widget.gridPosition) ? 'GRID' : mode;
      if (widgetMode !== mode) problems.push({ severity: 'error', entity, message: `Page layout widget "${String(widget.title)}" uses a ${widgetMode} position, but its parent tab "${title}" uses ${mode}.` });
    }
  };
  for (const layout of layouts) for (const tab of records(layout.tabs)) checkTab(tab, str(layout.type), str(layout.universalIdentifier));
  for (const tab of records(sections.pageLayoutTabs)) {
    const layoutId = str(tab.pageLayoutUniversalIdentifier);
    checkTab(tab, layoutId ? typeOf.get(layoutId) : undefined, str(tab.universalIdentifier));
  }
  return problems;
}

/** Deprecated layout shapes the build warns about. */
export function layoutDeprecationWarnings(sections: { pageLayouts?: unknown; pageLayoutTabs?: unknown }): SdkCheckProblem[] {
  const warnings: SdkCheckProblem[] = [];
  const tabs = [...records(sections.pageLayouts).flatMap((layout) => records(layout.tabs).map((tab) => ({ tab, entity: str(layout.universalIdentifier) }))), ...records(sections.pageLayoutTabs).map((tab) => ({ tab, entity: str(tab.universalIdentifier) }))];
  for (const { tab, entity } of tabs) {
    if (tab.layoutMode === 'CANVAS') warnings.push({ severity: 'warning', entity, message: `Page layout tab "${String(tab.title)}" uses deprecated CANVAS. For a full-height widget, use VERTICAL_LIST and set the widget's heightBehavior to 'TAB_VIEWPORT'. Existing Canvas layouts remain supported and are not converted.` });
    for (const widget of records(tab.widgets)) {
      if (isRec(widget.position) && widget.position.layoutMode === 'VERTICAL_LIST') warnings.push({ severity: 'warning', entity, message: `Page layout widget "${String(widget.title)}" uses a deprecated vertical-list position. Order the widgets array by position.index, remove position, and move any position.heightBehavior to heightBehavior. Existing positions remain supported and keep their indices.` });
      if ('gridPosition' in widget && widget.gridPosition !== undefined && widget.gridPosition !== null) warnings.push({ severity: 'warning', entity, message: `Page layout widget "${String(widget.title)}" uses deprecated gridPosition. Use position with layoutMode: 'GRID' and the same row, column, rowSpan and columnSpan. Existing gridPosition remains supported.` });
    }
  }
  return warnings;
}

/** Timeline activity types: unique names, and front components that exist in the app. */
export function timelineActivityTypeProblems(sections: { timelineActivityTypes?: unknown; frontComponents?: unknown }): SdkCheckProblem[] {
  const types = records(sections.timelineActivityTypes);
  const problems: SdkCheckProblem[] = [];
  const counts = new Map<string, number>();
  for (const type of types) counts.set(String(type.name), (counts.get(String(type.name)) ?? 0) + 1);
  for (const [name, count] of counts) if (count > 1) problems.push({ severity: 'error', message: `Timeline activity type name "${name}" is used more than once. Names must be unique within an application.` });
  const components = new Set(records(sections.frontComponents).map((component) => str(component.universalIdentifier)));
  for (const type of types) {
    const component = str(type.frontComponentUniversalIdentifier);
    if (component && !components.has(component)) problems.push({ severity: 'error', entity: str(type.universalIdentifier), message: `Timeline activity type "${String(type.name)}" references front component "${component}", which is not defined by this application.` });
  }
  return problems;
}

/** Every whole-app check above, on the assembled sections and the app's package files. */
export function sdkBuildChecks(input: { sections: Record<string, unknown>; packageJson: Rec | null; yarnLockBytes: number | null }): SdkCheckProblem[] {
  return [
    ...relationFieldProblems(input.sections),
    ...pageLayoutTabProblems(input.sections),
    ...timelineActivityTypeProblems(input.sections),
    ...sharedDependencyProblems(input.packageJson),
    ...yarnLockProblems(input.yarnLockBytes),
    ...layoutDeprecationWarnings(input.sections),
    ...sdkDependencyWarnings(input.packageJson),
  ];
}
