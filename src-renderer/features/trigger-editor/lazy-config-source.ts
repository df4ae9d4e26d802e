import type { ConfigSource } from './config-source';

/**
 * A ConfigSource whose implementation is loaded on first use: the window's is Monaco's
 * (`monaco-config-source.ts`), megabytes of script that the first paint must not wait on. Until it
 * has loaded, `read` has no text (the form shows its loading state, as for a file not read yet) and
 * a subscription is made as soon as it arrives, with one change notice so the reader reads again.
 */
export function createLazyConfigSource(loadSource: () => Promise<ConfigSource>): ConfigSource {
  let loaded: ConfigSource | null = null;
  let loading: Promise<ConfigSource> | null = null;
  const source = (): Promise<ConfigSource> => {
    loading ??= loadSource().then(
      (ready) => (loaded = ready),
      (error: unknown) => {
        // A failed load (a chunk that could not be fetched) may be tried again by the next caller.
        loading = null;
        throw error;
      },
    );
    return loading;
  };

  return {
    read: (path) => loaded?.read(path) ?? null,
    load: async (path) => (await source()).load(path),
    subscribe: (path, onChange) => {
      if (loaded) return loaded.subscribe(path, onChange);
      let stopped = false;
      let unsubscribe: (() => void) | null = null;
      source().then(
        (ready) => {
          if (stopped) return;
          unsubscribe = ready.subscribe(path, onChange);
          onChange();
        },
        () => undefined, // load() reports the failure to whoever reads the file
      );
      return () => {
        stopped = true;
        unsubscribe?.();
      };
    },
    openForEdit: async (path) => (await source()).openForEdit(path),
    applyEdits: (path, edits) => {
      if (!loaded) throw new Error(`${path} is not open`);
      loaded.applyEdits(path, edits);
    },
  };
}
