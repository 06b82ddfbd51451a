import type { Response } from 'express';
import { HubError } from '../errors.js';

// Uploads running per hub context (one per server), per user.
const RUNNING = new WeakMap<object, Map<string, number>>();
// Seconds a client is told to wait: uploads of deltas are short.
const RETRY_AFTER_SECONDS = 1;

/**
 * Takes one of `max` upload slots of `key` (a user id) in this hub process, or answers 429
 * `too_many_uploads` with `Retry-After`. Returns the function that gives the slot back (call it
 * once, when the upload ended whichever way). The count lives in memory: with several hub
 * processes, each allows `max`.
 */
export function takeUploadSlot(owner: object, key: string, max: number, res: Response): () => void {
  let running = RUNNING.get(owner);
  if (!running) RUNNING.set(owner, (running = new Map()));
  const count = running.get(key) ?? 0;
  if (count >= max) {
    res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    throw new HubError(
      429,
      'too_many_uploads',
      `at most ${max} uploads at once per user; retry when one ends`,
    );
  }
  running.set(key, count + 1);
  let released = false;
  const map = running;
  return () => {
    if (released) return;
    released = true;
    const left = (map.get(key) ?? 1) - 1;
    if (left === 0) map.delete(key);
    else map.set(key, left);
  };
}
