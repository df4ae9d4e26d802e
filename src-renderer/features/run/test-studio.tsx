import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Entity } from '../../../src-shared/contract';
import { fakeEntity, fakeProjectModel } from '../../api/fake-project-model';
import { FakeStudioApi } from '../../api/fake-studio-api';
import { createStudio } from '../../app/studio';
import { StudioProvider } from '../../app/studio-context';

const alwaysOpen = { connectionState: 'open' as const, onConnectionState: () => () => undefined };

export const echoId = '327e3c9d-108e-45f0-97e3-1109976ffe8e';
export const throwId = '419fef45-0ef2-4acd-8908-86fe7700dbee';

/** A studio on the fake api with two functions of the runner fixture app, rendered around `ui`. */
export function renderWithStudio(ui: ReactNode, options: { entities?: Entity[]; before?: (api: FakeStudioApi) => void } = {}) {
  const entities = options.entities ?? runnerEntities();
  const model = fakeProjectModel({ appDir: '/apps/runner', entities, files: entities.map((entity) => entity.file) });
  const api = new FakeStudioApi(model, Object.fromEntries(entities.map((entity) => [entity.file, 'export default 1;\n'])));
  options.before?.(api);
  const studio = createStudio(api, alwaysOpen);
  studio.project.getState().setModel(model);
  const view = render(<StudioProvider studio={studio}>{ui}</StudioProvider>);
  return { api, studio, view };
}

export function runnerEntities(): Entity[] {
  return [
    fakeEntity('defineLogicFunction', 'src/logic-functions/echo.ts', { universalIdentifier: echoId, name: 'echo' }),
    fakeEntity('defineLogicFunction', 'src/logic-functions/throw-type-error.ts', { universalIdentifier: throwId, name: 'throw-type-error' }),
  ];
}
