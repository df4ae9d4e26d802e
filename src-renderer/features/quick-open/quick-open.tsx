import { useCallback, useMemo } from 'react';
import { Icon, type IconName } from '../../app/icons';
import { PickerDialog } from '../../app/picker-dialog';
import { useStudio, useStudioStore } from '../../app/studio-context';
import { filterQuickOpen, quickOpenItems, type QuickOpenItem, type QuickOpenKind } from './quick-open-items';

const kindIcons: Record<QuickOpenKind, IconName> = {
  function: 'func',
  hook: 'hook',
  object: 'shapes',
  role: 'shield',
  entity: 'app',
  file: 'file',
};

/** Ctrl/Cmd+P: type a few letters of a function's, object's or hook's name, or of a file's path; Enter opens it. */
export function QuickOpen() {
  const studio = useStudio();
  const model = useStudioStore('project', (state) => state.model);
  const items = useMemo(() => (model ? quickOpenItems(model) : []), [model]);
  const filter = useCallback((query: string) => filterQuickOpen(query, items), [items]);
  const open = (item: QuickOpenItem) => {
    if (item.entity) {
      // As a click on its explorer row: the inspector follows, the editor opens at the define*() call.
      studio.project.getState().select(item.file);
      void studio.editor.getState().openFile(item.file, { line: item.entity.line, column: item.entity.column });
    } else void studio.editor.getState().openFile(item.file);
  };
  return (
    <PickerDialog
      title="Go to file, function, object or hook"
      testId="quick-open"
      placeholder="Search functions, objects, hooks and files by name"
      filter={filter}
      itemKey={(item) => `${item.kind}:${item.file}:${item.name}`}
      itemData={(item) => ({ 'data-kind': item.kind })}
      renderItem={(item) => (
        <>
          <Icon name={kindIcons[item.kind]} />
          <span className="completion-name">{item.kind === 'file' ? item.name.slice(item.name.lastIndexOf('/') + 1) : item.name}</span>
          <span className="completion-path muted">{item.kind === 'file' ? item.name : `${item.detail} · ${item.file}`}</span>
        </>
      )}
      emptyText="Nothing matches."
      onClose={() => studio.layout.getState().closeDialog()}
      onPick={open}
    />
  );
}
