import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { DELTA_CONFIG_FILE } from '@deltahub/core/checkpoint';
import { syncDirectory } from '@deltahub/core/fs';
import { DeltaCheckpointError } from './errors.js';

/** Options of {@link writeFolderAtomically}. */
export interface FolderWriteOptions {
  /**
   * Replace an existing delta checkpoint folder (one holding `delta_config.json`) at the target.
   * Default false: an existing non-empty folder is refused. A folder that is not a delta checkpoint
   * is never replaced.
   */
  overwrite?: boolean;
}

/**
 * Creates the folder `target` with the files `write` puts in the directory it is given, so that
 * `target` never holds a partial result: the files go to a hidden temporary folder beside `target`
 * (same file system), are fsynced, and the folder is renamed into place. On any failure the temporary
 * folder is removed and `target` is left as it was.
 *
 * An absent target or an empty folder is simply replaced. An existing non-empty folder is refused
 * (`DELTA_CHECKPOINT_EXISTS`) unless `overwrite` is set and it is a delta checkpoint: then it is renamed
 * aside, the new folder renamed in, and the old one deleted, so readers see the old or the new
 * complete checkpoint (or, between the two renames, none), never a mix. The parent folder is created
 * when missing. Returns the absolute path written.
 */
export async function writeFolderAtomically(
  target: string,
  write: (dir: string) => Promise<void>,
  options: FolderWriteOptions = {},
): Promise<string> {
  const path = resolve(target);
  const parent = dirname(path);
  await checkTarget(path, options.overwrite ?? false);
  await mkdir(parent, { recursive: true });
  const temp = join(parent, `.${basename(path).slice(0, 100)}.partial-${randomUUID()}`);
  await mkdir(temp);
  try {
    await write(temp);
    await syncDirectory(temp);
    await moveIntoPlace(temp, path, options.overwrite ?? false);
  } catch (error) {
    await rm(temp, { recursive: true, force: true }).catch(() => {});
    throw error;
  }
  await syncDirectory(parent);
  return path;
}

/** Writes a small file and fsyncs it. */
export async function writeFileDurably(path: string, content: string | Uint8Array): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function checkTarget(path: string, overwrite: boolean): Promise<void> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (info === undefined) return;
  if (!info.isDirectory()) {
    throw new DeltaCheckpointError('DELTA_CHECKPOINT_EXISTS', `${path} exists and is not a folder.`, {
      path,
    });
  }
  const entries = await readdir(path);
  if (entries.length === 0) return;
  if (!overwrite) {
    throw new DeltaCheckpointError(
      'DELTA_CHECKPOINT_EXISTS',
      `${path} already exists and is not empty: choose another folder, or pass { overwrite: true } to replace a delta checkpoint.`,
      { path },
    );
  }
  if (!entries.includes(DELTA_CONFIG_FILE)) {
    throw new DeltaCheckpointError(
      'DELTA_CHECKPOINT_EXISTS',
      `${path} is not a delta checkpoint (no ${DELTA_CONFIG_FILE}); refusing to replace it even with overwrite.`,
      { path },
    );
  }
}

async function moveIntoPlace(temp: string, path: string, overwrite: boolean): Promise<void> {
  try {
    await rename(temp, path);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
    if (!overwrite) {
      throw new DeltaCheckpointError(
        'DELTA_CHECKPOINT_EXISTS',
        `${path} appeared while saving (another process?): nothing was written there.`,
        { path, cause: error },
      );
    }
  }
  await checkTarget(path, true);
  const aside = join(dirname(path), `.${basename(path).slice(0, 100)}.replaced-${randomUUID()}`);
  await rename(path, aside);
  try {
    await rename(temp, path);
  } catch (error) {
    await rename(aside, path).catch(() => {});
    throw error;
  }
  await rm(aside, { recursive: true, force: true });
}
