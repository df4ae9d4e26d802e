// What `import 'monaco-editor'` resolves to in the renderer build (electron.vite.config.ts aliases
// it here): the editor with all its features, as Monaco's main entry assembles it, but only the
// languages the studio opens instead of Monaco's ~80: TypeScript/JavaScript (functions), JSON
// (package.json, payloads), Markdown (README) and CSS/HTML (front components). Types still come
// from monaco-editor's own declarations. Plain JS: it mirrors monaco-editor/esm/vs/editor/editor.main.js.
import * as css from 'monaco-editor/esm/vs/language/css/monaco.contribution.js';
import * as html from 'monaco-editor/esm/vs/language/html/monaco.contribution.js';
import * as json from 'monaco-editor/esm/vs/language/json/monaco.contribution.js';
import * as typescript from 'monaco-editor/esm/vs/language/typescript/monaco.contribution.js';
import 'monaco-editor/esm/vs/basic-languages/typescript/typescript.contribution.js';
import 'monaco-editor/esm/vs/basic-languages/javascript/javascript.contribution.js';
import 'monaco-editor/esm/vs/basic-languages/markdown/markdown.contribution.js';
import 'monaco-editor/esm/vs/basic-languages/css/css.contribution.js';
import 'monaco-editor/esm/vs/basic-languages/html/html.contribution.js';
import { getGlobalMonaco } from 'monaco-editor/esm/vs/editor/internal/initialize.js';

export * from 'monaco-editor/esm/vs/editor/edcore.main.js';

const api = getGlobalMonaco();
api.languages.css = css;
api.languages.html = html;
api.languages.json = json;
api.languages.typescript = typescript;

export { css, html, json, typescript };
