import { lazy, Suspense, useMemo } from 'react';
import { isLogicFunctionDefine } from '../../../src-shared/twenty/source-edit/config-paths';
import { useStudio, useStudioStore } from '../../app/studio-context';
import { selectedEntity } from '../project/project-store';
import { problemLocation } from '../problems/problem-list';
import { useProblems } from '../problems/use-problems';
import { DebugButton } from '../debug/debug-button';
import { RunButton, RunWithPayloadButton } from '../run/run-button';
import { runnableFunction } from '../run/runnable-functions';
import { useConfigSource } from '../trigger-editor/config-source';
import { isEntityFormDefine } from '../../../src-shared/twenty/source-edit/entity-form-fields';

// The forms parse the source with TypeScript (megabytes): their chunk loads when an entity that has
// a form is first selected, never with the window.
const TriggerForm = lazy(() => import('../trigger-editor/trigger-form').then((module) => ({ default: module.TriggerForm })));
const EntityForm = lazy(() => import('../entity-form/entity-form').then((module) => ({ default: module.EntityForm })));
const formPending = (
  <div className="muted" data-testid="inspector-form-loading">
    Loading the form…
  </div>
);

/**
 * The selected entity. A logic function gets the trigger form (which edits its source); any other
 * entity its evaluated config, read-only. Functions in the config arrive as
 * `{ "__function": "<name>" }` and are shown that way on purpose: they are not data.
 */
export function InspectorPanel() {
  const studio = useStudio();
  const entity = useStudioStore('project', selectedEntity);
  const problems = useProblems();
  const source = useConfigSource();
  const showForm = entity !== null && source !== null && isLogicFunctionDefine(entity.defineFunction);
  // Skills, agents and connection providers get a form of their own (entity-form/).
  const showEntityForm = entity !== null && source !== null && isEntityFormDefine(entity.defineFunction);
  // The form checks the studio's rules inline as the source changes; the panel keeps the others (syntax, SDK, evaluation).
  const entityProblems = useMemo(
    () => (entity ? problems.filter((problem) => problem.file === entity.file && !(showForm && problem.source === 'studio')) : []),
    [entity, problems, showForm],
  );
  const runnable = useMemo(() => (entity ? runnableFunction(entity) : null), [entity]);
  const staleBundle = useStudioStore('build', (state) => (entity ? state.staleFiles.has(entity.file) : false));
  if (!entity) {
    return (
      <div className="inspector empty-state" data-testid="inspector">
        <p className="inspector-hint">Select a function</p>
        <p className="muted">Pick an entity in the explorer to see its evaluated configuration.</p>
      </div>
    );
  }
  return (
    <div className="inspector" data-testid="inspector" data-file={entity.file}>
      <header className="inspector-header">
        <div className="inspector-kind">{entity.defineFunction}</div>
        <button
          type="button"
          className="link"
          onClick={() => void studio.editor.getState().openFile(entity.file, { line: entity.line, column: entity.column })}
        >
          {entity.file}:{entity.line}
        </button>
        {entity.universalIdentifier && <div className="inspector-id">{entity.universalIdentifier}</div>}
        {runnable && (
          <div className="inspector-actions">
            <RunButton fn={runnable} variant="button" />
            <DebugButton fn={runnable} variant="button" />
            <RunWithPayloadButton fn={runnable} variant="button" />
          </div>
        )}
      </header>
      {staleBundle && <div className="notice warning">The last build of this function failed: a run uses its last good bundle (see Problems).</div>}
      {entity.stale && <div className="notice warning">The file no longer evaluates; this is its last good configuration.</div>}
      {entityProblems.map((problem, index) => (
        <div key={index} className={`notice ${problem.severity}`}>
          {problemLocation(problem)}: {problem.message}
        </div>
      ))}
      {showForm && source && (
        <Suspense fallback={formPending}>
          <TriggerForm key={entity.file} entity={entity} source={source} />
        </Suspense>
      )}
      {showEntityForm && source && (
        <Suspense fallback={formPending}>
          <EntityForm key={entity.file} entity={entity} source={source} />
        </Suspense>
      )}
      {showForm || showEntityForm ? (
        <details className="inspector-evaluated">
          <summary>Evaluated config</summary>
          <pre className="inspector-json" data-testid="inspector-config">
            {entity.config ? JSON.stringify(entity.config, null, 2) : 'The configuration could not be evaluated.'}
          </pre>
        </details>
      ) : (
        <pre className="inspector-json" data-testid="inspector-config">
          {entity.config ? JSON.stringify(entity.config, null, 2) : 'The configuration could not be evaluated.'}
        </pre>
      )}
    </div>
  );
}
