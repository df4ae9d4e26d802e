import { useMemo, useState } from 'react';
import { payloadTemplate } from '../../../src-shared/twenty/saved-payload/payload-template';
import { validateInputPayload, type InputProblem } from '../../../src-shared/twenty/saved-payload/input-validation';
import { describeError } from '../../api/studio-error';
import { Icon } from '../../app/icons';
import { useStudio, useStudioStore } from '../../app/studio-context';
import { formatJson } from '../run/json-text';
import type { ComposerFunction } from './composer-function';
import { draftKey, type ComposerTrigger } from './composer-store';
import { JsonField, readJsonField } from './forms/json-field';
import { SchemaForm } from './forms/schema-form';
import { invalidJsonPaths, rootNode, type SchemaFormDraft } from './forms/schema-form-model';
import { useActiveComposer, useDraft, usePendingLoad } from './use-composer';

const NOTES: Partial<Record<ComposerTrigger, string>> = {
  cron: 'A cron run receives {} and runs with no user context: userWorkspaceId and workspaceMemberId are null.',
  preInstall: 'Runs before the install: newVersion is the version being installed; previousVersion is absent on a first install.',
  postInstall: 'Runs after the install: newVersion is the version installed; add previousVersion to play an upgrade.',
  uninstall: 'Runs before the app is removed: version is the installed version.',
};

/** The run button shared by the payload composers: the run shows in the run panel and the console. */
function RunRow({ disabled, busy, onRun, onDebug, problem }: { disabled: string | null; busy: boolean; onRun(): void; onDebug(): void; problem?: string | null }) {
  return (
    <div className="composer-actions">
      <button type="button" className="button primary" data-testid="composer-run" disabled={disabled !== null || busy} title={disabled ?? 'Run (Ctrl+Enter)'} onClick={onRun}>
        {busy ? <span className="spinner" aria-hidden="true" /> : <Icon name="play" />} Run
      </button>
      <button type="button" className="button" data-testid="composer-debug" disabled={disabled !== null || busy} title={disabled ?? 'Run this payload under the debugger: it stops at the breakpoints'} onClick={onDebug}>
        <Icon name="bug" /> Debug
      </button>
      {problem && <span className="composer-json-error-text" data-testid="composer-run-problem">{problem}</span>}
    </div>
  );
}

function useRun(fn: ComposerFunction) {
  const studio = useStudio();
  return (payload: unknown) => studio.runs.getState().run(fn.universalIdentifier, fn.name, payload, 'composer');
}

/** The composer's Debug: the same payload, run under the debugger (the Debug pane takes the right-hand side). */
function useDebug(fn: ComposerFunction) {
  const studio = useStudio();
  return (payload: unknown) => studio.debug.getState().start(fn.universalIdentifier, payload);
}

/** Tool and workflow action: a form from the inputSchema, checked with `payload.validate` before the run. */
export function SchemaComposer({ fn, trigger }: { fn: ComposerFunction; trigger: 'tool' | 'workflowAction' }) {
  const studio = useStudio();
  const appVersion = useStudioStore('project', (state) => state.model?.version ?? null);
  const template = useMemo(() => payloadTemplate(fn, trigger, appVersion), [fn, trigger, appVersion]);
  const root = rootNode(template.inputSchema);
  const [draft, setDraft] = useDraft<SchemaFormDraft>(draftKey(fn.universalIdentifier, trigger), () => ({ value: template.payload, texts: {} }));
  const [serverProblems, setServerProblems] = useState<InputProblem[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useRun(fn);
  const liveProblems = useMemo(() => validateInputPayload(template.inputSchema, draft.value), [template.inputSchema, draft.value]);
  const badJson = invalidJsonPaths(draft);
  const problems = serverProblems ?? liveProblems;
  const disabled = badJson.length > 0 ? `Fix the JSON in ${badJson.join(', ')}` : null;

  usePendingLoad(fn.universalIdentifier, trigger, (_inputs, payload) => {
    setServerProblems(null);
    setDraft({ value: payload, texts: {} });
  });

  const debug = useDebug(fn);
  const send = (underDebugger = false) => {
    if (disabled || busy) return;
    setBusy(true);
    setError(null);
    studio.api
      .call('payload.validate', { universalIdentifier: fn.universalIdentifier, payload: draft.value, trigger })
      .then(async ({ valid, problems: found }) => {
        setServerProblems(found);
        if (valid) await (underDebugger ? debug(draft.value) : run(draft.value));
      })
      .catch((caught: unknown) => setError(describeError(caught)))
      .finally(() => setBusy(false));
  };

  useActiveComposer({
    universalIdentifier: fn.universalIdentifier,
    trigger,
    send: () => send(),
    snapshot: async () => (disabled ? null : { trigger, inputs: {}, payload: draft.value }),
  });

  return (
    <div className="composer-split">
      <div className="composer-form" data-testid="schema-composer">
        {root ? (
          <SchemaForm
            root={root}
            draft={draft}
            problems={problems}
            onChange={(next) => {
              setServerProblems(null);
              setDraft(next);
            }}
          />
        ) : (
          <div className="muted">This {trigger === 'tool' ? 'tool' : 'workflow action'} declares no inputSchema: it receives {'{}'}.</div>
        )}
        <RunRow disabled={disabled} busy={busy} onRun={() => send()} onDebug={() => send(true)} problem={problems.length > 0 ? `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}: ${problems[0]!.message}` : null} />
        {error && <div className="notice error">{error}</div>}
      </div>
      <div className="composer-output">
        <div className="composer-output-body">
          <h4 className="preview-heading">Payload</h4>
          <pre className="composer-pre" data-testid="schema-payload">
            {formatJson(draft.value)}
          </pre>
        </div>
      </div>
    </div>
  );
}

/** Cron, install hooks and functions without a trigger: the payload as JSON, with what the server sends. */
export function JsonPayloadComposer({ fn, trigger }: { fn: ComposerFunction; trigger: ComposerTrigger | null }) {
  const appVersion = useStudioStore('project', (state) => state.model?.version ?? null);
  const key = draftKey(fn.universalIdentifier, trigger ?? 'cron');
  const [text, setText] = useDraft(key, () => formatJson(trigger ? payloadTemplate(fn, trigger, appVersion).payload : {}));
  const parsed = readJsonField(text);
  const run = useRun(fn);
  const disabled = parsed.ok ? null : `The payload does not parse (line ${parsed.line}, column ${parsed.column})`;
  const debug = useDebug(fn);
  const send = () => {
    if (parsed.ok) void run(parsed.value);
  };

  usePendingLoad(fn.universalIdentifier, trigger ?? 'cron', (_inputs, payload) => setText(formatJson(payload)));
  useActiveComposer({
    universalIdentifier: fn.universalIdentifier,
    trigger: trigger ?? 'cron',
    send,
    snapshot: async () => (parsed.ok ? { trigger: trigger ?? 'cron', inputs: {}, payload: parsed.value } : null),
  });

  return (
    <div className="composer-form composer-single" data-testid="json-composer">
      <div className="composer-note">{(trigger && NOTES[trigger]) ?? 'This function has no trigger: any JSON payload.'}</div>
      <JsonField label="Payload" testId="composer-payload" value={text} onChange={setText} rows={10} />
      <RunRow disabled={disabled} busy={false} onRun={send} onDebug={() => parsed.ok && void debug(parsed.value)} />
    </div>
  );
}
