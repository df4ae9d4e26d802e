import { useSyncExternalStore } from 'react';

export type ColorScheme = 'light' | 'dark';

const query = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia?.(query);
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
}

function snapshot(): ColorScheme {
  return window.matchMedia?.(query).matches ? 'dark' : 'light';
}

/** The system's light/dark preference, live: the window and the editor follow it, there is no setting. */
export function useColorScheme(): ColorScheme {
  return useSyncExternalStore(subscribe, snapshot, () => 'light');
}
