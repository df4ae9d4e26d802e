import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppManifestPart } from './local-workspace';
import { LEAD_MANIFEST, openTempWorkspace, TEST_ACTOR, type TempWorkspace } from './test-support/temp-workspace';

let temp: TempWorkspace;
beforeAll(async () => {
  temp = await openTempWorkspace();
});
afterAll(async () => {
  await temp?.cleanup();
});

const lead = LEAD_MANIFEST.objects![0] as { fields: unknown[] } & Record<string, unknown>;
const withLeadFields = (fields: unknown[]): AppManifestPart => ({ objects: [{ ...lead, fields }], fields: LEAD_MANIFEST.fields });

describe('schema migration through updateModel', () => {
  it('a fresh workspace has nothing pending', async () => {
    expect(temp.workspace.pendingDestructive).toEqual([]);
    expect(await temp.workspace.migrate()).toEqual({ applied: [], pending: [] });
  });

  it('adds a field at once (additive) and serves it', async () => {
    const result = await temp.workspace.updateModel(withLeadFields([...lead.fields, { universalIdentifier: '0f1e2d3c-4b5a-4697-8877-665544332211', type: 'TEXT', name: 'source', label: 'Source' }]));
    expect(result.changed).toBe(true);
    expect(result.applied.map((step) => step.description)).toEqual(['Add lead.source']);
    const response = await temp.workspace.executeGraphql({ query: 'mutation { createLead(data: { name: "L", source: "web" }) { source status } }' }, TEST_ACTOR);
    expect(response).toEqual({ data: { createLead: { source: 'web', status: 'NEW' } } });
  });

  it('keeps a removed field pending until destruction is allowed', async () => {
    const removed = await temp.workspace.updateModel(LEAD_MANIFEST);
    expect(removed.applied).toEqual([]);
    expect(removed.pending.map((step) => step.description)).toEqual(['Drop lead.source and its values']);
    expect(temp.workspace.sdl).not.toContain('source: String');
    const confirmed = await temp.workspace.updateModel(LEAD_MANIFEST, undefined, { allowDestructive: true });
    expect(confirmed.applied.map((step) => step.description)).toEqual(['Drop lead.source and its values']);
    expect(temp.workspace.pendingDestructive).toEqual([]);
  });

  it('adds a new object with its relation, then the API serves it', async () => {
    const manifest: AppManifestPart = {
      objects: [...LEAD_MANIFEST.objects!, {
        universalIdentifier: '11111111-2222-4333-8444-555555555555', nameSingular: 'deal', namePlural: 'deals', labelSingular: 'Deal', labelPlural: 'Deals',
        fields: [{ universalIdentifier: '11111111-2222-4333-8444-555555555556', type: 'CURRENCY', name: 'value', label: 'Value' }],
      }],
      fields: LEAD_MANIFEST.fields,
    };
    const result = await temp.workspace.updateModel(manifest);
    // A new app object also gets the timeline activities' morph target (targetDeal, join column targetDealId).
    expect(result.applied.map((step) => step.description).sort()).toEqual(['Add timelineActivity.targetDealId', 'Create deal', 'Relation timelineActivity.targetDeal -> deal']);
    const response = await temp.workspace.executeGraphql({ query: 'mutation { createDeal(data: { value: { amountMicros: 5, currencyCode: "EUR" } }) { value { amountMicros currencyCode } } }' }, TEST_ACTOR);
    expect(response).toEqual({ data: { createDeal: { value: { amountMicros: 5, currencyCode: 'EUR' } } } });
  });
});
