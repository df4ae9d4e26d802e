import type { ComposeEventResult } from '../../../../src-shared/contract';
import { Icon } from '../../../app/icons';
import { useStudio } from '../../../app/studio-context';
import { JsonTree } from '../../run/json-tree';
import { RunStatusBadge } from '../../run/run-status';

type EventFunction = ComposeEventResult['functions'][number];

function FunctionResults({ fn }: { fn: EventFunction }) {
  const studio = useStudio();
  if (!fn.results) return null;
  return (
    <div className="fire-results">
      {fn.results.map((record) => (
        <div key={record.runId} className="fire-result" data-testid="who-fires-result" data-status={record.result?.status ?? 'RUNNING'}>
          <div className="fire-result-head">
            <RunStatusBadge status={record.result?.status ?? 'RUNNING'} />
            {record.result && <span className="muted">{Math.round(record.result.duration)} ms</span>}
            <button type="button" className="link" onClick={() => void studio.runs.getState().open(record.runId)}>
              Open run
            </button>
          </div>
          {record.result?.error ? (
            <div className="notice error">
              {record.result.error.errorType}: {record.result.error.errorMessage}
            </div>
          ) : (
            record.result && <JsonTree value={record.result.data} />
          )}
        </div>
      ))}
    </div>
  );
}

/**
 * "Who fires?": every database-event function of the app, whether this event reaches it and why;
 * after Send, each firing function's results, side by side.
 */
export function WhoFiresList({ functions }: { functions: ComposeEventResult['functions'] }) {
  if (functions.length === 0) return <div className="muted composer-empty">The app has no database-event functions.</div>;
  return (
    <ul className="who-fires" data-testid="who-fires">
      {/* The ones that fire first: that is the question asked. */}
      {[...functions].sort((a, b) => Number(b.fires) - Number(a.fires)).map((fn) => (
        <li key={fn.universalIdentifier} className="who-fires-item" data-testid="who-fires-row" data-name={fn.name ?? fn.universalIdentifier} data-fires={fn.fires}>
          <div className="who-fires-head">
            <span className={`fires-badge ${fn.fires ? 'fires-yes' : 'fires-no'}`} data-testid="who-fires-verdict">
              {fn.fires ? 'fires' : 'does not fire'}
            </span>
            <strong>{fn.name ?? fn.universalIdentifier}</strong>
            <span className="muted mono">{fn.eventName}</span>
            {fn.batchMode && <span className="badge">batch</span>}
          </div>
          <div className="who-fires-reason" data-testid="who-fires-reason">
            {fn.reason}
          </div>
          {fn.olderServerFires !== undefined && fn.olderServerFires !== fn.fires && (
            <div className="muted">An older Twenty server would {fn.olderServerFires ? '' : 'not '}fire it.</div>
          )}
          {fn.selfTriggerWarning && (
            <div className="notice warning" data-testid="who-fires-self-trigger">
              <Icon name="warning" /> {fn.selfTriggerWarning}
            </div>
          )}
          <FunctionResults fn={fn} />
        </li>
      ))}
    </ul>
  );
}
