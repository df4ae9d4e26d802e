import { useEffect, useRef } from 'react';
import { Icon } from '../../app/icons';
import { useStudio, useStudioStore } from '../../app/studio-context';
import { ComposeTab } from '../composer/compose-tab';
import { ComposerPanel } from '../composer/composer-panel';
import { useComposerStore } from '../composer/use-composer';
import { ConsolePanel } from '../console/console-panel';
import { HistoryPanel } from '../history/history-panel';
import { ProblemsPanel } from '../problems/problems-panel';
import { useProblems } from '../problems/use-problems';
import { RunPanel } from '../run/run-panel';
import { shownBottomTab, type BottomTab } from './layout-store';

/** Below this width the run pane cannot sit beside the console or the composer: it becomes a tab. */
export const RUN_PANE_BESIDE_MIN_WIDTH = 760;

function PanelTab({ tab, label, count, tone, status }: { tab: BottomTab; label: string; count: number; tone: 'error' | 'neutral'; status?: string }) {
  const studio = useStudio();
  // The composer takes the panel's body while it shows (its state lives in the composer store).
  const composing = useComposerStore((state) => state.shown);
  const active = useStudioStore('layout', (state) => shownBottomTab(state) === tab) && !composing;
  return (
    <button
      type="button"
      role="tab"
      aria-selected={active}
      className="panel-tab"
      data-testid={`panel-tab-${tab}`}
      data-status={status}
      onClick={() => {
        studio.composer.getState().hide();
        studio.layout.getState().showBottomTab(tab);
      }}
    >
      {label}
      {status && <span className={`run-tab-dot run-tab-dot-${status.toLowerCase()}`} aria-label={status.toLowerCase()} />}
      {count > 0 && (
        <span className={`count ${tone === 'error' ? 'count-error' : ''}`} data-testid={`panel-tab-${tab}-count`}>
          {count > 999 ? '999+' : count}
        </span>
      )}
    </button>
  );
}

/**
 * Console, Problems and History as tabs, with the run pane beside them: a run's output streams in
 * the console while its state and result show on the right. When the panel is too narrow for both,
 * the run pane is a tab of its own. The console stays mounted so no output is missed while hidden.
 */
export function BottomPanel() {
  const studio = useStudio();
  const tab = useStudioStore('layout', shownBottomTab);
  const narrow = useStudioStore('layout', (state) => state.bottomNarrow);
  const problems = useProblems();
  const hasErrors = problems.some((problem) => problem.severity === 'error');
  const unseen = useStudioStore('console', (state) => state.unseen);
  const hasApp = useStudioStore('project', (state) => state.model !== null);
  const composing = useComposerStore((state) => state.shown);
  const runStatus = useStudioStore('runs', (state) => (state.shown ? (state.shown.result?.status ?? 'RUNNING') : state.error ? 'ERROR' : null));
  const root = useRef<HTMLDivElement>(null);
  // The Run tab exists while there is a run to show; without one its place falls back to the console.
  const runTabShown = narrow && tab === 'run' && !composing && runStatus !== null;
  const consoleShown = (tab === 'console' || (tab === 'run' && !runTabShown)) && !composing;

  useEffect(() => {
    studio.console.getState().setVisible(consoleShown);
    return () => studio.console.getState().setVisible(false);
  }, [consoleShown, studio]);

  // The panel's own width decides (the side panels and the window both change it).
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const measure = () => studio.layout.getState().setBottomNarrow(element.clientWidth < RUN_PANE_BESIDE_MIN_WIDTH);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [studio]);

  return (
    <div className="bottom-panel" data-testid="bottom-panel" data-narrow={narrow} ref={root}>
      <div className="panel-tabs" role="tablist">
        <PanelTab tab="console" label="Console" count={consoleShown ? 0 : unseen} tone="neutral" />
        <PanelTab tab="problems" label="Problems" count={problems.length} tone={hasErrors ? 'error' : 'neutral'} />
        <PanelTab tab="history" label="History" count={0} tone="neutral" />
        {narrow && runStatus && <PanelTab tab="run" label="Run" count={0} tone="neutral" status={runStatus} />}
        <ComposeTab />
        <span className="toolbar-spacer" />
        {hasApp && (
          <button
            type="button"
            className="icon-button panel-tabs-action"
            title="Run settings (API target, variables)"
            data-testid="run-settings-button"
            onClick={() => studio.layout.getState().openDialog('run-settings')}
          >
            <Icon name="gear" />
          </button>
        )}
      </div>
      <div className="bottom-panel-content">
        <div className="bottom-panel-main" hidden={runTabShown}>
          <div className="panel-body" hidden={!consoleShown}>
            <ConsolePanel />
          </div>
          {tab === 'problems' && !composing && (
            <div className="panel-body">
              <ProblemsPanel />
            </div>
          )}
          {tab === 'history' && !composing && (
            <div className="panel-body">
              <HistoryPanel />
            </div>
          )}
          {composing && (
            <div className="panel-body">
              <ComposerPanel />
            </div>
          )}
        </div>
        {(!narrow || runTabShown) && <RunPanel />}
      </div>
    </div>
  );
}
