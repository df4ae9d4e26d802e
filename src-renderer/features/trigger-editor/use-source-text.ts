import { useEffect, useRef, useState } from 'react';
import type { ConfigSource } from './config-source';

/** Typing in the editor reaches the form after this pause (the issue asks for at most 300 ms). */
export const SOURCE_DEBOUNCE_MS = 200;

/**
 * A file's text from its source, re-read (debounced) whenever it changes, whoever changed it; with
 * the load error and the last refused form change, both cleared when the file changes.
 * Shared by the trigger forms (use-config-literal.ts) and the entity forms (use-entity-literal.ts).
 */
export function useSourceText(source: ConfigSource, path: string) {
  const [text, setText] = useState<string | null>(() => source.read(path));
  const [loadError, setLoadError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<{ key: string; reason: string } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let live = true;
    setText(source.read(path));
    setLoadError(null);
    setRefusal(null);
    source.load(path).then(
      (loaded) => live && setText(source.read(path) ?? loaded),
      (error: unknown) => live && setLoadError(error instanceof Error ? error.message : String(error)),
    );
    const unsubscribe = source.subscribe(path, () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        const current = source.read(path);
        if (live && current !== null) setText(current);
      }, SOURCE_DEBOUNCE_MS);
    });
    return () => {
      live = false;
      unsubscribe();
      if (timer.current) clearTimeout(timer.current);
    };
  }, [source, path]);

  // setText: a form's own edit shows at once (the debounce is for typing).
  return { text, setText, loadError, refusal, setRefusal };
}
