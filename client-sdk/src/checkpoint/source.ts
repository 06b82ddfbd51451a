import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DeltaCheckpointError } from './errors.js';

/** `owner/name` or `owner/name@revision`, as hub ids are written. */
const HUB_ID = /^[A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*(@[\w./-]+)?$/;

/**
 * Where `fromFinetuned` reads from: an existing folder wins (so `./alice/delta` and a local
 * `alice/delta` folder work); otherwise a string shaped like a hub id (`owner/name[@revision]`) is a
 * hub id, which for now is a `HUB_CLIENT_UNAVAILABLE` error; anything else is
 * `DELTA_CHECKPOINT_NOT_FOUND`. Returns the folder's absolute path.
 */
export async function resolveCheckpointFolder(pathOrRepo: string): Promise<string> {
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
    throw new DeltaCheckpointError(
      'HUB_CLIENT_UNAVAILABLE',
      `'${pathOrRepo}' is not a local folder and looks like a hub id: pulling deltas from the hub arrives with the hub client. Download the checkpoint folder and pass its path for now.`,
      { path: pathOrRepo },
    );
  }
  throw new DeltaCheckpointError('DELTA_CHECKPOINT_NOT_FOUND', `No delta checkpoint folder at ${path}.`, {
    path,
  });
}
