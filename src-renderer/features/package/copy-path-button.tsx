import { useState } from 'react';

/** Copies a path to the clipboard, next to "Reveal in folder" (a remote browser cannot open a local folder). */
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
