import { useMemo } from 'react';
import type { Entity, JsonObject } from '../../../src-shared/contract';
import type { RouteFunction } from '../../../src-shared/twenty/route';
import type { TextRange } from '../../../src-shared/twenty/source-edit/config-literal';
import { validateConfigLiteral } from '../../../src-shared/twenty/validation/logic-function-validation';
import { useStudio, useStudioStore } from '../../app/studio-context';
import { positionAt } from './config-edit';
import type { ConfigSource } from './config-source';
import { DatabaseEventSection } from './database-event-section';
import { CronSection } from './cron-section';
import { FieldMessages } from './form-fields';
import { TriggerFormProvider, type TriggerFormContext } from './form-context';
import { GeneralSection } from './general-section';
import { RouteSection } from './route-section';
import { ServerRouteSection } from './server-route-section';
import { serverRouteIssues } from '../../../src-shared/twenty/validation/server-route-validation';
import { ToolSection, WorkflowActionSection } from './schema-sections';
import { AddTriggerBar } from './trigger-section';
import { useConfigLiteral } from './use-config-literal';
import { useEventObjects } from '../project/use-event-objects';
import '../../styles/trigger-editor.css';

/** Issues about the config as a whole (or the handler), which no field shows. */
const GENERAL_PATHS = new Set(['', 'handler']);

/**
 * The selected logic function's config as a form. It reads the source (not the evaluated config), so
 * it follows typing in the editor; each change becomes the smallest edit of the source's literal.
 */
export function TriggerForm({ entity, source }: { entity: Entity; source: ConfigSource }) {
  const studio = useStudio();
  const view = useConfigLiteral(source, entity.file);
  const { objects } = useEventObjects();
  const logicFunctions = useStudioStore('project', (state) => state.model?.manifest.logicFunctions);
  const manifestEntry = useMemo<JsonObject | null>(
    () => logicFunctions?.find((fn) => fn.universalIdentifier === entity.universalIdentifier) ?? null,
    [logicFunctions, entity.universalIdentifier],
  );
  const knownObjects = useMemo(() => objects.map((object) => ({ nameSingular: object.nameSingular, namePlural: object.namePlural, fields: object.fields.map((field) => field.name) })), [objects]);
  const config = view.described?.ok ? view.described.config : null;
  const issues = useMemo(
    () =>
      config
        ? [
            ...validateConfigLiteral(config, { functions: (logicFunctions ?? []) as unknown as RouteFunction[], objects: knownObjects.length > 0 ? knownObjects : undefined }),
            ...serverRouteIssues(config),
          ]
        : [],
    [config, logicFunctions, knownObjects],
  );

  const reveal = (range: TextRange) => {
    const text = view.text ?? '';
    void studio.editor.getState().openFile(entity.file, positionAt(text, range.start));
  };

  if (view.loadError) return <div className="notice error">Could not read {entity.file}: {view.loadError}</div>;
  if (!view.described) return <div className="tf-loading muted">Reading {entity.file}…</div>;
  if (!view.described.ok) {
    const range = view.described.range;
    return (
      <div className="notice warning" data-testid="trigger-form-unavailable">
        {view.described.reason}
        {range && (
          <>
            {' '}
            <button type="button" className="link" onClick={() => reveal(range)} data-testid="edit-in-code">
              Edit in code
            </button>
          </>
        )}
      </div>
    );
  }

  const form: TriggerFormContext = {
    file: entity.file,
    config: view.described.config,
    issues,
    evaluated: entity.config,
    manifestEntry,
    objects,
    refusal: view.refusal,
    commit: view.commit,
    reveal,
  };
  const generalIssues = issues.filter((issue) => GENERAL_PATHS.has(issue.path));
  const runNow = entity.universalIdentifier
    ? () => void studio.runs.getState().run(entity.universalIdentifier!, typeof entity.config?.name === 'string' ? entity.config.name : entity.file, {})
    : undefined;

  return (
    <TriggerFormProvider value={form}>
      <div className="trigger-form" data-testid="trigger-form" data-file={entity.file}>
        {generalIssues.map((issue, index) => (
          <div key={index} className={`tf-message ${issue.severity}`}>
            {issue.message}
          </div>
        ))}
        {form.config.hasLegacyToolForm && (
          <div className="notice warning tf-legacy" data-testid="legacy-tool">
            This function uses the older <code>isTool</code>/<code>toolInputSchema</code> form, which twenty-sdk 2.43 ignores.
            <button type="button" className="button tf-small" data-testid="rewrite-legacy-tool" onClick={() => void view.commit({ kind: 'rewrite-legacy-tool' }, 'legacy')}>
              Rewrite as toolTriggerSettings
            </button>
            <FieldMessages path="legacy" />
          </div>
        )}
        <GeneralSection />
        <RouteSection />
        <ServerRouteSection />
        <CronSection onRunNow={runNow} />
        <DatabaseEventSection />
        <ToolSection />
        <WorkflowActionSection />
        <AddTriggerBar />
      </div>
    </TriggerFormProvider>
  );
}
