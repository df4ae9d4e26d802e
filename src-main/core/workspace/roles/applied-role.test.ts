import { describe, expect, it } from 'vitest';
import { applicationRoleOf, appliedRole, USER_ROLE_LABEL } from './applied-role';

const manifest = {
  application: { universalIdentifier: 'app', defaultRoleUniversalIdentifier: 'role-1' },
  roles: [{ universalIdentifier: 'role-0', label: 'Other' }, { universalIdentifier: 'role-1', label: 'Deal desk role' }],
};

describe('appliedRole', () => {
  it('gives a run the app\'s default role, by its label', () => {
    expect(applicationRoleOf(manifest)).toEqual({ universalIdentifier: 'role-1', label: 'Deal desk role' });
    expect(appliedRole('application', manifest)).toMatchObject({ principal: 'application', universalIdentifier: 'role-1', label: 'Deal desk role', enforced: false });
  });

  it('gives the window and the CLI the workspace user', () => {
    expect(appliedRole('user', manifest)).toMatchObject({ principal: 'user', universalIdentifier: null, label: USER_ROLE_LABEL, enforced: false });
  });

  it('says when the app declares no default role, or names one it does not define', () => {
    expect(applicationRoleOf({ application: { universalIdentifier: 'app' }, roles: [] })).toBeNull();
    expect(appliedRole('application', { application: {}, roles: [] })).toMatchObject({ universalIdentifier: null, label: 'no application role' });
    expect(appliedRole('application', null).note).toMatch(/declares no default role/);
    expect(applicationRoleOf({ application: { defaultRoleUniversalIdentifier: 'ghost' }, roles: [] })).toEqual({ universalIdentifier: 'ghost', label: 'ghost' });
  });
});
