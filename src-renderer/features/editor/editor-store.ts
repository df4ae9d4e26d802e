import { createStore } from 'zustand/vanilla';
import type { FileChange, FileContent, SessionState, StudioApi } from '../../../src-shared/contract';
import { describeError } from '../../api/studio-error';

export interface EditorBuffer {
  path: string;
  status: 'loading' | 'ready' | 'error';
  /** What the user sees and edits. */
  content: string;
  /** The disk content `baseVersion` names; null when the file is not on disk (deleted, or not yet created). */
  savedContent: string | null;
  baseVersion: string | null;
  dirty: boolean;
  /**
   * Increases whenever `content` is replaced from outside the editor widget (load, reload, take theirs),
   * so the widget knows to copy it into its model; edits made in the widget leave it alone.
   */
  externalRevision: number;
  saving: boolean;
  /** Why the last load or save failed, for the tab's tooltip and the prompt. */
  error: string | null;
}

/** The file changed on disk while the buffer held unsaved edits, or a save found a newer file. */
export interface EditorConflict {
  diskContent: string | null;
  diskVersion: string | null;
  /** The diff editor (disk vs mine) is showing. */
  comparing: boolean;
}

export interface RevealRequest {
  path: string;
  line: number;
  column: number;
  /** Distinguishes two requests for the same position, so each one scrolls. */
  seq: number;
}

type SessionEditorPart = Pick<SessionState, 'openTabs' | 'activeTab' | 'unsavedBuffers'>;

export interface EditorState {
  tabs: string[];
  activeTab: string | null;
  buffers: Record<string, EditorBuffer>;
  conflicts: Record<string, EditorConflict>;
  reveal: RevealRequest | null;
  /** A dirty tab the user asked to close: the prompt asks save / discard / cancel. */
  pendingClose: string | null;

  openFile(path: string, position?: { line: number; column: number }): Promise<void>;
  activate(path: string): void;
  /** Closes a tab; a dirty one only after the user confirmed (`discard`). */
  closeTab(path: string, options?: { discard?: boolean }): void;
  cancelClose(): void;
  edit(path: string, content: string): void;
  save(path: string): Promise<void>;
  /** Saves then closes, for the "Save" answer of the close prompt. */
  saveAndClose(path: string): Promise<void>;
  keepMine(path: string): Promise<void>;
  takeTheirs(path: string): Promise<void>;
  setComparing(path: string, comparing: boolean): void;
  handleFileChanges(changes: FileChange[]): void;
  restoreSession(session: SessionEditorPart): Promise<void>;
  reset(): void;
}

export type EditorStore = ReturnType<typeof createEditorStore>;

function readyBuffer(path: string, disk: FileContent, externalRevision: number): EditorBuffer {
  return {
    path,
    status: 'ready',
    content: disk.content,
    savedContent: disk.content,
    baseVersion: disk.version,
    dirty: false,
    externalRevision,
    saving: false,
    error: null,
  };
}

export function createEditorStore(api: StudioApi) {
  let revealSeq = 0;
  /** A file change that arrived while a save of the same file was in flight: it may be our own write echoing back. */
  const changesDuringSave = new Map<string, FileChange>();

  return createStore<EditorState>()((set, get) => {
    const buffer = (path: string): EditorBuffer | undefined => get().buffers[path];

    const patchBuffer = (path: string, patch: Partial<EditorBuffer>): void => {
      const current = buffer(path);
      if (!current) return;
      const next = { ...current, ...patch };
      next.dirty = next.status === 'ready' && next.content !== next.savedContent;
      set({ buffers: { ...get().buffers, [path]: next } });
    };

    /** Replaces what the user sees with the disk's content: only ever called for clean buffers or on the user's request. */
    const applyDisk = (path: string, disk: FileContent): void => {
      const current = buffer(path);
      if (!current) return;
      set({ buffers: { ...get().buffers, [path]: readyBuffer(path, disk, current.externalRevision + 1) } });
      clearConflict(path);
    };

    const setConflict = (path: string, diskContent: string | null, diskVersion: string | null): void => {
      const comparing = get().conflicts[path]?.comparing ?? false;
      set({ conflicts: { ...get().conflicts, [path]: { diskContent, diskVersion, comparing } } });
    };

    const clearConflict = (path: string): void => {
      if (!get().conflicts[path]) return;
      const { [path]: _resolved, ...rest } = get().conflicts;
      set({ conflicts: rest });
    };

    const removeTab = (path: string): void => {
      const { tabs, activeTab } = get();
      const index = tabs.indexOf(path);
      if (index < 0) return;
      const nextTabs = tabs.filter((tab) => tab !== path);
      const nextActive = activeTab === path ? (nextTabs[Math.min(index, nextTabs.length - 1)] ?? null) : activeTab;
      const { [path]: _closed, ...buffers } = get().buffers;
      set({ tabs: nextTabs, activeTab: nextActive, buffers, pendingClose: get().pendingClose === path ? null : get().pendingClose });
      clearConflict(path);
    };

    const load = async (path: string): Promise<void> => {
      try {
        const disk = await api.call('file.read', { path });
        if (buffer(path)?.status === 'loading') applyDisk(path, disk);
      } catch (error) {
        patchBuffer(path, { status: 'error', error: describeError(error) });
      }
    };

    /** Brings a clean buffer up to date with the disk; if the user typed meanwhile, their edits win and it becomes a conflict. */
    const reload = async (path: string): Promise<void> => {
      const before = buffer(path);
      if (!before) return;
      let disk: FileContent;
      try {
        disk = await api.call('file.read', { path });
      } catch (error) {
        patchBuffer(path, { error: describeError(error) });
        return;
      }
      const now = buffer(path);
      if (!now) return;
      if (now.content === before.content && !now.dirty) applyDisk(path, disk);
      else if (disk.version !== now.baseVersion) setConflict(path, disk.content, disk.version);
    };

    const onChange = (change: FileChange): void => {
      const current = buffer(change.path);
      if (!current || current.status !== 'ready') return;
      if (current.saving) {
        changesDuringSave.set(change.path, change);
        return;
      }
      if (change.version !== null && change.version === current.baseVersion) return;
      if (!current.dirty) {
        // Nothing of the user's to keep: follow the disk, as editors do.
        if (change.kind === 'unlink') removeTab(change.path);
        else void reload(change.path);
        return;
      }
      if (change.kind === 'unlink') {
        setConflict(change.path, null, null);
        return;
      }
      setConflict(change.path, null, change.version);
      void api.call('file.read', { path: change.path }).then(
        (disk) => {
          if (get().conflicts[change.path]?.diskVersion === change.version) setConflict(change.path, disk.content, disk.version);
        },
        () => undefined,
      );
    };

    const write = async (path: string, force: boolean): Promise<void> => {
      const current = buffer(path);
      if (!current || current.status !== 'ready' || current.saving) return;
      const content = current.content;
      patchBuffer(path, { saving: true, error: null });
      changesDuringSave.delete(path);
      try {
        const result = await api.call('file.write', { path, content, baseVersion: current.baseVersion, force });
        if (!buffer(path)) return;
        if (result.ok) {
          // The user may have typed while the write travelled: only what was written counts as saved.
          patchBuffer(path, { saving: false, savedContent: content, baseVersion: result.version });
          clearConflict(path);
          const echoed = changesDuringSave.get(path);
          changesDuringSave.delete(path);
          if (echoed && echoed.version !== result.version) onChange(echoed);
        } else {
          changesDuringSave.delete(path);
          patchBuffer(path, { saving: false });
          setConflict(path, result.conflict.diskContent, result.conflict.diskVersion);
        }
      } catch (error) {
        changesDuringSave.delete(path);
        patchBuffer(path, { saving: false, error: `Not saved: ${describeError(error)}` });
      }
    };

    return {
      tabs: [],
      activeTab: null,
      buffers: {},
      conflicts: {},
      reveal: null,
      pendingClose: null,

      openFile: async (path, position) => {
        const isNew = !get().tabs.includes(path);
        set({
          tabs: isNew ? [...get().tabs, path] : get().tabs,
          activeTab: path,
          reveal: position ? { path, line: position.line, column: position.column, seq: ++revealSeq } : get().reveal,
        });
        if (isNew || buffer(path)?.status === 'error') {
          set({
            buffers: {
              ...get().buffers,
              [path]: {
                path,
                status: 'loading',
                content: '',
                savedContent: null,
                baseVersion: null,
                dirty: false,
                externalRevision: 0,
                saving: false,
                error: null,
              },
            },
          });
          await load(path);
        }
      },

      activate: (path) => {
        if (get().tabs.includes(path)) set({ activeTab: path });
      },

      closeTab: (path, options = {}) => {
        if (buffer(path)?.dirty && !options.discard) {
          set({ pendingClose: path, activeTab: path });
          return;
        }
        removeTab(path);
      },

      cancelClose: () => set({ pendingClose: null }),

      edit: (path, content) => {
        const current = buffer(path);
        if (!current || current.status !== 'ready' || current.content === content) return;
        patchBuffer(path, { content });
      },

      save: (path) => {
        // A known conflict is decided by the user (keep mine / take theirs), never by a plain save.
        if (get().conflicts[path]) return Promise.resolve();
        return write(path, false);
      },

      saveAndClose: async (path) => {
        await get().save(path);
        if (buffer(path) && !buffer(path)?.dirty && !get().conflicts[path]) removeTab(path);
        else set({ pendingClose: null });
      },

      keepMine: (path) => write(path, true),

      takeTheirs: async (path) => {
        const conflict = get().conflicts[path];
        if (conflict && conflict.diskVersion === null) {
          // Gone from disk: taking theirs means letting the tab go.
          removeTab(path);
          return;
        }
        try {
          applyDisk(path, await api.call('file.read', { path }));
        } catch (error) {
          patchBuffer(path, { error: describeError(error) });
        }
      },

      setComparing: (path, comparing) => {
        const conflict = get().conflicts[path];
        if (conflict) set({ conflicts: { ...get().conflicts, [path]: { ...conflict, comparing } } });
      },

      handleFileChanges: (changes) => {
        for (const change of changes) onChange(change);
      },

      restoreSession: async ({ openTabs, activeTab, unsavedBuffers }) => {
        const reads = await Promise.all(
          openTabs.map(async (path) => {
            try {
              return { path, disk: await api.call('file.read', { path }) };
            } catch {
              return { path, disk: null };
            }
          }),
        );
        const tabs: string[] = [];
        const buffers: Record<string, EditorBuffer> = {};
        const conflicts: Record<string, EditorConflict> = {};
        for (const { path, disk } of reads) {
          const unsaved = unsavedBuffers[path];
          if (!unsaved) {
            // A clean tab whose file is gone has nothing worth restoring.
            if (disk) {
              tabs.push(path);
              buffers[path] = readyBuffer(path, disk, 1);
            }
            continue;
          }
          tabs.push(path);
          const restored: EditorBuffer = {
            path,
            status: 'ready',
            content: unsaved.content,
            savedContent: disk?.content ?? null,
            baseVersion: unsaved.baseVersion,
            dirty: unsaved.content !== (disk?.content ?? null),
            externalRevision: 1,
            saving: false,
            error: null,
          };
          if (!restored.dirty && disk) restored.baseVersion = disk.version;
          else if ((disk?.version ?? null) !== unsaved.baseVersion) {
            // The file moved on while the window was away: the restored edits are kept, and the user decides.
            conflicts[path] = { diskContent: disk?.content ?? null, diskVersion: disk?.version ?? null, comparing: false };
          }
          buffers[path] = restored;
        }
        // Tabs opened while the session was loading stay, after the restored ones.
        const current = get();
        for (const path of current.tabs) {
          if (tabs.includes(path)) continue;
          tabs.push(path);
          buffers[path] = current.buffers[path]!;
          if (current.conflicts[path]) conflicts[path] = current.conflicts[path];
        }
        set({
          tabs,
          buffers,
          conflicts,
          activeTab: current.activeTab ?? (activeTab && tabs.includes(activeTab) ? activeTab : (tabs[0] ?? null)),
        });
      },

      reset: () => {
        changesDuringSave.clear();
        set({ tabs: [], activeTab: null, buffers: {}, conflicts: {}, reveal: null, pendingClose: null });
      },
    };
  });
}

/** The part of the session the editor owns: tabs, and every buffer with edits not on disk. */
export function editorSessionSnapshot(state: Pick<EditorState, 'tabs' | 'activeTab' | 'buffers'>): SessionEditorPart {
  const unsavedBuffers: SessionState['unsavedBuffers'] = {};
  for (const path of state.tabs) {
    const buffer = state.buffers[path];
    if (buffer?.dirty) unsavedBuffers[path] = { content: buffer.content, baseVersion: buffer.baseVersion };
  }
  return { openTabs: [...state.tabs], activeTab: state.activeTab, unsavedBuffers };
}
