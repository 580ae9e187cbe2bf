// The presenter's elapsed timer: starts with the show, pauses, resumes and resets. Local to
// the presenter window (the room never sees it), ticking twice a second for display.
import { useCallback, useEffect, useState } from 'react';

export interface Elapsed {
  ms: number;
  running: boolean;
  toggle(): void;
  reset(): void;
}

interface TimerState {
  /** Time banked before the current run. */
  banked: number;
  /** performance.now() when the current run started; null = paused. */
  since: number | null;
}

const perfNow = () => performance.now();

export function useElapsed(now: () => number = perfNow): Elapsed {
  const [timer, setTimer] = useState<TimerState>(() => ({ banked: 0, since: now() }));
  const [, setTick] = useState(0);

  useEffect(() => {
    if (timer.since === null) return undefined;
    const id = setInterval(() => setTick((t) => t + 1), 500);
    return () => clearInterval(id);
  }, [timer.since]);

  const toggle = useCallback(
    () => setTimer((t) => (t.since === null ? { banked: t.banked, since: now() } : { banked: t.banked + now() - t.since, since: null })),
    [now],
  );
  const reset = useCallback(() => setTimer((t) => ({ banked: 0, since: t.since === null ? null : now() })), [now]);

  const ms = timer.banked + (timer.since === null ? 0 : now() - timer.since);
  return { ms, running: timer.since !== null, toggle, reset };
}

/** 0:04:09 */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

export function useClock(): Date {
  const [date, setDate] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setDate(new Date()), 1000);
    return () => clearInterval(id);
  }, []);
  return date;
}
