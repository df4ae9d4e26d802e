import { useState } from 'react';
import { useStudio } from '../../app/studio-context';

/** "Reveal in folder": the core opens the system's file manager on the machine the studio runs on. */
export function RevealButton({ path, testId }: { path: string; testId: string }) {
  const studio = useStudio();
  const [error, setError] = useState<string | null>(null);
  const reveal = async () => {
    setError(null);
    try {
      await studio.api.call('studio.reveal', { path });
    } catch (failure) {
      setError((failure as Error).message);
    }
  };
  return (
    <>
      <button type="button" className="button" data-testid={testId} onClick={() => void reveal()} title={path}>
        Reveal in folder
      </button>
      {error && <span className="muted" role="status">{error}</span>}
    </>
  );
}
