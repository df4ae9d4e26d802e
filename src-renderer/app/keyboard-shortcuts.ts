import { useEffect } from 'react';
import { currentSession } from '../features/debug/debug-store';
import { runnableInFile } from '../features/run/runnable-functions';
import type { Studio } from './studio';

/**
 * The window's shortcuts, on Ctrl (Cmd on macOS). Listened for in the capture phase so they work
 * with the focus inside Monaco or the terminal, which would otherwise keep the keys to themselves.
 */
export function useKeyboardShortcuts(studio: Studio): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (/^F(5|6|10|11)$/.test(event.key) && !event.altKey && !event.metaKey) {
        if (debugKey(studio, event)) {
          event.preventDefault();
          event.stopPropagation();
        }
        return;
      }
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const editor = studio.editor.getState();
      const layout = studio.layout.getState();
      const key = event.key.toLowerCase();
      let handled = true;
      if (key === 's' && !event.shiftKey) {
        if (editor.activeTab) void editor.save(editor.activeTab);
      } else if (key === 'o' && !event.shiftKey) layout.openDialog('open-app');
      else if (key === 'p' && !event.shiftKey) {
        if (studio.project.getState().model) layout.openDialog('quick-open');
      } else if (key === 'p' && event.shiftKey) layout.openDialog('command-palette'); else if (key === 'w' && !event.shiftKey) {
        if (editor.activeTab) editor.closeTab(editor.activeTab);
      } else if (key === 'd' && event.shiftKey) {
        // The Workspace window (not Ctrl+Shift+W: in browser mode the browser keeps that one to close its window).
        if (studio.project.getState().model) studio.workspace.toggle();
      } else if (event.code === 'Backquote') layout.toggleBottomPanel();
      else if (key === 'enter' && !event.shiftKey) {
        // A dialog (the payload editor) gives Ctrl+Enter its own meaning; leave the key to it.
        if (layout.dialog || studio.runs.getState().draft) return;
        const fn = runnableInFile(studio.project.getState().model, editor.activeTab);
        if (fn) void studio.runs.getState().run(fn.universalIdentifier, fn.name);
        else handled = false;
      }
      else handled = false;
      if (handled) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [studio]);
}

/**
 * The debugger's keys, as in VS Code: F5 continue (or debug the function of the open file), Shift+F5
 * stop, Ctrl+Shift+F5 restart, F6 pause, F10 step over, F11 step into, Shift+F11 step out.
 */
function debugKey(studio: Studio, event: KeyboardEvent): boolean {
  const debug = studio.debug.getState();
  const session = currentSession(debug);
  const live = session !== null && session.status !== 'ended';
  const paused = session?.status === 'paused';
  if (event.key === 'F5' && event.shiftKey) {
    if (!live) return false;
    void debug.command(event.ctrlKey ? 'restart' : 'stop');
    return true;
  }
  if (event.key === 'F5') {
    if (paused) {
      void debug.command('continue');
      return true;
    }
    if (live) return true;
    const fn = runnableInFile(studio.project.getState().model, studio.editor.getState().activeTab);
    if (!fn) return false;
    void debug.start(fn.universalIdentifier);
    return true;
  }
  if (event.key === 'F6') {
    if (!live || paused) return false;
    void debug.command('pause');
    return true;
  }
  if (!paused) return false;
  if (event.key === 'F10') void debug.command('stepOver');
  else if (event.key === 'F11') void debug.command(event.shiftKey ? 'stepOut' : 'stepInto');
  return true;
}
