import type { ProjectStore } from '../project/project-store';
import type { ConfigSource } from '../trigger-editor/config-source';
import type { ForwardHeaderHandler } from './composer-store';

/**
 * "Forward this header" through the trigger editor's source edits: the header joins the route's
 * `forwardedRequestHeaders` in the open editor tab (undoable, dirty until saved, like a form edit).
 */
export function forwardHeaderVia(source: ConfigSource, project: ProjectStore): ForwardHeaderHandler {
  return async (universalIdentifier, headerName) => {
    const entity = project.getState().model?.entities.find((candidate) => candidate.universalIdentifier === universalIdentifier);
    if (!entity) throw new Error('The function is no longer in the app.');
    const settings = entity.config?.httpRouteTriggerSettings;
    const listed = settings && typeof settings === 'object' && !Array.isArray(settings) ? settings.forwardedRequestHeaders : undefined;
    const current = Array.isArray(listed) ? listed.filter((name): name is string => typeof name === 'string') : [];
    if (current.some((name) => name.toLowerCase() === headerName.toLowerCase())) return;
    // The source edits parse with TypeScript: loaded when a header is forwarded, not with the window.
    const { runConfigEdit } = await import('../trigger-editor/config-edit');
    const outcome = await runConfigEdit(source, entity.file, {
      kind: 'set',
      path: 'httpRouteTriggerSettings.forwardedRequestHeaders',
      value: [...current, headerName.toLowerCase()],
    });
    if (!outcome.ok) throw new Error(outcome.reason);
  };
}
