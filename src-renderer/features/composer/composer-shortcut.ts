import type { ComposerStore } from './composer-store';

/** Marks the composer's area: Ctrl/Cmd+Enter typed inside it sends the composed request. */
export const COMPOSER_ROOT_ATTRIBUTE = 'data-composer-root';

/**
 * Ctrl/Cmd+Enter inside the composer sends. The window-wide shortcut (keyboard-shortcuts.ts) runs
 * the active editor file's function on the same key and listens on `window` in the capture phase, so
 * no listener inside the page would ever see the key: this one is installed on `window` too, when the
 * studio is created (before the shell mounts its own), and claims the key only inside the composer.
 */
export function installComposerShortcut(composer: ComposerStore, target: Window | undefined = globalThis.window): () => void {
  // Stores are also built in plain Node tests, where there is no window and no keyboard.
  if (!target) return () => undefined;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
    const element = event.target instanceof Element ? event.target : null;
    if (!element?.closest(`[${COMPOSER_ROOT_ATTRIBUTE}]`)) return;
    const active = composer.getState().active;
    if (!active) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    active.send();
  };
  target.addEventListener('keydown', onKeyDown, { capture: true });
  return () => target.removeEventListener('keydown', onKeyDown, { capture: true });
}
