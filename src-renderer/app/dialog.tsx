import { useEffect, useRef, type ReactNode } from 'react';

/** A centred modal: Escape or a click on the backdrop closes it. */
export function Dialog({ title, onClose, testId, children }: { title: string; onClose: () => void; testId: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Escape is heard where the focus is: a dialog without an autofocused field takes it itself.
    if (box.current && !box.current.contains(document.activeElement)) box.current.focus();
  }, []);
  return (
    <div
      className="dialog-backdrop"
      onMouseDown={(event) => event.target === event.currentTarget && onClose()}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div ref={box} tabIndex={-1} className="dialog" role="dialog" aria-modal="true" aria-label={title} data-testid={testId}>
        <div className="dialog-title">{title}</div>
        {children}
      </div>
    </div>
  );
}
