import type { ReactNode } from 'react';

/** A centred modal: Escape or a click on the backdrop closes it. */
export function Dialog({ title, onClose, testId, children }: { title: string; onClose: () => void; testId: string; children: ReactNode }) {
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
      <div className="dialog" role="dialog" aria-modal="true" aria-label={title} data-testid={testId}>
        <div className="dialog-title">{title}</div>
        {children}
      </div>
    </div>
  );
}
