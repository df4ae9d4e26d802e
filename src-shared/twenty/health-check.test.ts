import { describe, expect, it } from 'vitest';
import { deriveHealthStatus } from './health-check';

describe('deriveHealthStatus (the server\'s application health check)', () => {
  it('reports OK without a title', () => {
    expect(deriveHealthStatus({ status: 'SUCCESS', data: { status: 'OK', title: 'ignored' } })).toEqual({ status: 'OK', title: null, description: null, action: null, reason: null });
  });

  it('keeps a reported banner status with its title, description and action', () => {
    expect(deriveHealthStatus({ status: 'SUCCESS', data: { status: 'ERROR', title: 'Key revoked', description: 'Make a new one', action: { label: 'Reconnect', location: '#variables' } } })).toEqual({
      status: 'ERROR', title: 'Key revoked', description: 'Make a new one', action: { label: 'Reconnect', location: '#variables' }, reason: null,
    });
  });

  it.each([
    ['an execution error', { status: 'ERROR' as const, error: { errorMessage: 'boom' } }, 'the health check failed: boom'],
    ['an unknown status', { status: 'SUCCESS' as const, data: { status: 'NOPE' } }, 'status "NOPE" is not one of OK, SUCCESS, INFO, WARNING, ERROR, NEUTRAL'],
    ['a missing title', { status: 'SUCCESS' as const, data: { status: 'ERROR' } }, 'a ERROR result needs a title'],
    ['no object', { status: 'SUCCESS' as const, data: null }, 'the result is not an object with a status'],
  ])('falls back to UNKNOWN on %s', (_label, run, reason) => {
    expect(deriveHealthStatus(run)).toEqual({ status: 'UNKNOWN', title: null, description: null, action: null, reason });
  });
});
