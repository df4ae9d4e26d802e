import { describe, expect, it } from 'vitest';
import { changedLeaves } from './property-changes';

describe('changedLeaves', () => {
  it('narrows an object change to the keys that differ', () => {
    expect(
      changedLeaves({
        property: 'postInstallLogicFunction',
        before: { universalIdentifier: 'u', shouldRunOnVersionUpgrade: false, options: { a: 1 } },
        after: { universalIdentifier: 'u', shouldRunOnVersionUpgrade: true, options: { a: 2 } },
      }),
    ).toEqual([
      { property: 'postInstallLogicFunction.shouldRunOnVersionUpgrade', before: false, after: true },
      { property: 'postInstallLogicFunction.options.a', before: 1, after: 2 },
    ]);
  });

  it('keeps scalars, arrays and appearing objects whole', () => {
    expect(changedLeaves({ property: 'type', before: 'TEXT', after: 'NUMBER' })).toEqual([{ property: 'type', before: 'TEXT', after: 'NUMBER' }]);
    expect(changedLeaves({ property: 'options', before: [1], after: [2] })).toHaveLength(1);
    expect(changedLeaves({ property: 'hook', after: { a: 1 } })).toEqual([{ property: 'hook', after: { a: 1 } }]);
  });
});
