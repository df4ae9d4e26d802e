import type { ConsoleLine } from './console-ring';

const dim = '\x1b[2m';
const red = '\x1b[31m';
const cyan = '\x1b[36m';
const reset = '\x1b[0m';

/** A line as the terminal shows it: a dim `[label]` tag, the level when it is not plain output, then the text. */
export function formatConsoleLine(line: ConsoleLine): string {
  const tag = `${dim}[${line.label}]${reset} `;
  if (line.level === 'ERROR') return `${tag}${red}ERROR${reset} ${line.text}${reset}\r\n`;
  if (line.level === 'SYSTEM') return `${tag}${cyan}${line.text}${reset}\r\n`;
  return `${tag}${line.text}${reset}\r\n`;
}

/** Colour codes are noise for filtering: "error" should match `\x1b[31merror`. */
const ansiPattern = /\x1b\[[0-9;]*[A-Za-z]/g;

export function lineMatchesFilter(line: ConsoleLine, filter: string): boolean {
  if (!filter) return true;
  const needle = filter.toLowerCase();
  return `[${line.label}] ${line.level} ${line.text.replace(ansiPattern, '')}`.toLowerCase().includes(needle);
}

/** What the console toolbar narrows the output to: text, one function (the entry label), one level. */
export interface ConsoleFilter {
  text: string;
  label: string | null;
  level: ConsoleLine['level'] | null;
}

export function lineMatches(line: ConsoleLine, filter: ConsoleFilter): boolean {
  if (filter.label !== null && line.label !== filter.label) return false;
  if (filter.level !== null && line.level !== filter.level) return false;
  return lineMatchesFilter(line, filter.text);
}

/**
 * `12,345`: a count with thousands separators. Not toLocaleString: the page's first locale format
 * loads the locale's data, a long task that would land in the middle of the flood that made the count.
 */
export function groupDigits(count: number): string {
  return String(Math.trunc(count)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
