import { useEffect, useMemo, useRef, useState } from 'react';
import type { ComposeEventResult } from '../../../../src-shared/contract';
import { describeError } from '../../../api/studio-error';
import { Icon } from '../../../app/icons';
import { useStudio, useStudioStore } from '../../../app/studio-context';
import { JsonTree } from '../../run/json-tree';
import type { ComposerFunction } from '../composer-function';
import { draftKey } from '../composer-store';
import { JsonField } from '../forms/json-field';
import { useActiveComposer, useDebounced, useDraft, usePendingLoad } from '../use-composer';
import { batchTextFrom, EVENT_OPERATIONS, eventDraftFromInputs, eventInputsOf, eventParamsOf, initialEventDraft, recordSides, type EventOperation } from './event-draft';
import { WhoFiresList } from './who-fires-list';
import { useEventObjects } from '../../project/use-event-objects';

const PREVIEW_DELAY_MS = 150;

/**
 * The database-event composer: object, operation, record before/after; the event the server would
 * build and "Who fires?" live, and Send runs every firing function. Debug sends with this function
 * under the debugger; "Debug triggered runs" puts the runs the Local workspace triggers for it
 * (the next one, or every one) under the debugger.
 */
export function EventComposer({ fn }: { fn: ComposerFunction }) {
  const studio = useStudio();
  const settings = fn.config.databaseEventTriggerSettings;
  const [draft, setDraft] = useDraft(draftKey(fn.universalIdentifier, 'databaseEvent'), () => initialEventDraft(settings));
  const { objects, error: objectsError } = useEventObjects();
  const [preview, setPreview] = useState<{ result: ComposeEventResult | null; error: string | null; loading: boolean }>({ result: null, error: null, loading: true });
  const [sent, setSent] = useState<{ result: ComposeEventResult | null; error: string | null; loading: boolean }>({ result: null, error: null, loading: false });
  const params = useMemo(() => eventParamsOf(draft), [draft]);
  const settled = useDebounced(params, PREVIEW_DELAY_MS);
  const serial = useRef(0);
  const patch = (changes: Partial<typeof draft>) => {
    setDraft({ ...draft, ...changes });
    // A changed event makes the last results answers to another question.
    setSent({ result: null, error: null, loading: false });
  };
  const object = objects.find((candidate) => candidate.nameSingular === draft.object);
  const fieldNames = useMemo(() => (object ? object.fields.map((field) => field.name) : []), [object]);
  const sides = recordSides(draft.operation);

  usePendingLoad(fn.universalIdentifier, 'databaseEvent', (inputs) => setDraft(eventDraftFromInputs(inputs, initialEventDraft(settings))));

  useEffect(() => {
    if (!settled.ok) return;
    const current = ++serial.current;
    setPreview((state) => ({ ...state, loading: true }));
    studio.api.call('payload.event', { ...settled.params, run: false }).then(
      (result) => current === serial.current && setPreview({ result, error: null, loading: false }),
      (error: unknown) => current === serial.current && setPreview({ result: null, error: describeError(error), loading: false }),
    );
  }, [studio, settled]);

  const firing = preview.result?.functions.filter((candidate) => candidate.fires).length ?? 0;
  const mineFires = preview.result?.functions.some((candidate) => candidate.universalIdentifier === fn.universalIdentifier && candidate.fires) ?? false;
  const triggeredMode = useStudioStore('debug', (state) => state.triggered[fn.universalIdentifier] ?? 'off');
  /** Send; with `underDebugger` this function's runs start under the debugger (the other firing functions run as usual). */
  const send = (underDebugger = false) => {
    if (!params.ok || sent.loading) return;
    setSent({ result: null, error: null, loading: true });
    // This function's run, when it fires, takes the run pane beside the composer (the Debug pane when debugged).
    if (mineFires && !underDebugger) studio.runs.getState().follow(fn.universalIdentifier);
    studio.api.call('payload.event', { ...params.params, run: true, ...(underDebugger ? { debugFunction: fn.universalIdentifier } : {}) }).then(
      (result) => setSent({ result, error: null, loading: false }),
      (error: unknown) => setSent({ result: null, error: describeError(error), loading: false }),
    );
  };

  useActiveComposer({
    universalIdentifier: fn.universalIdentifier,
    trigger: 'databaseEvent',
    send: () => send(),
    snapshot: async () => {
      if (!params.ok) return null;
      const result = await studio.api.call('payload.event', { ...params.params, run: false });
      // What this function receives: its own payload (a batch for batchMode functions).
      const mine = result.functions.find((candidate) => candidate.universalIdentifier === fn.universalIdentifier);
      const payload = mine && mine.payloads.length === 1 ? mine.payloads[0] : result.payload;
      return { trigger: 'databaseEvent', inputs: eventInputsOf(params.params), payload };
    },
  });

  const shown = sent.result ?? preview.result;
  return (
    <div className="composer-split">
      <div className="composer-form" data-testid="event-form">
        <div className="event-line">
          <label className="composer-label">
            <span>Object</span>
            <input className="composer-input" list={`event-objects-${fn.universalIdentifier}`} data-testid="event-object" spellCheck={false} value={draft.object} onChange={(event) => patch({ object: event.target.value.trim() })} />
            <datalist id={`event-objects-${fn.universalIdentifier}`}>
              {objects.map((candidate) => (
                <option key={candidate.nameSingular} value={candidate.nameSingular}>
                  {candidate.source === 'app' ? 'app object' : 'standard'}
                </option>
              ))}
            </datalist>
          </label>
          <label className="composer-label">
            <span>Operation</span>
            <select className="composer-select" data-testid="event-operation" value={draft.operation} onChange={(event) => patch({ operation: event.target.value as EventOperation })}>
              {EVENT_OPERATIONS.map((operation) => (
                <option key={operation}>{operation}</option>
              ))}
            </select>
          </label>
          <label className="composer-label event-record-id">
            <span>Record id</span>
            <input className="composer-input" data-testid="event-record-id" spellCheck={false} value={draft.recordId} onChange={(event) => patch({ recordId: event.target.value })} />
          </label>
        </div>
        {objectsError && <div className="notice error">{objectsError}</div>}
        {objects.length > 0 && !object && draft.object && <div className="composer-hint warning-text">{draft.object} is neither an app object nor a standard one.</div>}
        <label className="composer-toggle" title="Several records in one event batch: batchMode functions get them in one events array, the others once per record">
          <input type="checkbox" data-testid="event-batch" checked={draft.batch} onChange={(event) => patch({ batch: event.target.checked, batchText: event.target.checked && !draft.batchText ? batchTextFrom(draft) : draft.batchText })} />
          Batch (several records)
        </label>
        {draft.batch ? (
          <JsonField label="Records [{ recordId, before, after }]" testId="event-batch-records" value={draft.batchText} onChange={(batchText) => patch({ batchText })} rows={12} />
        ) : (
          <div className="event-records">
            {sides.before && <JsonField label="Before" testId="event-before" value={draft.before} onChange={(before) => patch({ before })} suggestions={fieldNames} optional />}
            {sides.after && <JsonField label="After" testId="event-after" value={draft.after} onChange={(after) => patch({ after })} suggestions={fieldNames} optional />}
          </div>
        )}
        <div className="composer-actions">
          <button type="button" className="button primary" data-testid="event-send" disabled={!params.ok || sent.loading || firing === 0} title={!params.ok ? params.problem : firing === 0 ? 'No function fires for this event' : 'Run every firing function (Ctrl+Enter)'} onClick={() => send()}>
            {sent.loading ? <span className="spinner" aria-hidden="true" /> : <Icon name="play" />} Send to {firing} {firing === 1 ? 'function' : 'functions'}
          </button>
          <button
            type="button"
            className="button"
            data-testid="event-debug"
            disabled={!params.ok || sent.loading || !mineFires}
            title={!params.ok ? params.problem : !mineFires ? `${fn.name} does not fire for this event` : `Send, with ${fn.name} under the debugger (the other firing functions run as usual)`}
            onClick={() => send(true)}
          >
            <Icon name="bug" /> Debug
          </button>
          <label className="composer-label composer-inline" title="Runs the Local workspace starts for database events (a write by a run, the Workspace window, REST): start them under the debugger">
            <span>Debug triggered runs</span>
            <select
              className="composer-select"
              data-testid="event-debug-triggered"
              value={triggeredMode}
              onChange={(event) => void studio.debug.getState().setTriggered(fn.universalIdentifier, event.target.value as 'off' | 'next' | 'every')}
            >
              <option value="off">off</option>
              <option value="next">the next one</option>
              <option value="every">every one</option>
            </select>
          </label>
          {!params.ok && <span className="composer-json-error-text">{params.problem}</span>}
        </div>
      </div>
      <div className="composer-output" data-testid="event-preview" data-loading={preview.loading}>
        <div className="composer-output-body">
          {(preview.error || sent.error) && <div className="notice error">{sent.error ?? preview.error}</div>}
          {shown && (
            <>
              {shown.warnings.map((warning) => (
                <div key={warning} className="notice warning">
                  {warning}
                </div>
              ))}
              <section className="preview-section">
                <h4 className="preview-heading">Who fires? {sent.result && <span className="muted">· results of the send</span>}</h4>
                <WhoFiresList functions={shown.functions} />
              </section>
              <section className="preview-section">
                <h4 className="preview-heading">The event {shown.payloads.length > 1 && <span className="muted">(first of {shown.payloads.length})</span>}</h4>
                <div data-testid="event-payload">
                  <JsonTree value={shown.payload} />
                </div>
              </section>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
