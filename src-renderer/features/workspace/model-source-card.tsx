import { useEffect, useState } from 'react';
import { useStudio } from '../../app/studio-context';
import { useWorkspace } from './use-workspace';
import type { ModelSourceSetting } from './workspace-store';

const KINDS: { kind: ModelSourceSetting['kind']; label: string }[] = [
  { kind: 'shipped', label: 'Shipped Twenty 2.43 model' },
  { kind: 'client-sdl', label: "The app's generated client schema (twenty dev)" },
  { kind: 'sdl-file', label: 'A schema.graphql file' },
  { kind: 'remote', label: "The Remote target's schema" },
];

/** Where the standard model comes from, and which roles the workspace's requests act under (reported, not enforced). */
export function ModelSourceCard() {
  const store = useStudio().workspace.window;
  const status = useWorkspace((state) => state.status);
  const setting = useWorkspace((state) => state.modelSourceSetting);
  const busy = useWorkspace((state) => state.dataBusy);
  const [kind, setKind] = useState<ModelSourceSetting['kind']>('shipped');
  const [path, setPath] = useState('');
  useEffect(() => {
    void store.getState().loadModelSource();
  }, [store]);
  useEffect(() => {
    if (!setting) return;
    setKind(setting.kind);
    if (setting.kind === 'sdl-file') setPath(setting.path);
  }, [setting]);
  const source = status?.modelSource ?? null;
  const roles = status?.roles ?? null;
  const chosen: ModelSourceSetting | null = kind === 'sdl-file' ? (path.trim() ? { kind, path: path.trim() } : null) : { kind };
  return (
    <section className="ws-card" data-testid="ws-model-source">
      <div className="ws-card-title">Standard model</div>
      <p className="muted" data-testid="ws-model-source-current">
        {source ? (source.kind === 'shipped' ? `The shipped model (${source.objects} objects).` : `Imported from ${source.origin} (${source.objects} objects).`) : 'Not opened yet.'}
      </p>
      {source?.error && (
        <div className="ws-warning" data-testid="ws-model-source-error">
          {source.requested} could not be used: {source.error} The shipped model is used.
        </div>
      )}
      {source && source.notes.length > 0 && (
        <ul className="muted" data-testid="ws-model-source-notes">
          {source.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <form
        className="ws-seed-row"
        onSubmit={(event) => {
          event.preventDefault();
          if (chosen) void store.getState().applyModelSource(chosen);
        }}
      >
        <select className="text-input" aria-label="Model source" data-testid="ws-model-source-kind" value={kind} onChange={(event) => setKind(event.target.value as ModelSourceSetting['kind'])}>
          {KINDS.map((option) => (
            <option key={option.kind} value={option.kind}>
              {option.label}
            </option>
          ))}
        </select>
        {kind === 'sdl-file' && (
          <input className="text-input" aria-label="Schema file" placeholder="schema.graphql (relative to the app folder)" data-testid="ws-model-source-path" value={path} onChange={(event) => setPath(event.target.value)} />
        )}
        <button type="submit" className="button" data-testid="ws-model-source-apply" disabled={!chosen || busy !== null}>
          Use
        </button>
        {busy === 'model' && <span className="spinner" />}
      </form>
      {roles && (
        <p className="muted" data-testid="ws-roles">
          Roles (reported, not enforced): runs act under {roles.application ? `the application role “${roles.application.label}”` : 'no application role (the app declares none)'} ({roles.requests.application} requests); the window and the CLI as the user ({roles.requests.user}).
        </p>
      )}
    </section>
  );
}
