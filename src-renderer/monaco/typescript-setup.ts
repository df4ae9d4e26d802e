import type { StudioApi } from '../../src-shared/contract';
import type { ProjectStore } from '../features/project/project-store';
import { ensureModel, existingModel } from './file-models';
import { monaco } from './monaco-environment';

const typescript = monaco.typescript;

/**
 * Gives the editor's TypeScript service what the app's own tsconfig would: the SDK's declarations
 * (as extra libs from the core, so `defineLogicFunction` hovers with its real type) and the app's
 * path mappings. Asked again when the app changes or its dependencies get installed.
 */
export function startTypeScriptSetup(api: StudioApi, project: ProjectStore): () => void {
  let configuredFor: string | null = null;

  typescript.typescriptDefaults.setEagerModelSync(true);

  const configure = async (): Promise<void> => {
    const model = project.getState().model;
    if (!model) return;
    const key = `${model.appDir}|${model.dependencies.state}|${model.dependencies.sdkVersion ?? ''}`;
    if (key === configuredFor) return;
    configuredFor = key;
    let typings;
    try {
      typings = await api.call('app.typings', {});
    } catch (error) {
      console.warn('studio: no typings for the editor', error);
      configuredFor = null;
      return;
    }
    const appFiles = new Set(model.files);
    const extraLibs: { content: string; filePath: string }[] = [];
    for (const lib of typings.libs) {
      const path = lib.uri.startsWith('file:///') ? lib.uri.slice('file:///'.length) : null;
      // App files are models (the user edits them); a model and an extra lib at one uri would be two copies.
      if (path && appFiles.has(path)) {
        if (!existingModel(path)) ensureModel(path, lib.content);
      } else extraLibs.push({ content: lib.content, filePath: lib.uri });
    }
    typescript.typescriptDefaults.setExtraLibs(extraLibs);
    typescript.typescriptDefaults.setCompilerOptions({
      // ES2022 (TypeScript's enum value 9): Monaco's copy of the enum stops at ES2020.
      target: 9 as monaco.typescript.ScriptTarget,
      module: typescript.ModuleKind.ESNext,
      moduleResolution: typescript.ModuleResolutionKind.NodeJs,
      baseUrl: 'file:///',
      paths: typings.paths,
      allowNonTsExtensions: true,
      strict: true,
      esModuleInterop: true,
      allowSyntheticDefaultImports: true,
      jsx: typescript.JsxEmit.ReactJSX,
      skipLibCheck: true,
    });
  };

  void configure();
  const unsubscribe = project.subscribe((state, previous) => {
    if (state.model !== previous.model) void configure();
  });
  return unsubscribe;
}
