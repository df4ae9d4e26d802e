/** Issue 15 item 5: each check of the SDK build's manifest step, one test each (messages are the SDK's). */
import { describe, expect, it } from 'vitest';
import {
  layoutDeprecationWarnings, pageLayoutTabProblems, relationFieldProblems, sdkDependencyWarnings, sharedDependencyProblems, timelineActivityTypeProblems, yarnLockProblems,
} from './sdk-build-checks';

const messages = (problems: { message: string }[]) => problems.map((problem) => problem.message);

describe('SDK build checks', () => {
  it('page layout widget position vs its tab layout mode', () => {
    const sections = { pageLayouts: [{ universalIdentifier: 'L', type: 'RECORD_PAGE', tabs: [{ title: 'Main', widgets: [{ title: 'Chart', position: { layoutMode: 'VERTICAL_LIST', index: 0 } }, { title: 'Ok', position: { layoutMode: 'GRID', row: 0, column: 0 } }] }] }] };
    expect(messages(pageLayoutTabProblems(sections))).toEqual(['Page layout widget "Chart" uses a VERTICAL_LIST position, but its parent tab "Main" uses GRID.']);
    // A standalone page's tabs default to VERTICAL_LIST; a separate tab finds its layout's type.
    const standalone = { pageLayouts: [{ universalIdentifier: 'S', type: 'STANDALONE_PAGE' }], pageLayoutTabs: [{ universalIdentifier: 'T', pageLayoutUniversalIdentifier: 'S', title: 'Side', widgets: [{ title: 'Grid one', gridPosition: { row: 0 } }] }] };
    expect(pageLayoutTabProblems(standalone)).toEqual([{ severity: 'error', entity: 'T', message: 'Page layout widget "Grid one" uses a GRID position, but its parent tab "Side" uses VERTICAL_LIST.' }]);
  });

  it('heightBehavior only on VERTICAL_LIST tabs, with a known value; unknown layout modes', () => {
    expect(messages(pageLayoutTabProblems({ pageLayoutTabs: [{ title: 'T', layoutMode: 'GRID', widgets: [{ title: 'W', heightBehavior: 'TAB_VIEWPORT' }] }] }))).toEqual([
      'Page layout widget "W" defines heightBehavior, but its parent tab "T" uses GRID. heightBehavior is only supported for VERTICAL_LIST tabs.',
    ]);
    expect(messages(pageLayoutTabProblems({ pageLayoutTabs: [{ title: 'T', layoutMode: 'VERTICAL_LIST', widgets: [{ title: 'W', heightBehavior: 'TALL' }] }] }))).toEqual([
      'Page layout widget "W" defines unsupported heightBehavior "TALL". Expected FIT_CONTENT or TAB_VIEWPORT.',
    ]);
    expect(messages(pageLayoutTabProblems({ pageLayoutTabs: [{ title: 'T', layoutMode: 'ROWS' }] }))).toEqual(['Page layout tab "T" defines unsupported layoutMode "ROWS". Expected GRID, VERTICAL_LIST or CANVAS.']);
  });

  it('twenty-sdk and twenty-client-sdk under dependencies are warnings; devDependencies are fine', () => {
    expect(sdkDependencyWarnings({ dependencies: { 'twenty-sdk': '2.43.0', 'twenty-client-sdk': '2.43.0' } })).toEqual([
      { severity: 'warning', packageJsonKey: 'twenty-sdk', message: expect.stringContaining('"twenty-sdk" is listed under "dependencies" in package.json') },
      { severity: 'warning', packageJsonKey: 'twenty-client-sdk', message: expect.stringContaining('provided at runtime by Twenty\'s injected SDK') },
    ]);
    expect(sdkDependencyWarnings({ devDependencies: { 'twenty-sdk': '2.43.0' } })).toEqual([]);
  });

  it('an empty yarn.lock fails the build', () => {
    expect(messages(yarnLockProblems(0))).toEqual(['yarn.lock is empty. Run "yarn install" to regenerate it before building.']);
    expect(yarnLockProblems(null)).toEqual([]);
    expect(yarnLockProblems(120)).toEqual([]);
  });

  it('relation fields: relationType, and joinColumnName for MANY_TO_ONE', () => {
    expect(messages(relationFieldProblems({
      fields: [
        { universalIdentifier: 'a', name: 'owner', type: 'RELATION', universalSettings: { relationType: 'MANY_TO_ONE' } },
        { universalIdentifier: 'b', name: 'items', type: 'RELATION' },
        { universalIdentifier: 'c', name: 'odd', type: 'MORPH_RELATION', universalSettings: { relationType: 'ONE_TO_ONE' } },
        { universalIdentifier: 'd', name: 'fine', type: 'RELATION', universalSettings: { relationType: 'MANY_TO_ONE', joinColumnName: 'fineId' } },
      ],
    }))).toEqual([
      'MANY_TO_ONE relation field "owner" is missing joinColumnName. MANY_TO_ONE relations must declare a joinColumnName in universalSettings.',
      'Relation field "items" is missing relationType. RELATION fields must declare a relationType (MANY_TO_ONE or ONE_TO_MANY) in universalSettings.',
      'Relation field "odd" has invalid relationType "ONE_TO_ONE". Expected MANY_TO_ONE or ONE_TO_MANY.',
    ]);
  });

  it('frontComponentSharedDependencies', () => {
    expect(messages(sharedDependencyProblems({ frontComponentSharedDependencies: 'react' }))).toEqual(['"frontComponentSharedDependencies" in package.json must be an array of package specifiers']);
    expect(messages(sharedDependencyProblems({ frontComponentSharedDependencies: ['react', './local', 'twenty-sdk/ui', 'react', '', 'twenty:front-component-shared-dependencies'] }))).toEqual([
      'Shared dependency "./local" must be a package specifier, not a relative or absolute path',
      'Shared dependency "twenty-sdk/ui" is already served separately and cannot be shared',
      'Shared dependency "react" is declared twice',
      '"frontComponentSharedDependencies" entries in package.json must be non-empty strings',
      'Shared dependency "twenty:front-component-shared-dependencies" is reserved and cannot be shared',
    ]);
  });

  it('timeline activity types: unique names, known front components', () => {
    expect(messages(timelineActivityTypeProblems({
      timelineActivityTypes: [{ universalIdentifier: 't1', name: 'call' }, { universalIdentifier: 't2', name: 'call', frontComponentUniversalIdentifier: 'nope' }],
      frontComponents: [],
    }))).toEqual([
      'Timeline activity type name "call" is used more than once. Names must be unique within an application.',
      'Timeline activity type "call" references front component "nope", which is not defined by this application.',
    ]);
  });

  it('deprecated layout shapes are warnings', () => {
    expect(messages(layoutDeprecationWarnings({ pageLayoutTabs: [{ title: 'C', layoutMode: 'CANVAS', widgets: [{ title: 'G', gridPosition: { row: 1 } }, { title: 'V', position: { layoutMode: 'VERTICAL_LIST', index: 0 } }] }] }))).toEqual([
      expect.stringContaining('Page layout tab "C" uses deprecated CANVAS.'),
      expect.stringContaining('Page layout widget "G" uses deprecated gridPosition.'),
      expect.stringContaining('Page layout widget "V" uses a deprecated vertical-list position.'),
    ]);
  });
});
