import { useState, type ReactNode } from 'react';
import { Icon } from '../../app/icons';

/** A collapsible block of the explorer with a header in small caps and an optional count. */
export function ExplorerSection({
  title,
  count,
  defaultOpen = true,
  testId,
  children,
}: {
  title: string;
  count?: number;
  defaultOpen?: boolean;
  testId?: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <section className="explorer-section" data-testid={testId} data-open={open}>
      <button type="button" className="explorer-section-header" onClick={() => setOpen(!open)} aria-expanded={open}>
        <Icon name={open ? 'chevronDown' : 'chevronRight'} className="twisty" />
        <span className="explorer-section-title">{title}</span>
        {count !== undefined && <span className="count">{count}</span>}
      </button>
      {open && <div className="explorer-section-body">{children}</div>}
    </section>
  );
}

/** A labelled sub-group inside a section (a trigger kind, an object's fields). */
export function ExplorerGroup({ title, icon, children, testId }: { title: string; icon?: ReactNode; children: ReactNode; testId?: string }) {
  const [open, setOpen] = useState(true);
  return (
    <div className="explorer-group" data-testid={testId} data-group={title}>
      <button type="button" className="tree-row group-row" onClick={() => setOpen(!open)} aria-expanded={open}>
        <Icon name={open ? 'chevronDown' : 'chevronRight'} className="twisty" />
        {icon}
        <span className="tree-label">{title}</span>
      </button>
      {open && <div className="tree-children">{children}</div>}
    </div>
  );
}
