import { open, type FileHandle } from 'node:fs/promises';

/**
 * fsyncs the directory `dir`, so that the names created or renamed in it survive a crash: an fsync
 * of a file makes its bytes durable, not the directory entry that names it. Best effort: Windows
 * cannot open directories and some file systems reject fsync on them; the files' own data is
 * already safe then, only the entries' durability is at stake.
 */
export async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // See above: nothing more can be done where directories cannot be synced.
  } finally {
    await handle?.close().catch(() => {});
  }
}
