import type { ReactNode } from 'react';
import type { Entity } from '../../../src-shared/contract';
import { useStudio, useStudioStore } from '../../app/studio-context';

/**
 * One entity in the explorer: click selects it (the inspector follows) and opens its file at the
 * define*() call. `actions` (the Run buttons) sit beside the row, not inside it: a button cannot
 * hold another, and a click on them must not open the file.
 */
export function EntityRow({
  entity,
  name,
  detail,
  icon,
  badges,
  hasError,
  staleBundle = false,
  actions,
  testId,
  depth = 1,
}: {
  entity: Entity;
  name: string;
  detail?: string;
  icon: ReactNode;
  badges?: string[];
  hasError: boolean;
  /** The last build of its bundle failed: a run uses the previous bundle. */
  staleBundle?: boolean;
  actions?: ReactNode;
  testId: string;
  depth?: number;
}) {
  const studio = useStudio();
  const selected = useStudioStore('project', (state) => state.selectedFile === entity.file);
  const open = () => {
    studio.project.getState().select(entity.file);
    void studio.editor.getState().openFile(entity.file, { line: entity.line, column: entity.column });
  };
  const row = (
    <button
      type="button"
      className="tree-row entity-row"
      style={{ paddingLeft: 8 + depth * 12 }}
      data-testid={testId}
      data-name={name}
      data-file={entity.file}
      data-selected={selected}
      data-error={hasError}
      data-stale-bundle={staleBundle}
      aria-current={selected}
      title={`${entity.file}:${entity.line}${entity.stale ? ' (showing the last config that evaluated)' : ''}${staleBundle ? ' (build failed: runs use the last good bundle)' : ''}`}
      onClick={open}
    >
      {icon}
      <span className="tree-label">{name}</span>
      {detail && <span className="tree-detail">{detail}</span>}
      {badges?.map((badge) => (
        <span key={badge} className="badge" data-testid="badge">
          {badge}
        </span>
      ))}
      {staleBundle && (
        <span className="badge warning-badge" data-testid="stale-marker">
          stale
        </span>
      )}
      {hasError && <span className="error-dot" data-testid="error-marker" aria-label="has errors" />}
    </button>
  );
  if (!actions) return row;
  return (
    <div className="entity-row-wrap" data-selected={selected}>
      {row}
      <span className="row-actions">{actions}</span>
    </div>
  );
}
