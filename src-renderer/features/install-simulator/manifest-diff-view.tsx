import { changedLeaves } from './property-changes';

/**
 * The metadata migration between two manifests. Shared by the install simulator (InstallResult.diff)
 * and the Package panel's comparison (PackageComparison), whose shapes agree on these fields.
 */
export interface DiffEntryLike {
  kind: string;
  name: string;
  universalIdentifier: string;
  changes?: { property: string; before?: unknown; after?: unknown }[];
}

export interface DestructiveChangeLike {
  change: string;
  kind: string;
  name: string;
  universalIdentifier: string;
  dataLoss: string;
}

export interface ManifestDiffLike {
  created: DiffEntryLike[];
  updated: DiffEntryLike[];
  deleted: DiffEntryLike[];
  destructive: DestructiveChangeLike[];
}

const changeLabels: Record<string, string> = {
  'object-deleted': 'object deleted',
  'field-deleted': 'field deleted',
  'field-type-changed': 'field type changed',
  'field-became-required': 'field became required',
  'select-option-removed': 'select option removed',
};

/** A property value in one line: long values are cut, the tooltip keeps them whole. */
function compact(value: unknown): string {
  if (value === undefined) return '—';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function EntryList({ title, entries, tone, testId }: { title: string; entries: DiffEntryLike[]; tone: 'created' | 'updated' | 'deleted'; testId: string }) {
  if (entries.length === 0) return null;
  return (
    <section className={`diff-section diff-${tone}`} data-testid={testId}>
      <h4 className="diff-section-title">
        {title} <span className="count">{entries.length}</span>
      </h4>
      <ul className="diff-entries">
        {entries.map((entry) => (
          <li key={`${entry.kind}:${entry.universalIdentifier}`} className="diff-entry" data-testid="diff-entry">
            <span className="diff-sign" aria-hidden="true">
              {tone === 'created' ? '+' : tone === 'deleted' ? '−' : '~'}
            </span>
            <span className="diff-kind">{entry.kind}</span>
            <span className="diff-name mono">{entry.name}</span>
            {entry.changes && entry.changes.length > 0 && (
              <ul className="diff-changes">
                {entry.changes.flatMap(changedLeaves).map((change) => (
                  <li key={change.property} className="diff-change">
                    <span className="mono">{change.property}</span>:{' '}
                    <span className="diff-before mono" title={JSON.stringify(change.before)}>
                      {compact(change.before)}
                    </span>{' '}
                    →{' '}
                    <span className="diff-after mono" title={JSON.stringify(change.after)}>
                      {compact(change.after)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Destructive changes first, with what data each would lose; then what is created, updated and deleted. */
export function ManifestDiffView({ diff, testId = 'manifest-diff' }: { diff: ManifestDiffLike; testId?: string }) {
  const empty = diff.created.length + diff.updated.length + diff.deleted.length + diff.destructive.length === 0;
  return (
    <div className="manifest-diff" data-testid={testId}>
      {empty && <div className="muted">No metadata change: the two manifests declare the same entities.</div>}
      {diff.destructive.length > 0 && (
        <section className="diff-section diff-destructive" data-testid="diff-destructive">
          <h4 className="diff-section-title">
            Destructive — data would be lost <span className="count count-error">{diff.destructive.length}</span>
          </h4>
          <ul className="diff-entries">
            {diff.destructive.map((change) => (
              <li key={`${change.change}:${change.universalIdentifier}`} className="diff-entry diff-destructive-entry" data-testid="diff-destructive-entry">
                <span className="diff-sign" aria-hidden="true">
                  !
                </span>
                <span className="diff-kind">{changeLabels[change.change] ?? change.change}</span>
                <span className="diff-name mono">{change.name}</span>
                <span className="diff-data-loss">{change.dataLoss}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <EntryList title="Created" entries={diff.created} tone="created" testId="diff-created" />
      <EntryList title="Updated" entries={diff.updated} tone="updated" testId="diff-updated" />
      <EntryList title="Deleted" entries={diff.deleted} tone="deleted" testId="diff-deleted" />
    </div>
  );
}
