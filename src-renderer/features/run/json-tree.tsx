import { useState } from 'react';

/** Children drawn per object or array before a "show more" row: a 10 000-item result must not stall the panel. */
const pageSize = 100;

function summary(value: object): string {
  return Array.isArray(value) ? `Array(${value.length})` : `{${Object.keys(value).length}}`;
}

function Scalar({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="json-null">null</span>;
  if (Array.isArray(value)) return <span className="json-summary">[]</span>;
  if (typeof value === 'object') return <span className="json-summary">{'{}'}</span>;
  if (typeof value === 'string') return <span className="json-string">{JSON.stringify(value)}</span>;
  if (typeof value === 'number') return <span className="json-number">{String(value)}</span>;
  if (typeof value === 'boolean') return <span className="json-boolean">{String(value)}</span>;
  return <span>{String(value)}</span>;
}

function JsonNode({ name, value, depth }: { name: string | null; value: unknown; depth: number }) {
  const composite = typeof value === 'object' && value !== null && Object.keys(value).length > 0;
  // The first two levels open: most results are an object of a few fields, sometimes one level deeper.
  const [open, setOpen] = useState(depth < 2);
  const [shown, setShown] = useState(pageSize);
  const label = name !== null && <span className="json-key">{name}: </span>;
  if (!composite) {
    return (
      <div className="json-row" style={{ paddingLeft: depth * 14 + 14 }}>
        {label}
        <Scalar value={value} />
      </div>
    );
  }
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((item, index) => [String(index), item]) : Object.entries(value);
  return (
    <div className="json-node">
      <button
        type="button"
        className="json-row json-toggle"
        style={{ paddingLeft: depth * 14 }}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <span className="json-twisty">{open ? '▾' : '▸'}</span>
        {label}
        <span className="json-summary">{summary(value)}</span>
      </button>
      {open && (
        <>
          {entries.slice(0, shown).map(([key, item]) => (
            <JsonNode key={key} name={key} value={item} depth={depth + 1} />
          ))}
          {entries.length > shown && (
            <button type="button" className="json-row link" style={{ paddingLeft: (depth + 1) * 14 + 14 }} onClick={() => setShown(shown + pageSize * 10)}>
              … {entries.length - shown} more
            </button>
          )}
        </>
      )}
    </div>
  );
}

/** A JSON value as a tree whose objects and arrays fold; scalars are coloured by type. */
export function JsonTree({ value, testId }: { value: unknown; testId?: string }) {
  return (
    <div className="json-tree" data-testid={testId}>
      <JsonNode name={null} value={value} depth={0} />
    </div>
  );
}
