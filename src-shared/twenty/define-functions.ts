/**
 * The define* functions the SDK recognises and the manifest section each one files its config under
 * (twenty-sdk 2.43, manifest builder). Discovery looks at the callee name only, so a local shim that
 * re-exports these names is recognised too.
 */
export const DEFINE_FUNCTION_SECTIONS = {
  defineApplication: 'application',
  defineApplicationRole: 'roles',
  defineField: 'fields',
  defineIndex: 'indexes',
  defineLogicFunction: 'logicFunctions',
  definePostInstallLogicFunction: 'logicFunctions',
  definePreInstallLogicFunction: 'logicFunctions',
  defineUninstallLogicFunction: 'logicFunctions',
  defineHealthCheck: 'logicFunctions',
  defineObject: 'objects',
  definePermissionFlag: 'permissionFlags',
  defineRole: 'roles',
  defineSkill: 'skills',
  defineAgent: 'agents',
  defineConnectionProvider: 'connectionProviders',
  defineFrontComponent: 'frontComponents',
  defineSettingsFrontComponent: 'frontComponents',
  defineView: 'views',
  defineViewField: 'viewFields',
  defineNavigationMenuItem: 'navigationMenuItems',
  definePageLayout: 'pageLayouts',
  definePageLayoutTab: 'pageLayoutTabs',
  definePageLayoutWidget: 'pageLayoutWidgets',
  defineCommandMenuItem: 'commandMenuItems',
  defineTimelineActivityType: 'timelineActivityTypes',
  defineSettingsMenuItem: 'settingsMenuItems',
} as const;

export type DefineFunctionName = keyof typeof DEFINE_FUNCTION_SECTIONS;
export type ManifestSection = (typeof DEFINE_FUNCTION_SECTIONS)[DefineFunctionName];

export function isDefineFunctionName(name: string): name is DefineFunctionName {
  return Object.prototype.hasOwnProperty.call(DEFINE_FUNCTION_SECTIONS, name);
}

/** Install hooks and the health check are logic functions with a dedicated slot on the application. */
export const INSTALL_HOOK_FUNCTIONS = [
  'definePreInstallLogicFunction',
  'definePostInstallLogicFunction',
  'defineUninstallLogicFunction',
  'defineHealthCheck',
] as const;

/** Manifest sections in the order `twenty dev:build` writes them. */
export const MANIFEST_SECTIONS = [
  'objects', 'fields', 'indexes', 'permissionFlags', 'roles', 'skills', 'agents', 'connectionProviders',
  'logicFunctions', 'frontComponents', 'publicAssets', 'views', 'viewFields', 'navigationMenuItems',
  'pageLayouts', 'pageLayoutTabs', 'pageLayoutWidgets', 'commandMenuItems', 'timelineActivityTypes',
  'settingsMenuItems',
] as const;

export type ManifestListSection = (typeof MANIFEST_SECTIONS)[number];
