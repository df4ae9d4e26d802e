import { useEffect, useState } from 'react';
import type { EventObject } from '../../../src-shared/contract';
import { describeError } from '../../api/studio-error';
import { useStudio, useStudioStore } from '../../app/studio-context';

/** The app's objects and Twenty's standard ones with their fields (`payload.objects`), per model revision. */
export function useEventObjects(): { objects: EventObject[]; error: string | null } {
  const studio = useStudio();
  const revision = useStudioStore('project', (state) => state.model?.revision ?? 0);
  const [state, setState] = useState<{ objects: EventObject[]; error: string | null }>({ objects: [], error: null });
  useEffect(() => {
    let live = true;
    studio.api.call('payload.objects', {}).then(
      ({ objects }) => live && setState({ objects, error: null }),
      (error: unknown) => live && setState({ objects: [], error: describeError(error) }),
    );
    return () => {
      live = false;
    };
  }, [studio, revision]);
  return state;
}
