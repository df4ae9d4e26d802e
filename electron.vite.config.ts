import { resolve } from 'node:path';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import react from '@vitejs/plugin-react';

// One build for the three faces: the Node side (Electron main, CLI, child-process entries) shares
// src-main/core; the preload is the only bridge; the renderer is the same bundle in Electron and browser mode.
export default defineConfig({
  main: {
    // TypeScript, semver, cron-parser, cronstrue and esbuild are required on first use
    // (src-main/core/lazy-*.ts): each bare specifier is aliased to its module, which requires the
    // package at run time (through createRequire), so a one-shot CLI exec does not load them.
    // zod is bundled: required from node_modules it was ~60 files (its locales too) resolved,
    // read and compiled one by one at every start; bundled, rollup keeps what the schemas use.
    // path-to-regexp too: required, its resolution and load were ~10 ms of every exec; bundled, it is
    // compiled from the CLI's code cache with the rest (src-main/cli/code-cache.ts).
    plugins: [externalizeDepsPlugin({ exclude: ['typescript', 'semver', 'cron-parser', 'cronstrue', 'esbuild', 'zod', 'path-to-regexp'] })],
    resolve: {
      alias: [
        { find: /^typescript$/, replacement: resolve(__dirname, 'src-main/core/lazy-typescript.ts') },
        { find: /^semver$/, replacement: resolve(__dirname, 'src-main/core/lazy-semver.ts') },
        { find: /^cron-parser$/, replacement: resolve(__dirname, 'src-main/core/lazy-cron-parser.ts') },
        { find: /^cronstrue$/, replacement: resolve(__dirname, 'src-main/core/lazy-cronstrue.ts') },
        { find: /^esbuild$/, replacement: resolve(__dirname, 'src-main/core/lazy-esbuild.ts') },
      ],
    },
    build: {
      outDir: 'out/main',
      sourcemap: true,
      rollupOptions: {
        input: {
          electron: resolve(__dirname, 'src-main/electron/main.ts'),
          cli: resolve(__dirname, 'src-main/cli/main.ts'),
          'evaluate-child': resolve(__dirname, 'src-main/core/project/evaluate-child.ts'),
          'run-child': resolve(__dirname, 'src-main/core/runner/run-child.ts'),
          'run-spawner': resolve(__dirname, 'src-main/core/runner/run-spawner-child.ts'),
          'typecheck-child': resolve(__dirname, 'src-main/core/typecheck/typecheck-child.ts'),
        },
      },
    },
  },
  preload: {
    plugins: [externalizeDepsPlugin()],
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { preload: resolve(__dirname, 'src-main/electron/preload.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    plugins: [react()],
    resolve: {
      // Monaco's main entry bundles ~80 languages; the studio's entry has the editor and the few it opens.
      alias: [{ find: /^monaco-editor$/, replacement: resolve(__dirname, 'src-renderer/monaco/monaco-studio-languages.js') }],
    },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      chunkSizeWarningLimit: 8000,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src-renderer/index.html') },
        output: {
          // Separate chunks for the big libraries, cached apart from the studio's own code. Monaco, xterm
          // and TypeScript are reached only through dynamic imports (the editor, the console, the forms):
          // they must never share a chunk with what the first paint needs, so no catch-all vendor chunk
          // (one put TypeScript's 9 MB beside zod on the start-up path); rollup places the rest by importer.
          manualChunks(id) {
            // Vite's preload helper is imported by every chunk that lazy-loads: left to rollup it landed
            // in Monaco's chunk (Monaco lazy-loads too), so the entry statically imported all of Monaco.
            if (id.includes('vite/preload-helper')) return 'preload-helper';
            if (!id.includes('node_modules')) return undefined;
            if (id.includes('/monaco-editor/')) return 'monaco';
            if (id.includes('/@xterm/')) return 'xterm';
            if (id.includes('/node_modules/typescript/')) return 'typescript';
            if (/\/(react|react-dom|scheduler|zustand)\//.test(id)) return 'react';
            return undefined;
          },
        },
      },
    },
    worker: { format: 'es' },
  },
});
