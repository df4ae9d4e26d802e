import { useRef } from 'react';

/**
 * A drag handle between two panels. It reports the total movement since the drag began, so the
 * owner computes the new size from the size at the start and rounding never accumulates.
 */
export function Splitter({
  orientation,
  onDragStart,
  onDrag,
  testId,
}: {
  /** `vertical`: a vertical bar resizing widths; `horizontal`: a horizontal bar resizing heights. */
  orientation: 'vertical' | 'horizontal';
  onDragStart: () => void;
  onDrag: (delta: number) => void;
  testId: string;
}) {
  const origin = useRef<number | null>(null);
  const position = (event: React.PointerEvent) => (orientation === 'vertical' ? event.clientX : event.clientY);
  return (
    <div
      className={`splitter splitter-${orientation}`}
      role="separator"
      aria-orientation={orientation}
      data-testid={testId}
      onPointerDown={(event) => {
        event.preventDefault();
        event.currentTarget.setPointerCapture(event.pointerId);
        origin.current = position(event);
        onDragStart();
      }}
      onPointerMove={(event) => {
        if (origin.current !== null) onDrag(position(event) - origin.current);
      }}
      onPointerUp={(event) => {
        origin.current = null;
        event.currentTarget.releasePointerCapture(event.pointerId);
      }}
    />
  );
}
