// Whether a process on this machine still runs (a lock's or a temp file's writer): signal 0
// checks without signalling; EPERM means it runs under another user.
import { errnoOf } from './errors';

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errnoOf(e) === 'EPERM';
  }
}
