import { useEffect, useState } from 'react';
import { clockTime } from '../../app/clock-time';

/** Milliseconds since `startedAt`, ticking while `running`; a run's own duration replaces it when it ends. */
export function useElapsed(startedAt: string, running: boolean): number {
  const start = Date.parse(startedAt);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 100);
    return () => clearInterval(timer);
  }, [running]);
  return Number.isFinite(start) ? Math.max(0, now - start) : 0;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/**
 * `2026-01-31 14:05:09` in the window's time zone. Not toLocaleString: the first locale format of a
 * page loads the locale's data, a 30-200 ms task that landed when a run started (while its output floods).
 */
export function localTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const two = (value: number): string => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${clockTime(date)}`;
}
