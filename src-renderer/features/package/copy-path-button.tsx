import { useState } from 'react';

/**
 * Copies a path to the clipboard. The contract has no "reveal in folder" (no shell access from the
 * renderer, in Electron or in a browser), so the path is what the user gets to paste into a file manager.
 */
export function CopyPathButton({ path, testId }: { path: string; testId: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(path);
      setState('copied');
    } catch {
      // Clipboard access can be refused (no focus, an insecure origin): the path stays selectable.
      setState('failed');
    }
  };
  return (
    <button type="button" className="button" data-testid={testId} onClick={() => void copy()} title={path}>
      {state === 'copied' ? 'Copied' : state === 'failed' ? 'Select and copy it' : 'Copy path'}
    </button>
  );
}

/** The folder holding a file, whatever the platform's separator. */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut > 0 ? path.slice(0, cut) : path;
}
