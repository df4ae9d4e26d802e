import { useEffect, useState, type ReactNode } from 'react';
import type { DebugFrame, DebugSession, DebugValue, ExceptionMode } from '../../../src-shared/contract';
import { Icon } from '../../app/icons';
import { useStudio, useStudioStore } from '../../app/studio-context';
import { currentSession } from './debug-store';
import { DebugToolbar } from './debug-toolbar';

function Section({ title, detail, testId, children, open = true }: { title: string; detail?: ReactNode; testId: string; children: ReactNode; open?: boolean }) {
  return (
    <details className="debug-section" open={open} data-testid={testId}>
      <summary>
        <span className="debug-section-title">{title}</span>
        {detail !== undefined && <span className="muted debug-section-detail">{detail}</span>}
      </summary>
      <div className="debug-section-body">{children}</div>
    </details>
  );
}

/** One value; objects expand, their properties loaded when opened. */
export function ValueNode({ name, value, depth }: { name: string; value: DebugValue; depth: number }) {
  const studio = useStudio();
  const [open, setOpen] = useState(false);
  const children = useStudioStore('debug', (state) => (value.objectId ? state.children[value.objectId] : undefined));
  const expandable = value.objectId !== undefined;
  const toggle = () => {
    if (!expandable) return;
    if (!open) void studio.debug.getState().expand(value.objectId!);
    setOpen(!open);
  };
  return (
    <div className="debug-value-node">
      <button type="button" className="debug-value-row" style={{ paddingLeft: depth * 12 + 4 }} onClick={toggle} data-testid="debug-variable" data-name={name} aria-expanded={expandable ? open : undefined}>
        <span className="debug-twisty">{expandable ? <Icon name={open ? 'chevronDown' : 'chevronRight'} /> : null}</span>
        <span className="debug-name">{name}</span>
        <span className="debug-colon">: </span>
        <span className={`debug-value debug-value-${value.subtype ?? value.type}`} data-testid="debug-variable-value" title={value.display}>
          {value.display}
        </span>
      </button>
      {open && children?.loading && <div className="muted debug-loading" style={{ paddingLeft: depth * 12 + 22 }}>Loading…</div>}
      {open && children?.error && <div className="error-text" style={{ paddingLeft: depth * 12 + 22 }}>{children.error}</div>}
      {open && children?.properties?.map((property) => <ValueNode key={property.name} name={property.name} value={property.value} depth={depth + 1} />)}
      {open && children?.properties?.length === 0 && <div className="muted" style={{ paddingLeft: depth * 12 + 22 }}>(no properties)</div>}
    </div>
  );
}

function ScopeNode({ frame }: { frame: DebugFrame }) {
  return (
    <div data-testid="debug-scopes">
      {frame.scopes.map((scope, index) => (
        <ScopeTree key={`${scope.objectId}-${index}`} name={scope.name} objectId={scope.objectId} initiallyOpen={index === 0 && scope.type !== 'global'} />
      ))}
    </div>
  );
}

/** A scope: Local opens by itself, the others (Closure, Module, Global) when asked. */
function ScopeTree({ name, objectId, initiallyOpen }: { name: string; objectId: string; initiallyOpen: boolean }) {
  const studio = useStudio();
  const [open, setOpen] = useState(initiallyOpen);
  const children = useStudioStore('debug', (state) => state.children[objectId]);
  useEffect(() => {
    if (open && !children) void studio.debug.getState().expand(objectId);
  }, [open, children, objectId, studio]);
  return (
    <div className="debug-scope" data-testid="debug-scope" data-name={name}>
      <button type="button" className="debug-value-row debug-scope-row" onClick={() => setOpen(!open)} aria-expanded={open}>
        <span className="debug-twisty"><Icon name={open ? 'chevronDown' : 'chevronRight'} /></span>
        <span className="debug-scope-name">{name}</span>
      </button>
      {open && children?.loading && <div className="muted debug-loading">Loading…</div>}
      {open && children?.error && <div className="error-text">{children.error}</div>}
      {open && children?.properties?.map((property) => <ValueNode key={property.name} name={property.name} value={property.value} depth={1} />)}
    </div>
  );
}

function CallStack({ session }: { session: DebugSession }) {
  const studio = useStudio();
  const selected = useStudioStore('debug', (state) => state.selectedFrame);
  const [showLibraries, setShowLibraries] = useState(false);
  const paused = session.paused;
  if (!paused) return <div className="muted debug-empty">{session.status === 'ended' ? 'Not running.' : 'Running…'}</div>;
  const rows: ReactNode[] = [];
  let index = 0;
  while (index < paused.frames.length) {
    const frame = paused.frames[index]!;
    if (frame.kind === 'library' && !showLibraries) {
      // node_modules frames in a row fold into one line.
      let end = index;
      while (end < paused.frames.length && paused.frames[end]!.kind === 'library') end += 1;
      rows.push(
        <button key={`lib-${index}`} type="button" className="debug-frame debug-frame-library" data-testid="debug-frames-collapsed" onClick={() => setShowLibraries(true)}>
          {end - index} library frame{end - index === 1 ? '' : 's'} (node_modules)
        </button>,
      );
      index = end;
      continue;
    }
    const position = index;
    rows.push(
      <button
        key={frame.id}
        type="button"
        className="debug-frame"
        data-testid="debug-frame"
        data-kind={frame.kind}
        aria-current={position === selected}
        onClick={() => studio.debug.getState().selectFrame(position)}
        title={frame.file ? `${frame.file}:${frame.line}:${frame.column}` : `bundle line ${frame.line}`}
      >
        <span className="debug-frame-name">{frame.functionName}</span>
        <span className="muted debug-frame-where">
          {frame.file ? `${frame.file.split('/').pop()}:${frame.line}` : `(bundle):${frame.line}`}
        </span>
      </button>,
    );
    index += 1;
  }
  return (
    <div className="debug-frames" data-testid="debug-call-stack">
      {rows}
      {paused.hiddenFrames > 0 && <div className="muted debug-hidden-frames">{paused.hiddenFrames} runner and Node frames hidden</div>}
    </div>
  );
}

function WatchList() {
  const studio = useStudio();
  const watches = useStudioStore('debug', (state) => state.watches);
  const values = useStudioStore('debug', (state) => state.watchValues);
  const [draft, setDraft] = useState('');
  return (
    <div className="debug-watches" data-testid="debug-watches">
      {watches.map((expression, index) => {
        const entry = values[expression];
        return (
          <div key={expression} className="debug-watch" data-testid="debug-watch" data-expression={expression}>
            {entry?.value ? <ValueNode name={expression} value={entry.value} depth={0} /> : (
              <div className="debug-value-row">
                <span className="debug-twisty" />
                <span className="debug-name">{expression}</span>
                <span className="debug-colon">: </span>
                <span className="muted" data-testid="debug-variable-value">{entry?.error ?? '…'}</span>
              </div>
            )}
            <button type="button" className="icon-button debug-watch-remove" aria-label={`Remove watch ${expression}`} onClick={() => studio.debug.getState().removeWatch(index)}>
              <Icon name="close" />
            </button>
          </div>
        );
      })}
      <form
        className="debug-watch-add"
        onSubmit={(event) => {
          event.preventDefault();
          studio.debug.getState().addWatch(draft);
          setDraft('');
        }}
      >
        <input className="composer-input" placeholder="Add a watch expression" aria-label="Watch expression" data-testid="debug-watch-input" value={draft} onChange={(event) => setDraft(event.target.value)} />
      </form>
    </div>
  );
}

function BreakpointList({ session }: { session: DebugSession | null }) {
  const studio = useStudio();
  const breakpoints = useStudioStore('debug', (state) => state.breakpoints);
  const exceptions = useStudioStore('debug', (state) => state.exceptions);
  const entries = Object.entries(breakpoints).flatMap(([file, list]) => list.map((breakpoint) => ({ file, breakpoint })));
  const placementOf = (file: string, line: number) => session?.breakpoints.find((placement) => placement.file === file && placement.line === line);
  return (
    <div className="debug-breakpoints" data-testid="debug-breakpoints">
      <label className="debug-exceptions">
        Pause on exceptions
        <select className="composer-select" data-testid="debug-exceptions" value={exceptions} onChange={(event) => studio.debug.getState().setExceptions(event.target.value as ExceptionMode)}>
          <option value="none">Never</option>
          <option value="uncaught">Uncaught</option>
          <option value="all">All</option>
        </select>
      </label>
      {entries.length === 0 && <div className="muted debug-empty">Click left of a line number (or press F9) to add a breakpoint.</div>}
      {entries.map(({ file, breakpoint }) => {
        const placement = placementOf(file, breakpoint.line);
        const debug = studio.debug.getState();
        return (
          <div key={`${file}:${breakpoint.line}`} className="debug-breakpoint" data-testid="debug-breakpoint" data-file={file} data-line={breakpoint.line}>
            <div className="debug-breakpoint-line">
              <input type="checkbox" checked={breakpoint.enabled} aria-label="Enabled" onChange={(event) => debug.updateBreakpoint(file, breakpoint.line, { enabled: event.target.checked })} />
              <button type="button" className="link" onClick={() => void studio.editor.getState().openFile(file, { line: breakpoint.line, column: 1 })}>
                {file.split('/').pop()}:{breakpoint.line}
              </button>
              {placement?.message && <span className={placement.verified ? 'muted' : 'warning-text'} data-testid="debug-breakpoint-message">{placement.message}</span>}
              <span className="toolbar-spacer" />
              <button type="button" className="icon-button" aria-label="Remove breakpoint" onClick={() => debug.removeBreakpoint(file, breakpoint.line)}>
                <Icon name="close" />
              </button>
            </div>
            <input
              className="composer-input debug-breakpoint-field"
              placeholder="Condition (pause when true)"
              aria-label="Condition"
              data-testid="debug-breakpoint-condition"
              defaultValue={breakpoint.condition ?? ''}
              onBlur={(event) => debug.updateBreakpoint(file, breakpoint.line, { condition: event.target.value || undefined })}
            />
            <input
              className="composer-input debug-breakpoint-field"
              placeholder="Log message, {expression} (logpoint: no pause)"
              aria-label="Log message"
              data-testid="debug-breakpoint-log"
              defaultValue={breakpoint.logMessage ?? ''}
              onBlur={(event) => debug.updateBreakpoint(file, breakpoint.line, { logMessage: event.target.value || undefined })}
            />
          </div>
        );
      })}
    </div>
  );
}

function DebugConsole() {
  const studio = useStudio();
  const entries = useStudioStore('debug', (state) => state.consoleEntries);
  const [draft, setDraft] = useState('');
  return (
    <div className="debug-console" data-testid="debug-console">
      <div className="debug-console-entries" data-testid="debug-console-entries">
        {entries.map((entry, index) => (
          <div key={index} className={`debug-console-entry debug-console-${entry.kind}`} data-testid="debug-console-entry" data-kind={entry.kind}>
            {entry.kind === 'input' ? `› ${entry.text}` : entry.value?.objectId ? <ValueNode name="" value={entry.value} depth={0} /> : entry.text}
          </div>
        ))}
      </div>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void studio.debug.getState().evaluate(draft);
          setDraft('');
        }}
      >
        <input className="composer-input debug-console-input" placeholder="Evaluate in the paused frame" aria-label="Debug console" data-testid="debug-console-input" spellCheck={false} value={draft} onChange={(event) => setDraft(event.target.value)} />
      </form>
    </div>
  );
}

/** The debugger in the right-hand pane: controls, call stack, variables, watches, breakpoints and a console. */
export function DebugPane() {
  const session = useStudioStore('debug', (state) => currentSession(state));
  const selected = useStudioStore('debug', (state) => state.selectedFrame);
  const error = useStudioStore('debug', (state) => state.error);
  const frame = session?.paused?.frames[selected] ?? null;
  return (
    <div className="debug-pane" data-testid="debug-pane" data-status={session?.status ?? 'none'}>
      <DebugToolbar session={session} />
      {error && <div className="notice error" data-testid="debug-error">{error}</div>}
      {session?.notices.map((notice) => (
        <div key={notice} className="notice warning" data-testid="debug-notice">{notice}</div>
      ))}
      <div className="debug-sections">
        {session && (
          <Section title="Call stack" testId="debug-section-stack">
            <CallStack session={session} />
          </Section>
        )}
        {frame && (
          <Section title="Variables" testId="debug-section-variables">
            <ScopeNode key={`${session!.paused!.at}-${frame.id}`} frame={frame} />
          </Section>
        )}
        <Section title="Watch" testId="debug-section-watch">
          <WatchList />
        </Section>
        <Section title="Breakpoints" testId="debug-section-breakpoints" open={!session || session.status !== 'paused'}>
          <BreakpointList session={session} />
        </Section>
        <Section title="Debug console" testId="debug-section-console">
          <DebugConsole />
        </Section>
      </div>
    </div>
  );
}
