import { resolve } from 'node:path';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import react from '@vitejs/plugin-react';

// One build for the three faces: the Node side (Electron main, CLI, child-process entries) shares
// src-main/core; the preload is the only bridge; the renderer is the same bundle in Electron and browser mode.
export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
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
          // Separate chunks for the big libraries: loaded in parallel, cached apart from the studio's own code.
          manualChunks(id) {
            if (!id.includes('node_modules')) return undefined;
            if (id.includes('/monaco-editor/')) return 'monaco';
            if (id.includes('/@xterm/')) return 'xterm';
            if (/\/(react|react-dom|scheduler|zustand)\//.test(id)) return 'react';
            return 'vendor';
          },
        },
      },
    },
    worker: { format: 'es' },
  },
});
