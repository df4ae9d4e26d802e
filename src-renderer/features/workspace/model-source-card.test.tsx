// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithStudio } from '../run/test-studio';
import { company } from './test-workspace';
import { WorkspaceWindow } from './workspace-window';

describe('Workspace window: standard model source and roles', () => {
  afterEach(cleanup);

  it('shows the source and the roles, saves a schema file as the source, and shows why one failed', async () => {
    const { api, studio } = renderWithStudio(<WorkspaceWindow />, {
      before: (fake) => {
        fake.workspace.objects = [company];
        fake.workspace.status = {
          ...fake.workspace.status,
          modelSource: { requested: 'shipped', kind: 'shipped', origin: null, objects: 39, notes: [], error: null, transient: false },
          roles: { enforced: false, application: { universalIdentifier: 'r1', label: 'Deal desk role' }, user: { label: 'Admin (workspace user)' }, requests: { application: 3, user: 1 } },
        };
      },
    });
    act(() => studio.workspace.show('data'));
    await waitFor(() => expect(screen.getByTestId('ws-model-source-current').textContent).toBe('The shipped model (39 objects).'));
    expect(screen.getByTestId('ws-roles').textContent).toContain('the application role “Deal desk role” (3 requests); the window and the CLI as the user (1)');
    expect(api.callsOf('workspace.modelSource.get')).toHaveLength(1);

    fireEvent.change(screen.getByTestId('ws-model-source-kind'), { target: { value: 'sdl-file' } });
    expect((screen.getByTestId('ws-model-source-apply') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByTestId('ws-model-source-path'), { target: { value: 'schemas/server.graphql' } });
    fireEvent.click(screen.getByTestId('ws-model-source-apply'));
    await waitFor(() => expect(screen.getByTestId('ws-model-source-current').textContent).toBe('Imported from schemas/server.graphql (39 objects).'));
    expect(api.callsOf('workspace.modelSource.set').at(-1)).toEqual({ setting: { kind: 'sdl-file', path: 'schemas/server.graphql' } });

    fireEvent.change(screen.getByTestId('ws-model-source-path'), { target: { value: 'notes.txt' } });
    fireEvent.click(screen.getByTestId('ws-model-source-apply'));
    await waitFor(() => expect(screen.getByTestId('ws-model-source-error').textContent).toContain('sdl-file could not be used: The schema at notes.txt is not GraphQL SDL'));
  });
});
