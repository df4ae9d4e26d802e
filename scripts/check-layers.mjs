// Lint: fails on an import that crosses the architecture's layers the wrong way (docs/architecture.md).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const NODE_BUILTINS = /^(node:|fs$|fs\/|path$|child_process$|os$|crypto$|http$|https$|net$|url$|util$|stream$|events$|worker_threads$|vm$|module$|zlib$|tls$|assert$|buffer$)/;

/** Per layer: what its files must not import (bare specifiers) and which of our folders they must not reach. */
const RULES = [
  { layer: 'src-shared', forbidden: [NODE_BUILTINS, /^electron$/, /^react(-dom)?(\/|$)/, /^zustand/, /^monaco-editor/, /^@xterm/, /^ws$/, /^chokidar$/, /^esbuild$/], forbiddenDirs: ['src-main', 'src-renderer'] },
  // The core may reach only itself and src-shared among our folders (not the faces, not src-main/*.ts).
  { layer: 'src-main/core', forbidden: [/^electron$/, /^react(-dom)?(\/|$)/, /^zustand/, /^monaco-editor/, /^@xterm/], forbiddenDirs: ['src-renderer', 'src-main/transport', 'src-main/electron', 'src-main/cli'], onlyOurs: ['src-main/core', 'src-shared', 'test', 'node_modules'] },
  { layer: 'src-main/transport', forbidden: [/^electron$/, /^react/], forbiddenDirs: ['src-renderer', 'src-main/electron', 'src-main/cli'] },
  { layer: 'src-main/cli', forbidden: [/^electron$/, /^react/], forbiddenDirs: ['src-renderer', 'src-main/electron'] },
  { layer: 'src-renderer', forbidden: [NODE_BUILTINS, /^electron$/, /^ws$/, /^chokidar$/, /^esbuild$/], forbiddenDirs: ['src-main'] },
];

function files(directory) {
  const out = [];
  for (const name of readdirSync(directory)) {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) out.push(...files(path));
    else if (/\.(ts|tsx|mts)$/.test(name)) out.push(path);
  }
  return out;
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm;
const violations = [];
for (const rule of RULES) {
  const layerDir = join(root, rule.layer);
  let list = [];
  try { list = files(layerDir); } catch { continue; }
  for (const file of list) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? match[3] ?? match[4];
      const where = `${relative(root, file)}: imports "${specifier}"`;
      if (specifier.startsWith('.')) {
        const target = relative(root, resolve(dirname(file), specifier));
        const crossed = rule.forbiddenDirs.find((dir) => target === dir || target.startsWith(`${dir}/`));
        if (crossed) violations.push(`${where} (${rule.layer} must not depend on ${crossed})`);
        else if (rule.onlyOurs && !rule.onlyOurs.some((dir) => target === dir || target.startsWith(`${dir}/`))) {
          violations.push(`${where} (${rule.layer} may only depend on ${rule.onlyOurs.join(', ')})`);
        }
      } else if (rule.forbidden.some((pattern) => pattern.test(specifier))) {
        violations.push(`${where} (not allowed in ${rule.layer})`);
      }
    }
  }
}
if (violations.length > 0) {
  console.error(`Layering check failed (see docs/architecture.md):\n${violations.map((v) => `  ${v}`).join('\n')}`);
  process.exit(1);
}
console.log('Layering check passed.');
