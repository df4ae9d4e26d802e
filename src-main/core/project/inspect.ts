import type { JsonObject, ProjectModel } from '../../../src-shared/contract';
import { AppProject } from './app-project';
import { ConfigEvaluator } from './config-evaluator';
import { AppTypecheck } from '../typecheck/app-typecheck';

export interface InspectProblem { file: string; line: number; column: number; message: string }

/** What `twenty-studio inspect --json` prints: manifest-shaped sections plus located errors and warnings. */
export interface InspectResult {
  application: JsonObject | null;
  logicFunctions: JsonObject[];
  objects: JsonObject[];
  fields: JsonObject[];
  roles: JsonObject[];
  /** The logic layer's AI and connection entities, as the manifest lists them. */
  skills: JsonObject[];
  agents: JsonObject[];
  connectionProviders: JsonObject[];
  errors: InspectProblem[];
  warnings: InspectProblem[];
}

export function inspectResultFromModel(model: ProjectModel, options: { missingSdkIsError?: boolean } = {}): InspectResult {
  // Without twenty-sdk nothing of the app can be read: the window shows it as a banner with an Install
  // button, but for inspect (a CI check) "0 functions" must not pass. Packaging builds with the
  // studio's own SDK instead, so for it the missing SDK stays a warning.
  const missingSdk = model.dependencies.state !== 'ok' && options.missingSdkIsError !== false ? model.dependencies.message : null;
  const located = (severity: 'error' | 'warning') =>
    model.problems
      .filter((problem) => (missingSdk !== null && problem.message === missingSdk ? 'error' : problem.severity) === severity)
      .map(({ file, line, column, message }) => ({ file, line, column, message }));
  return {
    application: model.manifest.application,
    logicFunctions: model.manifest.logicFunctions,
    objects: model.manifest.objects,
    fields: model.manifest.fields,
    roles: model.manifest.roles,
    skills: model.manifest.other.skills ?? [],
    agents: model.manifest.other.agents ?? [],
    connectionProviders: model.manifest.other.connectionProviders ?? [],
    errors: located('error'),
    warnings: located('warning'),
  };
}

/** Loads an app once, headless, and returns what the studio sees. */
export async function inspectApp(appDir: string, options: { missingSdkIsError?: boolean; typecheck?: boolean } = {}): Promise<InspectResult> {
  const evaluator = new ConfigEvaluator();
  // The typecheck (`tsc --noEmit`, as `twenty dev:build` runs it) goes on in its own process while the
  // configs evaluate: its errors fail inspect as they fail the build.
  const typecheck = options.typecheck ? new AppTypecheck(appDir) : null;
  try {
    const checked = typecheck?.check();
    const project = new AppProject(appDir, evaluator);
    let model = await project.load();
    if (checked) model = await project.setTypecheck(await checked);
    return inspectResultFromModel(model, options);
  } finally {
    evaluator.dispose();
    typecheck?.dispose();
  }
}
