import { useEffect, useRef } from 'react';
import { existingModel } from '../../monaco/file-models';
import { monaco } from '../../monaco/monaco-environment';

/** The disk's version (left, read-only) against the user's buffer (right, still editable). */
export function DiffView({ path, diskContent }: { path: string; diskContent: string }) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const mine = existingModel(path);
    if (!mine) return;
    const disk = monaco.editor.createModel(diskContent, mine.getLanguageId(), monaco.Uri.parse(`studio-disk:///${path}`));
    const diff = monaco.editor.createDiffEditor(container.current!, {
      automaticLayout: true,
      readOnly: false,
      originalEditable: false,
      renderSideBySide: true,
      minimap: { enabled: false },
      fontSize: 13,
    });
    diff.setModel({ original: disk, modified: mine });
    return () => {
      // The user's model lives on in the editor; only the disk copy belongs to this view.
      diff.dispose();
      disk.dispose();
    };
  }, [path, diskContent]);

  return (
    <div className="diff-view" data-testid="diff-view">
      <div className="diff-view-captions">
        <span>On disk</span>
        <span>Yours (unsaved)</span>
      </div>
      <div ref={container} className="diff-view-editor" />
    </div>
  );
}
