import { useEffect, useMemo, useRef, useState } from 'react';
import type { RouteRequestResult } from '../../../../src-shared/contract';
import { describeError } from '../../../api/studio-error';
import { useStudio, useStudioStore } from '../../../app/studio-context';
import type { ComposerFunction } from '../composer-function';
import { draftKey } from '../composer-store';
import { useActiveComposer, useDebounced, useDraft, usePendingLoad } from '../use-composer';
import { initialDraftFor, jsonBodyProblem, routeDraftFromInputs, routeInputsOf, routeRequestOf } from './route-draft';
import { RoutePreview } from './route-preview';
import { RouteRequestForm } from './route-request-form';
import { RouteResponseView } from './route-response-view';

/** Typing pauses shorter than this do not ask the core for a new preview. */
const PREVIEW_DELAY_MS = 150;

interface Outcome {
  result: RouteRequestResult | null;
  error: string | null;
  loading: boolean;
}

/**
 * The route composer: an HTTP request to `/s/...` (or a resolver's `/webhooks/server/<id>`) on the left; on the right the live preview (what
 * the server would build and which function it would run, through `routes.request` with dryRun) and,
 * once sent, the HTTP answer.
 */
export function RouteComposer({ fn }: { fn: ComposerFunction }) {
  const studio = useStudio();
  const initial = () => initialDraftFor(fn.universalIdentifier, fn.config);
  const [draft, setDraft] = useDraft(draftKey(fn.universalIdentifier, 'route'), initial);
  const [preview, setPreview] = useState<Outcome>({ result: null, error: null, loading: true });
  const [response, setResponse] = useState<Outcome>({ result: null, error: null, loading: false });
  const [view, setView] = useState<'preview' | 'response'>('preview');
  const request = useMemo(() => routeRequestOf(draft), [draft]);
  const settled = useDebounced(request, PREVIEW_DELAY_MS);
  const bodyProblem = jsonBodyProblem(draft);
  const sendDisabled = bodyProblem ? `The JSON body does not parse (line ${bodyProblem.line}, column ${bodyProblem.column})` : null;
  const previewSerial = useRef(0);
  const output = useRef<HTMLDivElement>(null);
  // A saved edit of the route (path, method, forwarded headers) changes the answer: ask again.
  const revision = useStudioStore('project', (state) => state.model?.revision ?? 0);

  usePendingLoad(fn.universalIdentifier, 'route', (inputs) => setDraft(routeDraftFromInputs(inputs, initial())));

  useEffect(() => {
    // Answers can come back out of order: only the latest request's answer is shown.
    const serial = ++previewSerial.current;
    setPreview((current) => ({ ...current, loading: true }));
    studio.api.call('routes.request', { ...settled, dryRun: true }).then(
      (result) => serial === previewSerial.current && setPreview({ result, error: null, loading: false }),
      (error: unknown) => serial === previewSerial.current && setPreview({ result: null, error: describeError(error), loading: false }),
    );
  }, [studio, settled, revision]);

  const send = (debug = false) => {
    if (sendDisabled || response.loading) return;
    setResponse({ result: response.result, error: null, loading: true });
    setView('response');
    // The run this request starts takes the run pane (beside the composer), not an older one.
    if (preview.result?.match) studio.runs.getState().follow(preview.result.match.universalIdentifier);
    studio.api.call('routes.request', { ...request, dryRun: false, ...(debug ? { debug: true } : {}) }).then(
      (result) => {
        setResponse({ result, error: null, loading: false });
        if (result.runId) void studio.runs.getState().focus(result.runId);
        // A narrow composer stacks the answer under the request: bring it into view.
        requestAnimationFrame(() => output.current?.scrollIntoView?.({ block: 'nearest' }));
      },
      (error: unknown) => setResponse({ result: null, error: describeError(error), loading: false }),
    );
  };

  useActiveComposer({
    universalIdentifier: fn.universalIdentifier,
    trigger: 'route',
    send: () => send(),
    snapshot: async () => {
      if (sendDisabled) return null;
      const result = await studio.api.call('routes.request', { ...request, dryRun: true });
      return { trigger: 'route', inputs: routeInputsOf(draft), payload: result.payload };
    },
  });

  return (
    <div className="composer-split">
      <RouteRequestForm draft={draft} onChange={setDraft} onSend={() => send()} onDebug={() => send(true)} sendDisabled={sendDisabled} sending={response.loading} />
      <div className="composer-output" ref={output}>
        <div className="composer-output-tabs" role="tablist">
          <button type="button" role="tab" className="panel-tab" aria-selected={view === 'preview'} data-testid="route-view-preview" onClick={() => setView('preview')}>
            Preview {preview.loading && <span className="spinner" aria-hidden="true" />}
          </button>
          <button type="button" role="tab" className="panel-tab" aria-selected={view === 'response'} data-testid="route-view-response" onClick={() => setView('response')}>
            Response {response.loading && <span className="spinner" aria-hidden="true" />}
            {response.result?.response && <span className="count">{response.result.response.status}</span>}
          </button>
        </div>
        <div className="composer-output-body">
          {view === 'preview' ? <RoutePreview {...preview} /> : <RouteResponseView result={response.result} error={response.error} />}
        </div>
      </div>
    </div>
  );
}
