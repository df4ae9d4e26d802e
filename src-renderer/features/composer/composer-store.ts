import { createStore } from 'zustand/vanilla';
import type { SavedPayloadContent } from '../../../src-shared/contract/payloads';

export type ComposerTrigger = SavedPayloadContent['trigger'];

/** What a saved payload holds of the composer: enough to reopen it and to replay it. */
export interface ComposerSnapshot {
  trigger: ComposerTrigger;
  inputs: Record<string, unknown>;
  payload: unknown;
}

/** The composer now on screen: Ctrl/Cmd+Enter and the saved-payloads list reach it through these. */
export interface ActiveComposer {
  universalIdentifier: string;
  trigger: ComposerTrigger;
  /** Sends (routes), fires (events) or runs (the others); a no-op while the input is invalid. */
  send(): void;
  /** The current inputs and the payload they build; null while the input is invalid. */
  snapshot(): Promise<ComposerSnapshot | null>;
}

/** A saved or recent payload to open: the composer of `trigger` adopts it on its next render. */
export interface PendingLoad {
  universalIdentifier: string;
  trigger: ComposerTrigger;
  inputs: Record<string, unknown>;
  payload: unknown;
  /** Bumped on every load, so opening the same payload twice still resets the form. */
  serial: number;
}

/**
 * Adds a header to the route's `forwardedRequestHeaders` in the source. The trigger editor registers
 * it; until it does, the "forward this header" buttons stay disabled.
 */
export type ForwardHeaderHandler = (universalIdentifier: string, headerName: string) => Promise<void>;

export interface ComposerState {
  /** The Compose tab is the one showing in the bottom panel. */
  shown: boolean;
  /**
   * Drafts by `<universalIdentifier>:<trigger>`, kept in the store rather than in components so that
   * switching functions, tabs or panels never loses what was typed.
   */
  drafts: Record<string, unknown>;
  /** The trigger picked per function, for functions with several. */
  triggers: Record<string, ComposerTrigger>;
  active: ActiveComposer | null;
  pendingLoad: PendingLoad | null;
  forwardHeader: ForwardHeaderHandler | null;

  show(): void;
  hide(): void;
  setDraft(key: string, draft: unknown): void;
  pickTrigger(universalIdentifier: string, trigger: ComposerTrigger): void;
  setActive(active: ActiveComposer | null): void;
  load(load: Omit<PendingLoad, 'serial'>): void;
  consumeLoad(serial: number): void;
  setForwardHeader(handler: ForwardHeaderHandler | null): void;
  reset(): void;
}

export type ComposerStore = ReturnType<typeof createComposerStore>;

export const draftKey = (universalIdentifier: string, trigger: ComposerTrigger): string => `${universalIdentifier}:${trigger}`;

export function createComposerStore() {
  let serial = 0;
  return createStore<ComposerState>()((set, get) => ({
    shown: false,
    drafts: {},
    triggers: {},
    active: null,
    pendingLoad: null,
    forwardHeader: null,

    show: () => set({ shown: true }),
    hide: () => set({ shown: false }),
    setDraft: (key, draft) => set({ drafts: { ...get().drafts, [key]: draft } }),
    pickTrigger: (universalIdentifier, trigger) => set({ triggers: { ...get().triggers, [universalIdentifier]: trigger } }),
    setActive: (active) => set({ active }),
    load: (load) => {
      serial += 1;
      set({ pendingLoad: { ...load, serial }, triggers: { ...get().triggers, [load.universalIdentifier]: load.trigger }, shown: true });
    },
    consumeLoad: (done) => {
      if (get().pendingLoad?.serial === done) set({ pendingLoad: null });
    },
    setForwardHeader: (handler) => set({ forwardHeader: handler }),
    // Another app: its functions are not this one's. The trigger editor's handler stays registered.
    reset: () => set({ drafts: {}, triggers: {}, active: null, pendingLoad: null }),
  }));
}
