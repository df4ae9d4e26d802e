import { useState } from 'react';
import { describeError } from '../../api/studio-error';
import { useStudio } from '../../app/studio-context';

type Outcome = { tone: 'ok' | 'error'; text: string } | null;

/**
 * What a Remote target allows: checking it answers (workspace, objects, functions) and generating
 * the app's typed CoreApiClient from its schema. The core says clearly when the target is Offline
 * or has no key, so both buttons are always offered and the answer explains.
 */
export function RemoteActions({ only }: { only?: 'generate' }) {
  const studio = useStudio();
  const [busy, setBusy] = useState<'check' | 'generate' | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const act = async (kind: 'check' | 'generate') => {
    setBusy(kind);
    setOutcome(null);
    try {
      if (kind === 'check') {
        const result = await studio.api.call('target.check', {});
        setOutcome({
          tone: 'ok',
          text: `Connected to ${result.workspace.displayName ?? result.workspace.id}: ${result.objects.length} objects, ${result.logicFunctions.length} logic functions.`,
        });
      } else {
        const result = await studio.api.call('client.generate', {});
        setOutcome({ tone: 'ok', text: `CoreApiClient generated from a ${Math.round(result.schemaBytes / 1024)} kB schema: run the function again.` });
      }
    } catch (error) {
      setOutcome({ tone: 'error', text: describeError(error) });
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="remote-actions" data-testid="remote-actions">
      <div className="remote-actions-buttons">
        {only !== 'generate' && (
          <button type="button" className="button" data-testid="target-check" disabled={busy !== null} onClick={() => void act('check')}>
            {busy === 'check' && <span className="spinner" aria-hidden="true" />} Check connection
          </button>
        )}
        <button type="button" className="button" data-testid="client-generate" disabled={busy !== null} onClick={() => void act('generate')}>
          {busy === 'generate' && <span className="spinner" aria-hidden="true" />} Generate client
        </button>
      </div>
      {outcome && (
        <div className={outcome.tone === 'error' ? 'field-error' : 'muted field-note'} data-testid="remote-actions-outcome">
          {outcome.text}
        </div>
      )}
    </div>
  );
}
