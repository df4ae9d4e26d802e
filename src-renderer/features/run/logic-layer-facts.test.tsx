// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunRecord } from '../../../src-shared/contract';
import { fakeEntity } from '../../api/fake-project-model';
import { renderWithStudio } from './test-studio';
import { LogicLayerFacts } from './logic-layer-facts';

const HEALTH = '8c772043-c2f7-4d51-a6ed-f4ad80773662';
const RESOLVER = '2bb78bdc-8291-4443-973a-4731da512290';
const TARGET = '8420f231-e4ef-4386-8454-950ccfabeac4';

const entities = [
  fakeEntity('defineHealthCheck', 'src/health.ts', { universalIdentifier: HEALTH, name: 'health-check' }),
  fakeEntity('defineLogicFunction', 'src/resolver.ts', { universalIdentifier: RESOLVER, name: 'webhook-resolver', serverRouteTriggerSettings: {} }),
  fakeEntity('defineLogicFunction', 'src/ingest.ts', { universalIdentifier: TARGET, name: 'ingest-webhook' }),
];

const run = (universalIdentifier: string, data: unknown, extra: Partial<RunRecord> = {}): RunRecord => ({
  runId: 'r1', universalIdentifier, functionName: 'f', origin: 'manual', payload: {}, startedAt: new Date().toISOString(),
  result: { runId: 'r1', data, logs: '', duration: 3, status: 'SUCCESS', calls: [], nodeVersion: 'v22', stale: false },
  ...extra,
});

afterEach(cleanup);

describe('LogicLayerFacts', () => {
  it('shows the status the server derives from a health check', () => {
    renderWithStudio(<LogicLayerFacts run={run(HEALTH, { status: 'WARNING', title: 'GitHub is not configured' })} />, { entities });
    const status = screen.getByTestId('run-health-status');
    expect(status.getAttribute('data-status')).toBe('WARNING');
    expect(status.textContent).toContain('GitHub is not configured');
  });

  it('says what the server answers for a resolver, and links a target run to its resolver', () => {
    renderWithStudio(
      <>
        <LogicLayerFacts run={run(RESOLVER, { workspaceId: '20202020-1c25-4d02-bf25-6aeccf7ea419', targetLogicFunctionUniversalIdentifier: TARGET })} />
        <LogicLayerFacts run={run(TARGET, { ingested: true }, { dispatchedBy: { runId: 'r0', universalIdentifier: RESOLVER, functionName: 'webhook-resolver', workspaceId: 'w' } })} />
      </>,
      { entities },
    );
    expect(screen.getByTestId('run-server-route').textContent).toContain('hands off to ingest-webhook');
    expect(screen.getByTestId('run-dispatched-by').textContent).toContain('Dispatched by the server route webhook-resolver');
    expect(screen.queryByTestId('run-dispatch-attempt')).toBeNull();
  });

  it('says which attempt of its job a queued target run is', () => {
    const dispatchedBy = { runId: 'r0', universalIdentifier: RESOLVER, functionName: 'webhook-resolver', workspaceId: 'w', jobId: 'job-7', retryCount: 1, maxRetries: 3 };
    renderWithStudio(<LogicLayerFacts run={run(TARGET, { ingested: true }, { dispatchedBy })} />, { entities });
    expect(screen.getByTestId('run-dispatch-attempt').textContent).toBe('Job job-7, attempt 2 of at most 4 (retried on RetryableLogicFunctionError). ');
  });

  it('warns when the server would answer 502', () => {
    renderWithStudio(<LogicLayerFacts run={run(RESOLVER, { ok: true })} />, { entities });
    const fact = screen.getByTestId('run-server-route');
    expect(fact.getAttribute('data-outcome')).toBe('invalid');
    expect(fact.textContent).toContain('workspaceId is missing');
  });
});
