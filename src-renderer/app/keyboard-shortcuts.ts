import { useEffect } from 'react';
import { runnableInFile } from '../features/run/runnable-functions';
import type { Studio } from './studio';

/**
 * The window's shortcuts, on Ctrl (Cmd on macOS). Listened for in the capture phase so they work
 * with the focus inside Monaco or the terminal, which would otherwise keep the keys to themselves.
 */
export function useKeyboardShortcuts(studio: Studio): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
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
