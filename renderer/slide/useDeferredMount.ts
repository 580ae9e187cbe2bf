// Defers drawing work until the browser is idle, one item per idle slice, so opening a
// large deck shows an editable slide first and fills thumbnails in right after.
import { useEffect, useState } from 'react';

type Job = () => void;
// The page's idle time, not a deck's: one main thread serves every view in the window.
const queue: Job[] = [];
// Whether an idle callback is already asked for (the same page-wide queue).
let scheduled = false;

const idle: (cb: (deadline?: IdleDeadline) => void) => void =
  typeof requestIdleCallback === 'function' ? (cb) => requestIdleCallback(cb, { timeout: 300 }) : (cb) => setTimeout(cb, 16);

function pump(deadline?: IdleDeadline): void {
  scheduled = false;
  do {
    const job = queue.shift();
    if (!job) return;
    job();
  } while (deadline && deadline.timeRemaining() > 8);
  if (queue.length > 0) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  idle(pump);
}

/** False on the first render, true once an idle slice has come round for this component. */
export function useDeferredMount(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let alive = true;
    queue.push(() => alive && setReady(true));
    schedule();
    return () => {
      alive = false;
    };
  }, []);
  return ready;
}
