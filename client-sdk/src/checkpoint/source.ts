import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { snapshotFromHub, type SnapshotOptions } from '../cache/resolve.js';
import { DeltaCheckpointError } from './errors.js';

/** `owner/name` or `owner/name@revision`, as hub ids are written. */
const HUB_ID = /^[A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*(@[\w./-]+)?$/;

/**
 * Where `fromFinetuned` reads from: an existing folder wins (so `./alice/delta` and a local
 * `alice/delta` folder work); otherwise a string shaped like a hub id (`owner/name[@revision]`) is a
 * hub id, resolved through the cache and the hub (see `snapshotFromHub`) into the cached folder of
 * that revision; anything else is `DELTA_CHECKPOINT_NOT_FOUND`. Returns the folder's absolute path.
 */
export async function resolveCheckpointFolder(
  pathOrRepo: string,
  hub: SnapshotOptions = {},
): Promise<string> {
  const path = resolve(pathOrRepo);
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) return path;
  if (info) {
    throw new DeltaCheckpointError(
      'DELTA_CHECKPOINT_NOT_FOUND',
      `${path} is a file, not a delta checkpoint folder.`,
      {
        path,
      },
    );
  }
  if (HUB_ID.test(pathOrRepo) && !pathOrRepo.startsWith('.')) {
    return (await snapshotFromHub(pathOrRepo, hub)).dir;
  }
  throw new DeltaCheckpointError('DELTA_CHECKPOINT_NOT_FOUND', `No delta checkpoint folder at ${path}.`, {
    path,
  });
}
