// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeStudioApi } from '../../api/fake-studio-api';
import { fakeEntity, fakeProjectModel } from '../../api/fake-project-model';
import { createStudio } from '../../app/studio';
import { StudioProvider } from '../../app/studio-context';
import { ExplorerPanel } from './explorer-panel';

const alwaysOpen = { connectionState: 'open' as const, onConnectionState: () => () => undefined };

function setup() {
  const model = fakeProjectModel({
    files: ['package.json', 'src/logic-functions/sync.ts', 'src/logic-functions/post-install.ts'],
    entities: [
      fakeEntity('defineLogicFunction', 'src/logic-functions/sync.ts', {
        universalIdentifier: '11111111-1111-4111-8111-111111111111',
        name: 'sync',
        httpRouteTriggerSettings: { path: '/sync', httpMethod: 'POST', isAuthRequired: true },
        cronTriggerSettings: { pattern: '0 3 * * *' },
      }),
      fakeEntity('definePostInstallLogicFunction', 'src/logic-functions/post-install.ts', {
        universalIdentifier: '22222222-2222-4222-8222-222222222222',
        name: 'seed',
        shouldRunOnVersionUpgrade: true,
      }),
    ],
    problems: [{ file: 'src/logic-functions/post-install.ts', line: 4, column: 3, message: 'Logic function must have a handler', severity: 'error', source: 'sdk' }],
  });
  const api = new FakeStudioApi(model, { 'src/logic-functions/sync.ts': 'export default 1;\n' });
  const studio = createStudio(api, alwaysOpen);
  studio.project.getState().setModel(model);
  render(
    <StudioProvider studio={studio}>
      <ExplorerPanel />
    </StudioProvider>,
  );
  return { api, studio };
}

describe('ExplorerPanel', () => {
  afterEach(cleanup);

  it('shows a function under every trigger it has', () => {
    setup();
    const routes = screen.getByTestId('trigger-group-routes');
    const cron = screen.getByTestId('trigger-group-cron');
    expect(within(routes).getByTestId('explorer-function').textContent).toContain('POST /sync');
    expect(within(cron).getByTestId('explorer-function').textContent).toContain('0 3 * * *');
  });

  it('shows install hooks with their flags and an error marker', () => {
    setup();
    const hook = screen.getByTestId('explorer-install-hook');
    expect(hook.dataset.name).toBe('seed');
    expect(within(hook).getAllByTestId('badge').map((badge) => badge.textContent)).toEqual(['on upgrade', 'async']);
    expect(hook.dataset.error).toBe('true');
  });

  it('selects the entity and opens its file at the define call on click', async () => {
    const { studio } = setup();
    fireEvent.click(within(screen.getByTestId('trigger-group-cron')).getByTestId('explorer-function'));
    expect(studio.project.getState().selectedFile).toBe('src/logic-functions/sync.ts');
    expect(studio.editor.getState().activeTab).toBe('src/logic-functions/sync.ts');
    expect(studio.editor.getState().reveal).toMatchObject({ line: 3, column: 16 });
  });

  it('follows project.model events without a click', async () => {
    const { api, studio } = setup();
    const model = studio.project.getState().model!;
    api.emit('project.model', {
      ...model,
      revision: model.revision + 1,
      entities: [
        ...model.entities,
        fakeEntity('defineLogicFunction', 'src/logic-functions/ping.ts', { universalIdentifier: '33333333-3333-4333-8333-333333333333', name: 'ping' }),
      ],
    });
    expect(await screen.findByText('ping')).toBeTruthy();
    expect(within(screen.getByTestId('trigger-group-noTrigger')).getByTestId('explorer-function').dataset.name).toBe('ping');
  });
});
