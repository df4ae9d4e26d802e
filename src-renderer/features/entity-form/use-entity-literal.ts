import { useCallback, useMemo } from 'react';
import { applyEntityEdit, describeEntityLiteral, type EntityEdit, type EntityLiteralResult } from '../../../src-shared/twenty/source-edit/entity-edits';
import type { ConfigSource } from '../trigger-editor/config-source';
import { useSourceText } from '../trigger-editor/use-source-text';

export interface EntityLiteralView {
  text: string | null;
  described: EntityLiteralResult | null;
  loadError: string | null;
  refusal: { key: string; reason: string } | null;
  commit(edit: EntityEdit): Promise<boolean>;
  refuse(key: string, reason: string): void;
}

/**
 * A skill, agent or connection provider file, read from its source (re-read when it changes,
 * whoever changed it); form changes are computed on the current text and applied as one undoable
 * editor edit, or refused with the reason and the file left as it was.
 */
export function useEntityLiteral(source: ConfigSource, path: string): EntityLiteralView {
  const { text, setText, loadError, refusal, setRefusal } = useSourceText(source, path);

  const described = useMemo(() => (text === null ? null : describeEntityLiteral(text, path)), [text, path]);

  const commit = useCallback(
    async (edit: EntityEdit): Promise<boolean> => {
      let current: string;
      try {
        current = await source.openForEdit(path);
      } catch (error) {
        setRefusal({ key: edit.path, reason: error instanceof Error ? error.message : String(error) });
        return false;
      }
      const result = applyEntityEdit(current, path, edit);
      if (!result.ok) {
        setRefusal({ key: edit.path, reason: result.reason });
        return false;
      }
      setRefusal(null);
      if (result.edits.length > 0) source.applyEdits(path, result.edits);
      const after = source.read(path);
      if (after !== null) setText(after);
      return true;
    },
    [source, path],
  );

  return { text, described, loadError, refusal, commit, refuse: useCallback((key: string, reason: string) => setRefusal({ key, reason }), []) };
}
