/**
 * Source map v3 lookups for the debugger: from a TypeScript line to the bundle position a
 * breakpoint goes to, and from a bundle position (a paused frame) back to the TypeScript line.
 * Pure (no Node), so the mapping is tested without a process. Lines and columns here are 0-based,
 * as in source maps and the Chrome DevTools Protocol; callers convert to the editor's 1-based lines.
 */

export interface RawSourceMap {
  version: number;
  sources: string[];
  sourcesContent?: (string | null)[];
  names?: string[];
  mappings: string;
  sourceRoot?: string;
}

/** One mapped segment: a generated position and the original position it comes from. */
export interface MappedSegment {
  generatedLine: number;
  generatedColumn: number;
  source: number;
  originalLine: number;
  originalColumn: number;
}

export interface OriginalPosition {
  source: number;
  line: number;
  column: number;
}

export interface GeneratedPosition {
  line: number;
  column: number;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Int8Array(128).fill(-1);
for (let index = 0; index < BASE64.length; index += 1) BASE64_VALUE[BASE64.charCodeAt(index)] = index;

/** Thrown for a `mappings` string that is not valid base64 VLQ: the map is unusable, say so. */
export class SourceMapFormatError extends Error {}

/**
 * Decodes `mappings` (base64 VLQ, fields relative to the previous segment) into the segments that
 * carry an original position, in generated order.
 */
export const decodeMappings = (mappings: string): MappedSegment[] => {
  const segments: MappedSegment[] = [];
  let generatedLine = 0;
  let generatedColumn = 0;
  let source = 0;
  let originalLine = 0;
  let originalColumn = 0;
  let index = 0;
  const fields: number[] = [];
  while (index <= mappings.length) {
    const char = mappings[index];
    if (char === ';' || char === ',' || index === mappings.length) {
      if (fields.length >= 4) {
        generatedColumn += fields[0]!;
        source += fields[1]!;
        originalLine += fields[2]!;
        originalColumn += fields[3]!;
        segments.push({ generatedLine, generatedColumn, source, originalLine, originalColumn });
      } else if (fields.length >= 1) {
        generatedColumn += fields[0]!;
      }
      fields.length = 0;
      if (char === ';') {
        generatedLine += 1;
        generatedColumn = 0;
      }
      index += 1;
      continue;
    }
    // One VLQ number: 5 bits per digit, the 6th bit says another digit follows, the lowest bit of the whole is the sign.
    let value = 0;
    let shift = 0;
    let digit: number;
    do {
      const code = mappings.charCodeAt(index);
      digit = code < 128 ? BASE64_VALUE[code]! : -1;
      if (digit === -1) throw new SourceMapFormatError(`Invalid character ${JSON.stringify(mappings[index] ?? '')} at ${index} in the source map's mappings.`);
      value += (digit & 31) * 2 ** shift;
      shift += 5;
      index += 1;
    } while (digit & 32);
    fields.push(value & 1 ? -Math.floor(value / 2) : Math.floor(value / 2));
  }
  return segments;
};

/** A decoded map with the two lookups the debugger needs. */
export class SourceMapIndex {
  readonly sources: string[];
  readonly sourcesContent: (string | null)[];
  private readonly segments: MappedSegment[];
  /** Per generated line, its segments sorted by column. */
  private readonly byGeneratedLine = new Map<number, MappedSegment[]>();
  /** Per source, per original line, the segments (generated order). */
  private readonly byOriginal = new Map<number, Map<number, MappedSegment[]>>();

  constructor(map: RawSourceMap) {
    if (map.version !== 3 || !Array.isArray(map.sources) || typeof map.mappings !== 'string') {
      throw new SourceMapFormatError('Not a version 3 source map (version, sources and mappings are required).');
    }
    this.sources = map.sources.map((source) => `${map.sourceRoot ?? ''}${source}`);
    this.sourcesContent = map.sources.map((_, index) => map.sourcesContent?.[index] ?? null);
    this.segments = decodeMappings(map.mappings);
    for (const segment of this.segments) {
      let line = this.byGeneratedLine.get(segment.generatedLine);
      if (!line) this.byGeneratedLine.set(segment.generatedLine, (line = []));
      line.push(segment);
      let lines = this.byOriginal.get(segment.source);
      if (!lines) this.byOriginal.set(segment.source, (lines = new Map()));
      let original = lines.get(segment.originalLine);
      if (!original) lines.set(segment.originalLine, (original = []));
      original.push(segment);
    }
    for (const line of this.byGeneratedLine.values()) line.sort((a, b) => a.generatedColumn - b.generatedColumn);
  }

  /** The source index whose path ends with `path` (the map's sources are relative to the bundle). */
  sourceIndexOf(matches: (source: string) => boolean): number {
    return this.sources.findIndex(matches);
  }

  /** The original position of a generated one: the closest segment at or before the column on that line. */
  originalPositionFor(line: number, column: number): OriginalPosition | null {
    const segments = this.byGeneratedLine.get(line);
    if (!segments || segments.length === 0) return null;
    let found: MappedSegment | null = null;
    for (const segment of segments) {
      if (segment.generatedColumn > column) break;
      found = segment;
    }
    // A position before the first segment of the line (indentation): the line's first segment.
    found ??= segments[0]!;
    return { source: found.source, line: found.originalLine, column: found.originalColumn };
  }

  /**
   * Where a breakpoint on an original line goes: the first generated position of that line or, when
   * the line has no code (a comment, a blank line, a type), of the next line that has some.
   * `line` in the answer is the original line actually used. Null past the last line with code.
   */
  breakpointLocation(source: number, originalLine: number): { line: number; generated: GeneratedPosition } | null {
    const lines = this.byOriginal.get(source);
    if (!lines) return null;
    let best: number | null = null;
    for (const line of lines.keys()) if (line >= originalLine && (best === null || line < best)) best = line;
    if (best === null) return null;
    const segments = lines.get(best)!;
    // The earliest generated position of the line: where its first statement starts.
    let first = segments[0]!;
    for (const segment of segments) {
      if (segment.generatedLine < first.generatedLine || (segment.generatedLine === first.generatedLine && segment.generatedColumn < first.generatedColumn)) first = segment;
    }
    return { line: best, generated: { line: first.generatedLine, column: first.generatedColumn } };
  }

  /** Original lines of a source that have code (for the editor and tests). */
  linesWithCode(source: number): number[] {
    return [...(this.byOriginal.get(source)?.keys() ?? [])].sort((a, b) => a - b);
  }
}
