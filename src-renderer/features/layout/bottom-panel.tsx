import { useEffect } from 'react';
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
import type { BottomTab } from './layout-store';

function PanelTab({ tab, label, count, tone }: { tab: BottomTab; label: string; count: number; tone: 'error' | 'neutral' }) {
  const studio = useStudio();
  // The composer covers the other tabs while it shows (its state lives in the composer store).
  const composing = useComposerStore((state) => state.shown);
  const active = useStudioStore('layout', (state) => state.bottomTab === tab) && !composing;
  return (
    <button
      type="button"
      role="tab"
      aria-selected={active}
      className="panel-tab"
      data-testid={`panel-tab-${tab}`}
      onClick={() => {
        studio.composer.getState().hide();
        studio.layout.getState().showBottomTab(tab);
      }}
    >
      {label}
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
 * the console while its state and result show on the right. The console stays mounted so no output
 * is missed while hidden.
 */
export function BottomPanel() {
  const studio = useStudio();
  const tab = useStudioStore('layout', (state) => state.bottomTab);
  const problems = useProblems();
  const hasErrors = problems.some((problem) => problem.severity === 'error');
  const unseen = useStudioStore('console', (state) => state.unseen);
  const hasApp = useStudioStore('project', (state) => state.model !== null);
  const composing = useComposerStore((state) => state.shown);

  useEffect(() => {
    if (tab === 'console' && unseen > 0) studio.console.getState().markSeen();
  }, [tab, unseen, studio]);

  return (
    <div className="bottom-panel" data-testid="bottom-panel">
      <div className="panel-tabs" role="tablist">
        <PanelTab tab="console" label="Console" count={tab === 'console' ? 0 : unseen} tone="neutral" />
        <PanelTab tab="problems" label="Problems" count={problems.length} tone={hasErrors ? 'error' : 'neutral'} />
        <PanelTab tab="history" label="History" count={0} tone="neutral" />
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
        <div className="bottom-panel-main">
          <div className="panel-body" hidden={tab !== 'console'}>
            <ConsolePanel />
          </div>
          {tab === 'problems' && (
            <div className="panel-body">
              <ProblemsPanel />
            </div>
          )}
          {tab === 'history' && (
            <div className="panel-body">
              <HistoryPanel />
            </div>
          )}
          {composing && (
            <div className="panel-body composer-layer">
              <ComposerPanel />
            </div>
          )}
        </div>
        <RunPanel />
      </div>
    </div>
  );
}
