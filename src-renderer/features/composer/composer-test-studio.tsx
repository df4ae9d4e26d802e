import { render } from '@testing-library/react';
import type { Entity, RouteRequestResult } from '../../../src-shared/contract';
import { fakeEntity, fakeProjectModel } from '../../api/fake-project-model';
import { FakeStudioApi } from '../../api/fake-studio-api';
import { createStudio } from '../../app/studio';
import { StudioProvider } from '../../app/studio-context';
import { ComposerPanel } from './composer-panel';

const alwaysOpen = { connectionState: 'open' as const, onConnectionState: () => () => undefined };

export const webhookId = 'bb981a40-ef50-4f09-88e6-e11de6f44980';
export const personUpdatedId = 'f50511bf-7f8f-47bc-94cb-cd22bbe31bfb';
export const formatAmountId = 'c5955ea2-514c-4cdb-959a-32be42e9373c';

/** Three functions of the payloads fixture app, as the core reports them. */
export function payloadEntities(): Entity[] {
  return [
    fakeEntity('defineLogicFunction', 'src/logic-functions/receive-webhook.ts', {
      universalIdentifier: webhookId,
      name: 'receive-webhook',
      httpRouteTriggerSettings: { path: '/webhooks/incoming', httpMethod: 'POST', isAuthRequired: false, forwardedRequestHeaders: ['x-signature'] },
    }),
    fakeEntity('defineLogicFunction', 'src/logic-functions/on-person-name-updated.ts', {
      universalIdentifier: personUpdatedId,
      name: 'on-person-name-updated',
      databaseEventTriggerSettings: { eventName: 'person.updated', updatedFields: ['name'] },
    }),
    fakeEntity('defineLogicFunction', 'src/logic-functions/format-amount.ts', {
      universalIdentifier: formatAmountId,
      name: 'format-amount',
      toolTriggerSettings: {
        inputSchema: {
          type: 'object',
          properties: { amountCents: { type: 'integer' }, currency: { type: 'string', enum: ['EUR', 'USD'] } },
          required: ['amountCents', 'currency'],
        },
      },
    }),
  ];
}

/** A dry-run answer for receive-webhook: x-trace-id dropped, x-signature forwarded. */
export function webhookPreview(overrides: Partial<RouteRequestResult> = {}): RouteRequestResult {
  const match = { universalIdentifier: webhookId, name: 'receive-webhook', path: '/webhooks/incoming' };
  return {
    match,
    matches: [match],
    closest: [],
    payload: { pathParameters: {}, queryStringParameters: {}, headers: { 'x-signature': 'sha256=abc' }, body: {}, isBase64Encoded: false, userWorkspaceId: null },
    droppedHeaders: [{ name: 'X-Trace-Id', value: 't-1', reason: 'not-forwarded' }],
    missingForwardedHeaders: [],
    warnings: [],
    response: null,
    ...overrides,
  };
}

/** The composer on the fake api with `file`'s function selected; `before` adds the handlers a test needs. */
export function renderComposer(file: string, before?: (api: FakeStudioApi) => void, entities: Entity[] = payloadEntities()) {
  const model = fakeProjectModel({ appDir: '/apps/payloads', entities, files: entities.map((entity) => entity.file) });
  const api = new FakeStudioApi(model);
  api.handle('payload.saved.list', () => ({ payloads: [] }));
  api.handle('payload.recent', () => ({ payloads: [] }));
  before?.(api);
  const studio = createStudio(api, alwaysOpen);
  studio.project.getState().setModel(model);
  studio.project.getState().select(file);
  studio.composer.getState().show();
  const view = render(
    <StudioProvider studio={studio}>
      <ComposerPanel />
    </StudioProvider>,
  );
  return { api, studio, view };
}
