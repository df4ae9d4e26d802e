import { FitAddon } from '@xterm/addon-fit';
import { SearchAddon } from '@xterm/addon-search';
import { Terminal, type ITheme } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';
import { useEffect, useRef } from 'react';
import type { ColorScheme } from '../app/color-scheme';
import { consoleFilterOf, type ConsoleStore } from '../features/console/console-store';
import { formatConsoleLine, lineMatches } from './console-format';
import type { ConsoleLine } from './console-ring';

/** Lines the terminal keeps; the store's ring keeps more, for re-filtering. */
export const terminalScrollback = 50_000;

const themes: Record<ColorScheme, ITheme> = {
  light: { background: '#ffffff', foreground: '#1f2328', cursor: '#ffffff', selectionBackground: '#b6d6fd', red: '#cf222e', cyan: '#0969da' },
  dark: { background: '#1e1f22', foreground: '#d4d4d4', cursor: '#1e1f22', selectionBackground: '#264f78', red: '#f14c4c', cyan: '#4fc1ff' },
};

export interface TerminalSearch {
  findNext(text: string): boolean;
  findPrevious(text: string): boolean;
  clear(): void;
}

const searchDecorations = {
  matchBackground: '#ffd33d',
  matchOverviewRuler: '#d4a72c',
  activeMatchBackground: '#ff9632',
  activeMatchColorOverviewRuler: '#ff9632',
};

/**
 * The xterm that shows console output. Lines reach it straight from the console feed (no React
 * render per batch) and are written once per animation frame, however many batches arrived.
 */
export function TerminalView({
  store,
  scheme,
  onSearchReady,
}: {
  store: ConsoleStore;
  scheme: ColorScheme;
  onSearchReady: (search: TerminalSearch | null) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const terminalRef = useRef<Terminal | null>(null);

  useEffect(() => {
    const term = new Terminal({
      scrollback: terminalScrollback,
      disableStdin: true,
      cursorBlink: false,
      cursorInactiveStyle: 'none',
      fontSize: 12,
      lineHeight: 1.25,
      fontFamily: 'ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace',
      allowProposedApi: true,
      theme: themes[scheme],
    });
    const fit = new FitAddon();
    const search = new SearchAddon();
    term.loadAddon(fit);
    term.loadAddon(search);
    term.open(container.current!);
    terminalRef.current = term;

    const refit = (): void => {
      // A hidden panel measures 0×0; fitting then would collapse the terminal to one column.
      if (container.current && container.current.clientWidth > 0 && container.current.clientHeight > 0) fit.fit();
    };
    refit();
    const resizeObserver = new ResizeObserver(() => requestAnimationFrame(refit));
    resizeObserver.observe(container.current!);

    let pending: string[] = [];
    let frame = 0;
    const flush = (): void => {
      frame = 0;
      if (pending.length === 0) return;
      const text = pending.join('');
      pending = [];
      const { followTail } = store.getState();
      const viewport = term.buffer.active.viewportY;
      term.write(text, () => {
        if (followTail) term.scrollToBottom();
        else term.scrollToLine(viewport);
      });
    };
    const enqueue = (lines: Iterable<ConsoleLine>): void => {
      const filter = consoleFilterOf(store.getState());
      for (const line of lines) if (lineMatches(line, filter)) pending.push(formatConsoleLine(line));
      // Frames stop while the window is hidden: keep only what the terminal could show anyway.
      if (pending.length > terminalScrollback) pending = pending.slice(-terminalScrollback);
      if (!frame) frame = requestAnimationFrame(flush);
    };
    const redraw = (): void => {
      pending = [];
      term.reset();
      enqueue(store.feed.ring);
    };

    redraw();
    const stopLines = store.feed.onLines(enqueue);
    const stopStore = store.subscribe((state, previous) => {
      if (state.generation !== previous.generation) redraw();
      if (state.followTail && !previous.followTail) term.scrollToBottom();
    });
    onSearchReady({
      findNext: (text) => search.findNext(text, { decorations: searchDecorations }),
      findPrevious: (text) => search.findPrevious(text, { decorations: searchDecorations }),
      clear: () => search.clearDecorations(),
    });

    return () => {
      onSearchReady(null);
      stopLines();
      stopStore();
      resizeObserver.disconnect();
      if (frame) cancelAnimationFrame(frame);
      term.dispose();
      terminalRef.current = null;
    };
    // Created once: a new colour scheme is applied by the effect below, not by a new terminal.
  }, [store, onSearchReady]);

  useEffect(() => {
    if (terminalRef.current) terminalRef.current.options.theme = themes[scheme];
  }, [scheme]);

  return <div ref={container} className="terminal-view" data-testid="console-terminal" />;
}
