import type { Studio } from '../../app/studio';
import { showComposer } from '../composer/compose-tab';
import { selectedEntity } from '../project/project-store';
import { runnableFunction, runnableFunctions, runnableInFile } from '../run/runnable-functions';

/** One thing the window can do, as the command palette lists it. */
export interface StudioCommand {
  id: string;
  label: string;
  /** The key that does the same, shown beside it. */
  shortcut?: string;
  run(): void;
}

const mod = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';

/**
 * Every action of the window that applies now: the fixed ones (files, panels, dialogs, release,
 * workspace) and one Run / Run with payload per runnable function. Built when the palette opens,
 * from the stores as they are, so a command never offers what cannot be done.
 */
export function studioCommands(studio: Studio): StudioCommand[] {
  const model = studio.project.getState().model;
  const editor = studio.editor.getState();
  const layout = studio.layout.getState();
  const runs = studio.runs.getState();
  const commands: StudioCommand[] = [
    { id: 'app.open', label: 'Open an app…', shortcut: `${mod}O`, run: () => layout.openDialog('open-app') },
  ];
  if (!model) return commands;

  commands.push({ id: 'go.quickOpen', label: 'Go to file, function, object or hook…', shortcut: `${mod}P`, run: () => layout.openDialog('quick-open') });
  const active = editor.activeTab;
  if (active) {
    commands.push(
      { id: 'editor.save', label: `Save ${active}`, shortcut: `${mod}S`, run: () => void editor.save(active) },
      { id: 'editor.close', label: `Close ${active}`, shortcut: `${mod}W`, run: () => editor.closeTab(active) },
    );
    const inFile = runnableInFile(model, active);
    if (inFile) commands.push({ id: 'run.activeFile', label: `Run ${inFile.name} (the function in the editor)`, shortcut: `${mod}Enter`, run: () => void runs.run(inFile.universalIdentifier, inFile.name) });
  }
  commands.push(
    { id: 'panel.toggle', label: layout.bottomPanelOpen ? 'Hide the bottom panel' : 'Show the bottom panel', shortcut: `${mod}\``, run: () => layout.toggleBottomPanel() },
    { id: 'panel.console', label: 'Show the console', run: () => showTab(studio, 'console') },
    { id: 'panel.problems', label: 'Show problems', run: () => showTab(studio, 'problems') },
    { id: 'panel.history', label: 'Show the run history', run: () => showTab(studio, 'history') },
  );
  const selected = selectedEntity(studio.project.getState());
  const selectedRunnable = selected ? runnableFunction(selected) : null;
  if (selectedRunnable) commands.push({ id: 'composer.show', label: `Compose a payload for ${selectedRunnable.name}`, run: () => showComposer(studio) });
  const shown = runs.shown;
  if (shown && shown.result === null) commands.push({ id: 'run.cancel', label: `Cancel the run of ${shown.functionName}`, run: () => void runs.cancel(shown.runId) });
  if (shown || runs.error) commands.push({ id: 'run.close', label: 'Close the run pane', run: () => runs.close() });
  commands.push(
    { id: 'run.settings', label: 'Run settings (API target, variables)…', run: () => layout.openDialog('run-settings') },
    { id: 'function.new', label: 'New logic function…', run: () => studio.triggerEditor.getState().openNewFunction() },
    { id: 'cron.preview', label: 'Cron previewer…', run: () => studio.triggerEditor.getState().openCron() },
    { id: 'workspace.toggle', label: 'Workspace window (records, activity, jobs, data)', shortcut: `${mod}Shift+D`, run: () => studio.workspace.toggle() },
    { id: 'release.install', label: 'Simulate install…', run: () => studio.release.view.getState().show('install') },
    { id: 'release.package', label: 'Package the app…', run: () => studio.release.view.getState().show('package') },
  );
  if (studio.release.view.getState().view) commands.push({ id: 'release.close', label: 'Back to the editor (close the release panel)', run: () => studio.release.view.getState().close() });

  for (const fn of runnableFunctions(model)) {
    commands.push(
      { id: `run:${fn.universalIdentifier}`, label: `Run ${fn.name}`, run: () => void runs.run(fn.universalIdentifier, fn.name) },
      { id: `runWith:${fn.universalIdentifier}`, label: `Run ${fn.name} with a payload…`, run: () => void runs.editPayload(fn.universalIdentifier, fn.name) },
    );
  }
  return commands;
}

function showTab(studio: Studio, tab: 'console' | 'problems' | 'history'): void {
  studio.composer.getState().hide();
  studio.layout.getState().showBottomTab(tab);
}
