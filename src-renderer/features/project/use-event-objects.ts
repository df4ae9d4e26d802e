import { useEffect, useState } from 'react';
import type { EventObject, StudioApi } from '../../../src-shared/contract';
import { describeError } from '../../api/studio-error';
import { useStudio, useStudioStore } from '../../app/studio-context';

/**
 * One `payload.objects` request per model revision, shared: the trigger form and the event composer
 * are often on screen together and both need the list.
 */
const requests = new WeakMap<StudioApi, { key: string; promise: Promise<{ objects: EventObject[] }> }>();

/** Keyed by app and revision: revisions start again when another app opens. */
function objectsFor(api: StudioApi, key: string): Promise<{ objects: EventObject[] }> {
  const cached = requests.get(api);
  if (cached?.key === key) return cached.promise;
  const promise = api.call('payload.objects', {});
  requests.set(api, { key, promise });
  // A failed request is not kept: the next mount asks again.
  promise.catch(() => requests.get(api)?.promise === promise && requests.delete(api));
  return promise;
}

/** The app's objects and Twenty's standard ones with their fields (`payload.objects`), per model revision. */
export function useEventObjects(): { objects: EventObject[]; error: string | null } {
  const studio = useStudio();
  const key = useStudioStore('project', (state) => `${state.model?.appDir ?? ''}#${state.model?.revision ?? 0}`);
  const [state, setState] = useState<{ objects: EventObject[]; error: string | null }>({ objects: [], error: null });
  useEffect(() => {
    let live = true;
    objectsFor(studio.api, key).then(
      ({ objects }) => live && setState({ objects, error: null }),
      (error: unknown) => live && setState({ objects: [], error: describeError(error) }),
    );
    return () => {
      live = false;
    };
  }, [studio, key]);
  return state;
}
