import type { ColorScheme } from '../app/color-scheme';
import { monaco } from './monaco-environment';

// The editor's background matches the panels' so the window reads as one surface.
monaco.editor.defineTheme('studio-light', {
  base: 'vs',
  inherit: true,
  rules: [],
  colors: { 'editor.background': '#ffffff', 'editorGutter.background': '#ffffff', 'editor.lineHighlightBackground': '#f3f5f9' },
});
monaco.editor.defineTheme('studio-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [],
  colors: { 'editor.background': '#1e1f22', 'editorGutter.background': '#1e1f22', 'editor.lineHighlightBackground': '#26282c' },
});

export function applyMonacoTheme(scheme: ColorScheme): void {
  monaco.editor.setTheme(scheme === 'dark' ? 'studio-dark' : 'studio-light');
}
