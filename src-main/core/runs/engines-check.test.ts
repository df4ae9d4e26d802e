import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { enginesWarning, satisfiesSimpleRange } from './engines-check';

const ranges = [
  '>=20', '>=20.0', '>=20.19.0', '>=18.17.1', '>=0', '>=0.10', '^20', '^20.5', '^20.19.2', '^18.17.0 || >=20', '>=18 || ^16.14',
  ' >=20 ', '^1', '^1.2.3||^2', '>=20.20.3', '^21 || ^22', '>=020', '>= 20', '>=v20', '^0.12', '~20.1', '20.x', '>=20 <23', '*', '', '>=20.1.2-rc.1', '||',
];
const versions = ['v20.20.2', 'v20.0.0', 'v18.17.1', 'v18.17.0', 'v22.11.0', 'v16.14.0', 'v0.12.7', 'v1.2.3', 'v2.0.0', 'v24.5.0', 'v20.19.2', 'v21.0.0', 'v23.0.0-nightly', '20.20.2'];

describe('satisfiesSimpleRange', () => {
  it('answers as semver does whenever it answers, and leaves every other range to semver', () => {
    let answered = 0;
    for (const range of ranges) {
      for (const version of versions) {
        const fast = satisfiesSimpleRange(range, version);
        if (fast === null) continue;
        answered += 1;
        const coerced = semver.coerce(version)!;
        expect({ range, version, fast }).toEqual({ range, version, fast: semver.validRange(range) !== null && semver.satisfies(coerced, range) });
      }
    }
    // The forms apps write are answered without semver.
    expect(answered).toBeGreaterThan(150);
    for (const range of ['>=20 <23', '~20.1', '20.x', '^0.12', '>= 20', '>=v20', '*', '', '||', '>=020']) expect(satisfiesSimpleRange(range, 'v20.20.2')).toBeNull();
    expect(satisfiesSimpleRange('>=20', 'v23.0.0-nightly')).toBeNull();
  });
});

describe('enginesWarning', () => {
  it('warns when the Node that ran does not satisfy engines.node, by the fast path or semver', () => {
    expect(enginesWarning('>=22', 'v20.20.2')).toContain('does not satisfy the app\'s engines.node ">=22"');
    expect(enginesWarning('>=20', 'v20.20.2')).toBe('');
    expect(enginesWarning('>=20 <20.5', 'v20.20.2')).toContain('does not satisfy');
    expect(enginesWarning('~20.20', 'v20.20.2')).toBe('');
    expect(enginesWarning('not a range', 'v20.20.2')).toBe('');
    expect(enginesWarning(undefined, 'v20.20.2')).toBe('');
  });
});
