/** The few glyphs the window uses, drawn inline so nothing is fetched and they follow `currentColor`. */
const paths = {
  chevronRight: 'M6 4l4 4-4 4',
  chevronDown: 'M4 6l4 4 4-4',
  file: 'M4 1.5h5l3 3v10H4z M9 1.5v3h3',
  folder: 'M1.5 3.5h5l1.5 1.5h6.5v8h-13z',
  route: 'M2 8h9 M8 5l3 3-3 3 M13.5 3v10',
  clock: 'M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13z M8 4.5v3.5l2.5 1.5',
  database: 'M3 3.5c0-1.1 2.2-2 5-2s5 .9 5 2v9c0 1.1-2.2 2-5 2s-5-.9-5-2z M3 3.5c0 1.1 2.2 2 5 2s5-.9 5-2 M3 8c0 1.1 2.2 2 5 2s5-.9 5-2',
  sparkle: 'M8 1.5l1.6 4.9 4.9 1.6-4.9 1.6L8 14.5l-1.6-4.9L1.5 8l4.9-1.6z',
  workflow: 'M2 2.5h4v4H2z M10 9.5h4v4h-4z M4 6.5v5h6',
  func: 'M10.5 2.5c-2 0-2.5 1-2.8 3L6.8 11c-.3 2-.8 2.5-2.3 2.5 M4.5 6.5h6',
  hook: 'M8 1.5v8a3 3 0 1 1-6 0 M8 1.5l-2 2 M8 1.5l2 2',
  box: 'M8 1.5l6 3v7l-6 3-6-3v-7z M2 4.5l6 3 6-3 M8 7.5v7',
  field: 'M2 4h12 M2 8h12 M2 12h8',
  shield: 'M8 1.5l5.5 2v4c0 3.5-2.5 6-5.5 7-3-1-5.5-3.5-5.5-7v-4z',
  app: 'M2 2h5v5H2z M9 2h5v5H9z M2 9h5v5H2z M9 9h5v5H9z',
  shapes: 'M4.5 1.5l3 5h-6z M11.5 4a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5z M2 10h5v4.5H2z',
  close: 'M4 4l8 8 M12 4l-8 8',
  search: 'M7 2a5 5 0 1 0 0 10a5 5 0 1 0 0-10z M10.5 10.5l4 4',
  trash: 'M2.5 4h11 M6 4V2.5h4V4 M4 4l.8 10h6.4L12 4',
  arrowDown: 'M8 2v11 M3.5 8.5L8 13l4.5-4.5',
  folderOpen: 'M1.5 3.5h5l1.5 1.5h5.5v2 M1.5 3.5v10h11l2-6.5h-11l-2 6.5',
  warning: 'M8 1.5l7 12.5H1z M8 6v4 M8 11.5v1',
  error: 'M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13z M5.5 5.5l5 5 M10.5 5.5l-5 5',
  refresh: 'M13.5 8a5.5 5.5 0 1 1-1.6-3.9 M13.5 2v3h-3',
  play: 'M4.5 2.5v11l9-5.5z',
  stop: 'M3.5 3.5h9v9h-9z',
  pause: 'M5 3v10 M11 3v10',
  stepOver: 'M2.5 9a5.5 5.5 0 0 1 10.5-2 M13.5 3.5v3.5h-3.5 M8 12.5a1 1 0 1 0 0 .1z',
  stepInto: 'M8 1.5v8 M5 6.5l3 3 3-3 M8 12.5a1 1 0 1 0 0 .1z',
  stepOut: 'M8 10V2 M5 5l3-3 3 3 M8 12.5a1 1 0 1 0 0 .1z',
  bug: 'M5.5 5.5h5v6a2.5 2.5 0 0 1-5 0z M6.5 5.5a1.5 1.5 0 0 1 3 0 M2.5 8h3 M10.5 8h3 M3 4.5l2.5 2 M13 4.5l-2.5 2 M3 13l2.5-2 M13 13l-2.5-2',
  edit: 'M10.5 2.5l3 3-8 8h-3v-3z M9 4l3 3',
  gear: 'M8 5.5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5z M8 1v2 M8 13v2 M1 8h2 M13 8h2 M3 3l1.4 1.4 M11.6 11.6L13 13 M3 13l1.4-1.4 M11.6 4.4L13 3',
  braces: 'M5.5 2.5c-1.5 0-2 .5-2 2v1.5c0 1-.5 2-1.5 2 1 0 1.5 1 1.5 2v1.5c0 1.5.5 2 2 2 M10.5 2.5c1.5 0 2 .5 2 2v1.5c0 1 .5 2 1.5 2-1 0-1.5 1-1.5 2v1.5c0 1.5-.5 2-2 2',
} as const;

export type IconName = keyof typeof paths;

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg className={`icon ${className ?? ''}`} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinecap="round" strokeLinejoin="round">
      <path d={paths[name]} />
    </svg>
  );
}
