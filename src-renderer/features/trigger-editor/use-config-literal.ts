import { useCallback, useMemo } from 'react';
import { describeConfigLiteral, type ConfigLiteralResult } from '../../../src-shared/twenty/source-edit/config-literal';
import type { ConfigEdit } from '../../../src-shared/twenty/source-edit/config-edits';
import { runConfigEdit } from './config-edit';
import type { ConfigSource } from './config-source';
import { useSourceText } from './use-source-text';

export { SOURCE_DEBOUNCE_MS } from './use-source-text';

export interface ConfigLiteralView {
  /** Null while the file loads. */
  text: string | null;
  described: ConfigLiteralResult | null;
  loadError: string | null;
  /** The last edit the source refused, with the field it came from. */
  refusal: { key: string; reason: string } | null;
  /** Applies a form change; `key` says which field to show a refusal at. Resolves to whether it applied. */
  commit(edit: ConfigEdit, key?: string): Promise<boolean>;
  dismissRefusal(): void;
}

/**
 * The config literal of one file, read from its source and re-read (debounced) whenever the text
 * changes, whoever changed it; form changes go back through `commit`.
 */
export function useConfigLiteral(source: ConfigSource, path: string): ConfigLiteralView {
  const { text, setText, loadError, refusal, setRefusal } = useSourceText(source, path);

  const described = useMemo(() => (text === null ? null : describeConfigLiteral(text, path)), [text, path]);

  const commit = useCallback(
    async (edit: ConfigEdit, key = ''): Promise<boolean> => {
      const outcome = await runConfigEdit(source, path, edit);
      if (!outcome.ok) {
        setRefusal({ key, reason: outcome.reason });
        return false;
      }
      setRefusal(null);
      // The form's own edit shows at once; the debounce is for typing.
      const current = source.read(path);
      if (current !== null) setText(current);
      return true;
    },
    [source, path],
  );

  return { text, described, loadError, refusal, commit, dismissRefusal: useCallback(() => setRefusal(null), []) };
}
