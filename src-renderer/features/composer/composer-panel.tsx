import { useMemo, useState } from 'react';
import { useStudio, useStudioStore } from '../../app/studio-context';
import { selectedEntity } from '../project/project-store';
import { RouteServerControl } from '../route-server/route-server-control';
import { SavedPayloadsPanel } from '../saved-payloads/saved-payloads-panel';
import { composerFunction, TRIGGER_LABELS, type ComposerFunction } from './composer-function';
import { COMPOSER_ROOT_ATTRIBUTE } from './composer-shortcut';
import type { ComposerTrigger } from './composer-store';
import { EventComposer } from './event/event-composer';
import { JsonPayloadComposer, SchemaComposer } from './input-composer';
import { RouteComposer } from './route/route-composer';
import { useComposerStore } from './use-composer';

function ComposerBody({ fn, trigger }: { fn: ComposerFunction; trigger: ComposerTrigger | null }) {
  // Keyed by function: each composer's local state (preview, response) belongs to one function.
  switch (trigger) {
    case 'route':
      return <RouteComposer key={fn.universalIdentifier} fn={fn} />;
    case 'databaseEvent':
      return <EventComposer key={fn.universalIdentifier} fn={fn} />;
    case 'tool':
    case 'workflowAction':
      return <SchemaComposer key={`${fn.universalIdentifier}:${trigger}`} fn={fn} trigger={trigger} />;
    default:
      return <JsonPayloadComposer key={`${fn.universalIdentifier}:${trigger}`} fn={fn} trigger={trigger} />;
  }
}

/**
 * The Compose tab: builds the payload Twenty would send the selected function, by its trigger, and
 * sends it. Saved payloads and the local route server sit alongside.
 */
export function ComposerPanel() {
  const studio = useStudio();
  const entity = useStudioStore('project', selectedEntity);
  const fn = useMemo(() => composerFunction(entity), [entity]);
  const picked = useComposerStore((state) => (fn ? state.triggers[fn.universalIdentifier] : undefined));
  const trigger = fn ? (picked && fn.triggers.includes(picked) ? picked : (fn.triggers[0] ?? null)) : null;
  // null: shown when the composer is wide enough (a container query decides), else as toggled.
  const [savedOpen, setSavedOpen] = useState<boolean | null>(null);

  return (
    <div className="composer" data-testid="composer" {...{ [COMPOSER_ROOT_ATTRIBUTE]: '' }} data-function={fn?.name} data-trigger={trigger ?? undefined}>
      <div className="composer-header">
        {fn ? (
          <>
            <strong className="composer-title">{fn.name}</strong>
            {fn.triggers.length > 1 ? (
              <div className="segmented" role="tablist" aria-label="Trigger">
                {fn.triggers.map((candidate) => (
                  <button
                    key={candidate}
                    type="button"
                    role="tab"
                    className="segment"
                    aria-selected={candidate === trigger}
                    data-checked={candidate === trigger}
                    data-testid={`composer-trigger-${candidate}`}
                    onClick={() => studio.composer.getState().pickTrigger(fn.universalIdentifier, candidate)}
                  >
                    {TRIGGER_LABELS[candidate]}
                  </button>
                ))}
              </div>
            ) : (
              <span className="badge">{trigger ? TRIGGER_LABELS[trigger] : 'no trigger'}</span>
            )}
            <span className="muted composer-shortcut-hint">Ctrl+Enter sends</span>
          </>
        ) : (
          <span className="muted">Compose</span>
        )}
        <span className="toolbar-spacer" />
        <RouteServerControl />
        {fn && (
          <button
            type="button"
            className="button small saved-toggle"
            data-testid="saved-payloads-toggle"
            data-open={savedOpen ?? 'auto'}
            aria-pressed={savedOpen ?? undefined}
            title="Show or hide the saved payloads"
            onClick={(event) => {
              // "auto" is visible or not depending on the width: the first click flips what the user sees.
              const panel = event.currentTarget.closest('.composer')?.querySelector('.saved-payloads');
              const visible = savedOpen ?? (panel ? getComputedStyle(panel).display !== 'none' : false);
              setSavedOpen(!visible);
            }}
          >
            Saved payloads
          </button>
        )}
      </div>
      {fn ? (
        <div className="composer-main">
          <div className="composer-work">
            <ComposerBody fn={fn} trigger={trigger} />
          </div>
          {savedOpen !== false && <SavedPayloadsPanel key={fn.universalIdentifier} fn={fn} trigger={trigger} auto={savedOpen === null} />}
        </div>
      ) : (
        <div className="composer-empty" data-testid="composer-empty">
          <p>Select a logic function in the explorer to compose its payload.</p>
          <p className="muted">Routes get an HTTP request, database events a record before and after, tools a form from their inputSchema.</p>
        </div>
      )}
    </div>
  );
}
