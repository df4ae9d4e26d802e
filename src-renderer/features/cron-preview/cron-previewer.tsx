import { useEffect, useMemo, useState } from 'react';
import { CRON_PRESETS } from '../../../src-shared/twenty/cron';
import { Icon } from '../../app/icons';
import { cronPreviewTable, knownTimeZones, localTimeZone, patternFields, type CronZoneCell } from './cron-preview-rows';
import '../../styles/trigger-editor.css';

const DEFAULT_ZONE = 'America/New_York';

function ZoneCell({ cell }: { cell: CronZoneCell | null }) {
  if (!cell) return <td className="muted">—</td>;
  // Compact: the time, the day when it is not the UTC day, the offset on hover (and at a DST change).
  return (
    <td data-dst={cell.dstTransition || undefined} title={`${cell.local} (UTC${cell.offset})`}>
      {cell.time}
      {cell.dayShift !== 0 && <span className="cron-offset"> {cell.dayShift > 0 ? `+${cell.dayShift}d` : `${cell.dayShift}d`}</span>}
      {cell.dstTransition && (
        <span className="badge warning-badge cron-dst" data-testid="cron-dst" title={`Daylight saving: from this run the zone is UTC${cell.offset}`}>
          DST {cell.offset}
        </span>
      )}
    </td>
  );
}

/** `Europe/Paris` -> `Paris` over `+01:00`: a column header that says which clock it is. */
function ZoneHeader({ zone, label, first }: { zone: string; label?: string; first: CronZoneCell | null | undefined }) {
  const city = zone.split('/').pop()?.replace(/_/g, ' ') || zone;
  return (
    <th title={zone}>
      {label ?? city}
      {first && <span className="cron-th-offset">{first.offset}</span>}
    </th>
  );
}

/** A window on UTC has no separate local column: it would repeat the first one. */
const isUtc = (zone: string): boolean => ['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Universal', 'Etc/Zulu'].includes(zone);

/**
 * Description, warnings and the next runs of a cron pattern, in UTC, the local zone and a chosen zone;
 * an invalid pattern shows cron-parser's error at its field. Used under the form's pattern field and
 * in the Cron dialog.
 */
export function CronPreviewer({
  pattern,
  onPickPreset,
  onRunNow,
  from,
  count = 10,
}: {
  pattern: string;
  /** Shows the presets picker; called with the chosen pattern. */
  onPickPreset?: (pattern: string) => void;
  /** Shows "Run now" (the runner, payload `{}`). */
  onRunNow?: () => void;
  /** Start of the preview (tests); default now. */
  from?: Date;
  count?: number;
}) {
  const [zone, setZone] = useState(DEFAULT_ZONE);
  const localZone = useMemo(localTimeZone, []);
  const zones = useMemo(knownTimeZones, []);
  // Without a fixed start the list follows the clock: it moves on when its first run goes by.
  const [now, setNow] = useState(() => new Date());
  const start = from ?? now;
  const table = useMemo(() => cronPreviewTable(pattern, { from: start, count, localZone, zone }), [pattern, start, count, localZone, zone]);
  const firstRun = table.valid ? table.rows[0]?.iso : undefined;
  useEffect(() => {
    if (from || !firstRun) return;
    // Timers are capped (and a sleeping machine drifts): look again at least every minute.
    const delay = Math.min(Math.max(Date.parse(firstRun) - Date.now() + 50, 50), 60_000);
    const timer = setTimeout(() => setNow(new Date()), delay);
    return () => clearTimeout(timer);
  }, [from, firstRun, now]);
  const fields = patternFields(pattern);
  const localIsUtc = isUtc(localZone);

  return (
    <div className="cron-previewer" data-testid="cron-previewer" data-valid={table.valid}>
      {table.valid ? (
        <div className="cron-description" data-testid="cron-description">
          {table.description}
        </div>
      ) : (
        <div className="cron-error" data-testid="cron-error">
          {table.error.field !== undefined && fields.length > 0 && (
            <div className="cron-fields" aria-hidden="true">
              {fields.map((field, index) => (
                <span key={index} className={`cron-field${index + 1 === table.error.field ? ' bad' : ''}`}>
                  {field}
                </span>
              ))}
            </div>
          )}
          <Icon name="error" /> {table.error.message}
        </div>
      )}
      {table.warnings.map((warning, index) => (
        <div key={index} className="tf-message warning" data-testid="cron-warning">
          {warning}
        </div>
      ))}
      <div className="cron-toolbar">
        {onPickPreset && (
          <select className="tf-select cron-presets" value="" data-testid="cron-presets" onChange={(event) => event.target.value && onPickPreset(event.target.value)}>
            <option value="">Presets…</option>
            {CRON_PRESETS.map((preset) => (
              <option key={preset.id} value={preset.pattern}>
                {preset.label} ({preset.pattern})
              </option>
            ))}
          </select>
        )}
        <label className="cron-zone">
          Zone
          <input className="tf-input mono" list="cron-zones" value={zone} data-testid="cron-zone" onChange={(event) => setZone(event.target.value)} spellCheck={false} />
          <datalist id="cron-zones">
            {zones.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </label>
        {onRunNow && (
          <button type="button" className="button tf-small" onClick={onRunNow} data-testid="cron-run-now" title="Run the function now with the payload {}">
            <Icon name="play" />
            Run now
          </button>
        )}
      </div>
      {table.valid && table.rows.length > 0 && (
        <table className="cron-runs" data-testid="cron-runs">
          <thead>
            <tr>
              <th title="The server's zone in Twenty's images">
                UTC
                <span className="cron-th-offset">{localIsUtc ? 'server and local' : 'server'}</span>
              </th>
              {!localIsUtc && <ZoneHeader zone={localZone} label="Local" first={table.rows[0]?.local} />}
              <ZoneHeader zone={zone} first={table.rows[0]?.zone} />
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.iso} data-testid="cron-run">
                <td title={row.iso}>{row.utcShort}</td>
                {!localIsUtc && <ZoneCell cell={row.local} />}
                <ZoneCell cell={row.zone} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
