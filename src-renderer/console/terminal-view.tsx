import { FitAddon } from '@xterm/addon-fit';
import { SearchAddon } from '@xterm/addon-search';
import { Terminal, type ITheme } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';
import { useEffect, useRef } from 'react';
import type { ColorScheme } from '../app/color-scheme';
import { consoleFilterOf, type ConsoleStore } from '../features/console/console-store';
import { formatConsoleLine, lineMatches } from './console-format';
import type { ConsoleLine } from './console-ring';
import { LineQueue } from './line-queue';
import { terminalScrollback } from './terminal-limits';

export { terminalScrollback } from './terminal-limits';

/**
 * Lines per `term.write`. xterm parses each write whole and only yields to the page between writes
 * (after ~12 ms), so one write of a big batch would hold the main thread for its whole parse.
 */
const linesPerWrite = 100;
/** Lines formatted and written per animation frame. */
const linesPerFrame = 3_000;

const themes: Record<ColorScheme, ITheme> = {
  light: { background: '#ffffff', foreground: '#1f2328', cursor: '#ffffff', selectionBackground: '#b6d6fd', red: '#cf222e', cyan: '#0969da' },
  dark: { background: '#1e1f22', foreground: '#d4d4d4', cursor: '#1e1f22', selectionBackground: '#264f78', red: '#f14c4c', cyan: '#4fc1ff' },
};

export interface TerminalSearch {
  findNext(text: string): boolean;
  findPrevious(text: string): boolean;
  clear(): void;
}

/** Where Find stands: the active match (1-based, 0 when none is active) of how many. */
export interface SearchResults {
  index: number;
  count: number;
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
  onSearchResults,
}: {
  store: ConsoleStore;
  scheme: ColorScheme;
  onSearchReady: (search: TerminalSearch | null) => void;
  onSearchResults?: (results: SearchResults) => void;
}) {
  const resultsListener = useRef(onSearchResults);
  resultsListener.current = onSearchResults;
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

    const pending = new LineQueue<ConsoleLine>();
    let frame = 0;
    // A frame's lines are still being parsed by xterm: the next slice waits for them (backpressure), so
    // xterm's queue never holds more than one slice and its parsing leaves the page room between frames.
    let inFlight = false;
    // Lines handed to the terminal since it was last reset: past its scrollback, the oldest are gone.
    let written = 0;
    // Told to the toolbar at most twice a second: a flood must not re-render it every frame.
    let droppedTimer = 0;
    const reportDropped = (): void => {
      if (droppedTimer) return;
      droppedTimer = window.setTimeout(() => {
        droppedTimer = 0;
        store.getState().setDropped(Math.max(0, written - terminalScrollback));
      }, 500);
    };
    const flush = (): void => {
      frame = 0;
      if (pending.size === 0 || inFlight) return;
      // A frame formats and hands over a slice; a flood goes on over the next frames (once xterm has
      // parsed this one), so the page keeps drawing and answering.
      const lines = pending.take(linesPerFrame).map(formatConsoleLine);
      inFlight = true;
      const { followTail } = store.getState();
      const viewport = term.buffer.active.viewportY;
      for (let from = 0; from < lines.length; from += linesPerWrite) {
        const last = from + linesPerWrite >= lines.length;
        term.write(
          lines.slice(from, from + linesPerWrite).join(''),
          last
            ? () => {
                inFlight = false;
                if (followTail) term.scrollToBottom();
                else term.scrollToLine(viewport);
                if (pending.size > 0 && !frame) frame = requestAnimationFrame(flush);
              }
            : undefined,
        );
      }
      reportDropped();
    };
    const enqueue = (lines: Iterable<ConsoleLine>): void => {
      const filter = consoleFilterOf(store.getState());
      for (const line of lines) {
        if (!lineMatches(line, filter)) continue;
        pending.push(line);
        written += 1;
      }
      // Frames stop while the window is hidden: keep only what the terminal could show anyway.
      pending.keepLast(terminalScrollback);
      if (!frame && !inFlight) frame = requestAnimationFrame(flush);
    };
    const redraw = (): void => {
      pending.clear();
      written = 0;
      term.reset();
      enqueue(store.feed.ring);
      // The ring itself forgot what came before it: those lines count as dropped too.
      written += store.feed.ring.forgotten;
      reportDropped();
    };

    redraw();
    const stopLines = store.feed.onLines(enqueue);
    const stopStore = store.subscribe((state, previous) => {
      if (state.generation !== previous.generation) redraw();
      if (state.followTail && !previous.followTail) term.scrollToBottom();
    });
    const searchResults = search.onDidChangeResults(({ resultIndex, resultCount }) => resultsListener.current?.({ index: resultIndex + 1, count: resultCount }));
    onSearchReady({
      findNext: (text) => search.findNext(text, { decorations: searchDecorations }),
      findPrevious: (text) => search.findPrevious(text, { decorations: searchDecorations }),
      clear: () => search.clearDecorations(),
    });

    return () => {
      onSearchReady(null);
      searchResults.dispose();
      stopLines();
      stopStore();
      resizeObserver.disconnect();
      if (frame) cancelAnimationFrame(frame);
      if (droppedTimer) clearTimeout(droppedTimer);
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
