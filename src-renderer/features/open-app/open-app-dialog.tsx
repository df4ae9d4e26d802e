import { useEffect, useRef, useState } from 'react';
import type { RecentApp } from '../../../src-shared/contract';
import { describeError } from '../../api/studio-error';
import { Icon } from '../../app/icons';
import { useStudio } from '../../app/studio-context';
import { Dialog } from '../../app/dialog';

type Completion = { path: string; isTwentyApp: boolean };

function parentFolder(path: string): string {
  const index = path.replace(/\/+$/, '').lastIndexOf('/');
  return index > 0 ? path.slice(0, index + 1) : '/';
}

/** `/a/b/` and `/a/b` are the same folder to the user; the core gets the plain form. */
function withoutTrailingSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

/** Browser mode has no native folder picker: a path field that completes like a shell, plus the recent apps. */
export function OpenAppDialog() {
  const studio = useStudio();
  const currentDir = studio.project.getState().model?.appDir;
  const [path, setPath] = useState(currentDir ? parentFolder(currentDir) : '');
  const [completions, setCompletions] = useState<Completion[]>([]);
  const [highlight, setHighlight] = useState(-1);
  const [recent, setRecent] = useState<RecentApp[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [opening, setOpening] = useState(false);
  const requestSeq = useRef(0);
  const close = () => studio.layout.getState().closeDialog();

  useEffect(() => {
    studio.api.call('app.recent', {}).then(({ apps }) => setRecent(apps), () => setRecent([]));
  }, [studio]);

  useEffect(() => {
    const seq = ++requestSeq.current;
    const timer = setTimeout(() => {
      studio.api.call('app.completePath', { prefix: path }).then(
        ({ entries }) => {
          // Answers can overtake each other; only the one for the latest keystroke counts.
          if (seq !== requestSeq.current) return;
          setCompletions(entries);
          setHighlight(-1);
        },
        () => seq === requestSeq.current && setCompletions([]),
      );
    }, 80);
    return () => clearTimeout(timer);
  }, [path, studio]);

  const open = async (appDir: string) => {
    if (!appDir.trim()) return;
    setOpening(true);
    setError(null);
    try {
      await studio.openApp(withoutTrailingSlash(appDir.trim()));
      close();
    } catch (openError) {
      setError(describeError(openError));
    } finally {
      setOpening(false);
    }
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (completions.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setHighlight((highlight + step + completions.length) % completions.length);
    } else if (event.key === 'Tab') {
      const pick = completions[highlight] ?? completions[0];
      if (!pick) return;
      event.preventDefault();
      setPath(`${pick.path}/`);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void open(completions[highlight]?.path ?? path);
    }
  };

  return (
    <Dialog title="Open a Twenty app" onClose={close} testId="open-app-dialog">
      <label className="field-label" htmlFor="open-app-input">
        App folder
      </label>
      <input
        id="open-app-input"
        className="text-input"
        data-testid="open-app-input"
        autoFocus
        spellCheck={false}
        autoComplete="off"
        placeholder="/path/to/my-twenty-app"
        value={path}
        onChange={(event) => setPath(event.target.value)}
        onKeyDown={onKeyDown}
        aria-autocomplete="list"
        aria-controls="open-app-completions"
      />
      {error && (
        <div className="notice error" data-testid="open-app-error">
          {error}
        </div>
      )}
      {completions.length > 0 && (
        <ul className="completion-list" id="open-app-completions" role="listbox" data-testid="open-app-completions">
          {completions.map((entry, index) => (
            <li
              key={entry.path}
              role="option"
              aria-selected={index === highlight}
              className="completion-item"
              data-testid="open-app-completion"
              data-twenty-app={entry.isTwentyApp}
              onMouseEnter={() => setHighlight(index)}
              onClick={() => (entry.isTwentyApp ? void open(entry.path) : setPath(`${entry.path}/`))}
            >
              <Icon name={entry.isTwentyApp ? 'app' : 'folder'} />
              <span className="completion-path">{entry.path}</span>
              {entry.isTwentyApp && <span className="badge accent-badge">Twenty app</span>}
            </li>
          ))}
        </ul>
      )}
      <div className="dialog-hint">
        <kbd>Tab</kbd> completes, <kbd>↑</kbd>
        <kbd>↓</kbd> choose, <kbd>Enter</kbd> opens
      </div>
      {recent.length > 0 && (
        <>
          <div className="field-label">Recent</div>
          <ul className="recent-list" data-testid="recent-apps">
            {recent.map((app) => (
              <li key={app.appDir}>
                <button type="button" className="recent-item" data-testid="recent-app" onClick={() => void open(app.appDir)} disabled={opening}>
                  <span className="recent-name">{app.name}</span>
                  <span className="recent-path">{app.appDir}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={close}>
          Cancel
        </button>
        <button type="button" className="button primary" disabled={opening || !path.trim()} onClick={() => void open(path)} data-testid="open-app-submit">
          {opening ? 'Opening…' : 'Open'}
        </button>
      </div>
    </Dialog>
  );
}
