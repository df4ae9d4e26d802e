import { useCallback, useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { useStudio } from '../../app/studio-context';
import type { ComposerState } from './composer-store';
import type { ActiveComposer } from './composer-store';

/** One slice of the composer store. */
export function useComposerStore<U>(selector: (state: ComposerState) => U): U {
  return useStore(useStudio().composer, selector);
}

/**
 * A draft kept in the composer store under `key` (created by `init` the first time), so what was
 * typed survives switching functions and closing the panel.
 */
export function useDraft<T>(key: string, init: () => T): [T, (next: T) => void] {
  const studio = useStudio();
  const stored = useComposerStore((state) => state.drafts[key]) as T | undefined;
  const initial = useRef<{ key: string; value: T } | null>(null);
  if (stored === undefined && initial.current?.key !== key) initial.current = { key, value: init() };
  const draft = stored ?? initial.current!.value;
  const set = useCallback((next: T) => studio.composer.getState().setDraft(key, next), [studio, key]);
  return [draft, set];
}

/** `value`, settled for `delayMs` (the live preview asks the core at most once per pause in typing). */
export function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/**
 * Registers the composer on screen (for Ctrl/Cmd+Enter and "Save"). The callbacks are read through a
 * ref so the registration does not churn on every keystroke.
 */
export function useActiveComposer(active: ActiveComposer): void {
  const studio = useStudio();
  const latest = useRef(active);
  latest.current = active;
  const { universalIdentifier, trigger } = active;
  useEffect(() => {
    const registered: ActiveComposer = {
      universalIdentifier,
      trigger,
      send: () => latest.current.send(),
      snapshot: () => latest.current.snapshot(),
    };
    studio.composer.getState().setActive(registered);
    return () => {
      if (studio.composer.getState().active === registered) studio.composer.getState().setActive(null);
    };
  }, [studio, universalIdentifier, trigger]);
}

/**
 * Adopts a saved or recent payload opened for this composer: `apply` turns its inputs into the draft.
 */
export function usePendingLoad(universalIdentifier: string, trigger: string, apply: (inputs: Record<string, unknown>, payload: unknown) => void): void {
  const studio = useStudio();
  const pending = useComposerStore((state) => state.pendingLoad);
  const latest = useRef(apply);
  latest.current = apply;
  useEffect(() => {
    if (!pending || pending.universalIdentifier !== universalIdentifier || pending.trigger !== trigger) return;
    latest.current(pending.inputs, pending.payload);
    studio.composer.getState().consumeLoad(pending.serial);
  }, [pending, universalIdentifier, trigger, studio]);
}
