/** A piece of a stack trace: plain text, or a location in one of the app's files. */
export type StackSegment =
  | { kind: 'text'; text: string }
  | { kind: 'frame'; text: string; file: string; line: number; column: number };

// `path:line:col`, with or without `file://`; the path stops at whitespace and parentheses, as V8 prints it.
const locationPattern = /(?:file:\/\/)?([^\s()]+?):(\d+):(\d+)/g;

/**
 * The app-relative path of a frame's file, or null when the frame is elsewhere (Node internals,
 * node_modules, the studio's bundle cache): only the app's own files can be opened in the editor.
 */
export function appRelativePath(rawPath: string, appDir: string): string | null {
  let path = rawPath;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A stray % is part of the name, not an escape.
  }
  path = path.replace(/\\/g, '/');
  if (path.includes('/node_modules/') || path.startsWith('node:')) return null;
  const root = appDir.replace(/\\/g, '/').replace(/\/$/, '');
  if (root && path.startsWith(`${root}/`)) return path.slice(root.length + 1);
  // Windows drive letters differ in case between Node and the user's path.
  if (root && /^[A-Za-z]:\//.test(root) && path.toLowerCase().startsWith(`${root.toLowerCase()}/`)) return path.slice(root.length + 1);
  if (path.startsWith('src/')) return path;
  return null;
}

/** Splits a stack trace so the renderer can make each app frame a link; the text is kept whole. */
export function stackSegments(stack: string, appDir: string): StackSegment[] {
  const segments: StackSegment[] = [];
  let last = 0;
  for (const match of stack.matchAll(locationPattern)) {
    const file = appRelativePath(match[1]!, appDir);
    if (!file) continue;
    const start = match.index;
    if (start > last) segments.push({ kind: 'text', text: stack.slice(last, start) });
    segments.push({ kind: 'frame', text: `${file}:${match[2]}:${match[3]}`, file, line: Number(match[2]), column: Number(match[3]) });
    last = start + match[0].length;
  }
  if (last < stack.length) segments.push({ kind: 'text', text: stack.slice(last) });
  return segments;
}
