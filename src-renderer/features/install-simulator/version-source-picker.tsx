import { useState } from 'react';
import type { VersionSource } from '../../../src-shared/contract';
import type { GitVersions } from './install-simulator-store';
import type { VersionChoice } from './version-choice';

const kindLabels: Record<VersionSource['kind'], string> = {
  none: 'Nothing (fresh install)',
  'working-tree': 'Working tree',
  git: 'Git tag or commit',
  folder: 'Another folder',
  tarball: 'A tarball (.tgz)',
};

/** Marks the "type a ref" entry of the ref list; no git ref can contain a NUL. */
const otherRef = '\u0000other';

function shortDate(iso: string): string {
  return iso.slice(0, 10);
}

/**
 * One side of a simulation: the kind, then the tag or commit (from install.versions) or the path.
 * Git refs not in the list (a branch, an older commit) can be typed.
 */
export function VersionSourcePicker({
  label,
  testId,
  value,
  kinds,
  versions,
  versionsError,
  onChange,
}: {
  label: string;
  testId: string;
  value: VersionChoice;
  kinds: VersionSource['kind'][];
  versions: GitVersions | null;
  versionsError: string | null;
  onChange: (choice: VersionChoice) => void;
}) {
  const known = [...(versions?.tags ?? []), ...(versions?.commits ?? [])].map((version) => version.ref);
  const [typing, setTyping] = useState(() => value.kind === 'git' && value.ref !== '' && !known.includes(value.ref));
  const noVersions = versions !== null && known.length === 0;
  const showRefInput = value.kind === 'git' && (typing || noVersions);

  return (
    <div className="version-picker" data-testid={testId}>
      <label className="release-label" htmlFor={`${testId}-kind`}>
        {label}
      </label>
      <div className="version-picker-controls">
        <select
          id={`${testId}-kind`}
          className="release-select"
          data-testid={`${testId}-kind`}
          value={value.kind}
          onChange={(event) => onChange({ ...value, kind: event.target.value as VersionSource['kind'] })}
        >
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {kindLabels[kind]}
            </option>
          ))}
        </select>
        {value.kind === 'git' && !noVersions && (
          <select
            className="release-select version-ref-select"
            aria-label={`${label}: git ref`}
            data-testid={`${testId}-ref`}
            value={typing ? otherRef : value.ref}
            onChange={(event) => {
              const ref = event.target.value;
              setTyping(ref === otherRef);
              onChange({ ...value, ref: ref === otherRef ? '' : ref });
            }}
          >
            <option value="">{versions ? 'Choose a version…' : 'Loading versions…'}</option>
            {versions && versions.tags.length > 0 && (
              <optgroup label="Tags">
                {versions.tags.map((tag) => (
                  <option key={`tag-${tag.ref}`} value={tag.ref}>
                    {tag.ref} · {shortDate(tag.date)}
                  </option>
                ))}
              </optgroup>
            )}
            {versions && versions.commits.length > 0 && (
              <optgroup label="Recent commits">
                {versions.commits.map((commit) => (
                  <option key={`commit-${commit.ref}`} value={commit.ref}>
                    {commit.ref} · {commit.subject.slice(0, 60)}
                  </option>
                ))}
              </optgroup>
            )}
            <option value={otherRef}>Another ref (branch, commit)…</option>
          </select>
        )}
        {showRefInput && (
          <input
            className="text-input release-input"
            aria-label={`${label}: git ref`}
            data-testid={`${testId}-ref-text`}
            placeholder="a tag, branch or commit"
            value={value.ref}
            onChange={(event) => onChange({ ...value, ref: event.target.value })}
          />
        )}
        {(value.kind === 'folder' || value.kind === 'tarball') && (
          <input
            className="text-input release-input version-path-input"
            aria-label={`${label}: path`}
            data-testid={`${testId}-path`}
            placeholder={value.kind === 'folder' ? '/path/to/another/app' : '/path/to/app-1.0.0.tgz'}
            value={value.path}
            onChange={(event) => onChange({ ...value, path: event.target.value })}
          />
        )}
      </div>
      {value.kind === 'git' && versionsError && (
        <div className="release-hint severity-error" data-testid={`${testId}-versions-error`}>
          {versionsError}
        </div>
      )}
    </div>
  );
}
