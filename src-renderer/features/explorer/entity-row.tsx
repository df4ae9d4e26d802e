import type { ReactNode } from 'react';
import type { Entity } from '../../../src-shared/contract';
import { useStudio, useStudioStore } from '../../app/studio-context';

/** One entity in the explorer: click selects it (the inspector follows) and opens its file at the define*() call. */
export function EntityRow({
  entity,
  name,
  detail,
  icon,
  badges,
  hasError,
  testId,
  depth = 1,
}: {
  entity: Entity;
  name: string;
  detail?: string;
  icon: ReactNode;
  badges?: string[];
  hasError: boolean;
  testId: string;
  depth?: number;
}) {
  const studio = useStudio();
  const selected = useStudioStore('project', (state) => state.selectedFile === entity.file);
  const open = () => {
    studio.project.getState().select(entity.file);
    void studio.editor.getState().openFile(entity.file, { line: entity.line, column: entity.column });
  };
  return (
    <button
      type="button"
      className="tree-row entity-row"
      style={{ paddingLeft: 8 + depth * 12 }}
      data-testid={testId}
      data-name={name}
      data-file={entity.file}
      data-selected={selected}
      data-error={hasError}
      aria-current={selected}
      title={`${entity.file}:${entity.line}${entity.stale ? ' (showing the last config that evaluated)' : ''}`}
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
      {hasError && <span className="error-dot" data-testid="error-marker" aria-label="has errors" />}
    </button>
  );
}
