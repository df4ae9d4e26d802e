import type { Breakpoint } from '../../../src-shared/contract';
import { pathOfUri } from '../../monaco/file-models';
import { monaco } from '../../monaco/monaco-environment';
import { currentSession, selectedFrameOf, type DebugStore } from './debug-store';
import { expressionAt } from './hover-expression';

/** Per model: its breakpoint decorations (id -> the breakpoint's line when drawn) and the paused-line one. */
interface ModelDecorations {
  breakpoints: Map<string, number>;
  paused: string[];
}

const glyphClass = (breakpoint: Breakpoint, unverified: boolean): string => {
  if (!breakpoint.enabled) return 'debug-glyph debug-glyph-disabled';
  const kind = breakpoint.logMessage ? 'debug-glyph-log' : breakpoint.condition ? 'debug-glyph-conditional' : 'debug-glyph-breakpoint';
  return `debug-glyph ${kind}${unverified ? ' debug-glyph-unverified' : ''}`;
};

const hoverOf = (breakpoint: Breakpoint): string =>
  breakpoint.logMessage ? `Logpoint: ${breakpoint.logMessage}` : breakpoint.condition ? `Breakpoint when ${breakpoint.condition}` : 'Breakpoint';

/**
 * The debugger in Monaco: breakpoints in the glyph margin (click or F9 to toggle), kept on their
 * line as the text above them is edited; the paused line highlighted; hovering a variable while
 * paused shows its value (evaluated without side effects).
 */
export function startEditorDebugging(editor: monaco.editor.IStandaloneCodeEditor, debug: DebugStore): () => void {
  const decorations = new Map<string, ModelDecorations>();
  const decorationsOf = (model: monaco.editor.ITextModel): ModelDecorations => {
    const key = model.uri.toString();
    let entry = decorations.get(key);
    if (!entry) decorations.set(key, (entry = { breakpoints: new Map(), paused: [] }));
    return entry;
  };

  const draw = (model: monaco.editor.ITextModel | null): void => {
    if (!model || model.isDisposed()) return;
    const path = pathOfUri(model.uri);
    if (!path) return;
    const state = debug.getState();
    const entry = decorationsOf(model);
    const session = currentSession(state);
    const placements = session && session.status !== 'ended' ? session.breakpoints.filter((placement) => placement.file === path) : [];
    const breakpoints = (state.breakpoints[path] ?? []).filter((breakpoint) => breakpoint.line <= model.getLineCount());
    const ids = model.deltaDecorations([...entry.breakpoints.keys()], breakpoints.map((breakpoint) => {
      const placement = placements.find((candidate) => candidate.line === breakpoint.line);
      return {
        range: new monaco.Range(breakpoint.line, 1, breakpoint.line, 1),
        options: {
          glyphMarginClassName: glyphClass(breakpoint, placement !== undefined && !placement.verified),
          glyphMarginHoverMessage: { value: placement?.message ? `${hoverOf(breakpoint)} — ${placement.message}` : hoverOf(breakpoint) },
          stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
        },
      };
    }));
    entry.breakpoints = new Map(ids.map((id, index) => [id, breakpoints[index]!.line]));
    const frame = selectedFrameOf(state);
    const pausedHere = session?.status === 'paused' && frame?.file === path;
    entry.paused = model.deltaDecorations(entry.paused, pausedHere ? [{
      range: new monaco.Range(frame.line, 1, frame.line, 1),
      options: { isWholeLine: true, className: 'debug-paused-line', glyphMarginClassName: 'debug-glyph-paused', stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges },
    }] : []);
  };

  const drawAll = (): void => {
    for (const model of monaco.editor.getModels()) if (pathOfUri(model.uri)) draw(model);
  };

  const toggleAt = (line: number): void => {
    const path = editor.getModel() ? pathOfUri(editor.getModel()!.uri) : null;
    if (path) debug.getState().toggleBreakpoint(path, line);
  };

  editor.updateOptions({ glyphMargin: true });
  const disposables: monaco.IDisposable[] = [
    editor.onMouseDown((event) => {
      const type = event.target.type;
      if (type !== monaco.editor.MouseTargetType.GUTTER_GLYPH_MARGIN && type !== monaco.editor.MouseTargetType.GUTTER_LINE_DECORATIONS) return;
      if (event.target.position) toggleAt(event.target.position.lineNumber);
    }),
    editor.addAction({
      id: 'studio.toggleBreakpoint',
      label: 'Toggle breakpoint',
      keybindings: [monaco.KeyCode.F9],
      run: (instance) => {
        const position = instance.getPosition();
        if (position) toggleAt(position.lineNumber);
      },
    }),
    editor.onDidChangeModel(() => draw(editor.getModel())),
    // Edits move the decorations; the breakpoints follow them.
    monaco.editor.onDidCreateModel((model) => draw(model)),
    monaco.languages.registerHoverProvider(['typescript', 'javascript'], {
      provideHover: async (model, position) => {
        const state = debug.getState();
        const frame = selectedFrameOf(state);
        if (!frame || frame.file !== pathOfUri(model.uri)) return null;
        const expression = expressionAt(model.getLineContent(position.lineNumber), position.column);
        if (!expression) return null;
        const answer = await state.hover(expression);
        if (!answer?.value) return null;
        return { contents: [{ value: `\`${expression}\`: ${'`'}${answer.value.display.replace(/`/g, "'")}${'`'}` }] };
      },
    }),
  ];
  const watched = new Set<string>();
  const followEdits = (model: monaco.editor.ITextModel): void => {
    const key = model.uri.toString();
    if (watched.has(key)) return;
    watched.add(key);
    disposables.push(model.onDidChangeContent(() => {
      const path = pathOfUri(model.uri);
      const entry = decorations.get(key);
      if (!path || !entry) return;
      const moves: { from: number; to: number }[] = [];
      for (const [id, line] of entry.breakpoints) {
        const range = model.getDecorationRange(id);
        if (range && range.startLineNumber !== line) moves.push({ from: line, to: range.startLineNumber });
      }
      if (moves.length > 0) {
        for (const [id, line] of entry.breakpoints) {
          const moved = moves.find((move) => move.from === line);
          if (moved) entry.breakpoints.set(id, moved.to);
        }
        debug.getState().moveBreakpoints(path, moves);
      }
    }));
  };
  for (const model of monaco.editor.getModels()) followEdits(model);
  disposables.push(monaco.editor.onDidCreateModel(followEdits));
  const unsubscribe = debug.subscribe((state, previous) => {
    if (state.breakpoints !== previous.breakpoints || state.sessions !== previous.sessions || state.selectedFrame !== previous.selectedFrame || state.current !== previous.current) drawAll();
  });
  drawAll();
  return () => {
    unsubscribe();
    for (const disposable of disposables) disposable.dispose();
  };
}
