import { useState, type ReactNode } from 'react';

/**
 * A button for what cannot be undone: the first click asks, inline, and only "Yes" acts. No native
 * confirm() (it blocks the window and tests would have to answer it).
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  disabled,
  testId,
  className = 'button',
}: {
  label: ReactNode;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  disabled?: boolean;
  testId: string;
  className?: string;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className={className} disabled={disabled} data-testid={testId} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span className="ws-confirm" role="group" aria-label={question} data-testid={`${testId}-confirm`}>
      <span className="ws-confirm-question">{question}</span>
      <button
        type="button"
        className="button danger"
        data-testid={`${testId}-yes`}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className="button" data-testid={`${testId}-cancel`} onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}
