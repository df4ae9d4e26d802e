import { useEffect, useRef } from 'react';
import { useColorScheme } from '../../app/color-scheme';
import { useStudio, useStudioStore } from '../../app/studio-context';
import { startEditorDebugging } from '../debug/editor-debugging';
import { existingModel, pathOfUri } from '../../monaco/file-models';
import { startModelSync } from '../../monaco/model-sync';
import { monaco } from '../../monaco/monaco-environment';
import { applyMonacoTheme } from '../../monaco/monaco-theme';
import { startProblemMarkers } from '../../monaco/problem-markers';
import { startTypeScriptSetup } from '../../monaco/typescript-setup';

/** The one Monaco editor of the window; switching tabs swaps its model and keeps each file's scroll and cursor. */
export function CodeEditor({ hidden }: { hidden: boolean }) {
  const studio = useStudio();
  const container = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const viewStates = useRef(new Map<string, monaco.editor.ICodeEditorViewState | null>());
  const revealed = useRef(0);
  const scheme = useColorScheme();
  const activeTab = useStudioStore('editor', (state) => state.activeTab);
  const activeReady = useStudioStore('editor', (state) => (state.activeTab ? state.buffers[state.activeTab]?.status === 'ready' : false));
  const reveal = useStudioStore('editor', (state) => state.reveal);

  useEffect(() => applyMonacoTheme(scheme), [scheme]);

  useEffect(() => {
    const instance = monaco.editor.create(container.current!, {
      model: null,
      automaticLayout: true,
      fontSize: 13,
      lineHeight: 20,
      tabSize: 2,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      renderLineHighlight: 'all',
      fixedOverflowWidgets: true,
      padding: { top: 6 },
    });
    editorRef.current = instance;
    const stops = [
      startModelSync(studio.api, studio.editor, studio.project),
      startTypeScriptSetup(studio.api, studio.project),
      startProblemMarkers(studio.project, studio.build),
      startEditorDebugging(instance, studio.debug),
    ];
    return () => {
      stops.forEach((stop) => stop());
      instance.dispose();
      editorRef.current = null;
    };
  }, [studio]);

  useEffect(() => {
    const instance = editorRef.current;
    if (!instance) return;
    const previous = instance.getModel();
    const next = activeTab && activeReady ? existingModel(activeTab) : null;
    if (previous === next) return;
    const previousPath = previous ? pathOfUri(previous.uri) : null;
    if (previousPath) viewStates.current.set(previousPath, instance.saveViewState());
    instance.setModel(next);
    if (next && activeTab) {
      const viewState = viewStates.current.get(activeTab);
      if (viewState) instance.restoreViewState(viewState);
      instance.focus();
    }
  }, [activeTab, activeReady]);

  useEffect(() => {
    const instance = editorRef.current;
    if (!instance || !reveal || reveal.seq === revealed.current || reveal.path !== activeTab || !activeReady) return;
    revealed.current = reveal.seq;
    const position = { lineNumber: Math.max(1, reveal.line), column: Math.max(1, reveal.column) };
    instance.setPosition(position);
    // Centre the line but keep the start of lines in view: revealing the column right away scrolled
    // sideways when the editor had just been laid out. Scroll sideways only if the column is off-screen.
    instance.revealLineInCenter(position.lineNumber);
    instance.setScrollLeft(0);
    requestAnimationFrame(() => instance.revealPosition(position));
    instance.focus();
  }, [reveal, activeTab, activeReady]);

  return <div ref={container} className="code-editor" data-testid="code-editor" hidden={hidden} />;
}
