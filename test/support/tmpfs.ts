/**
 * A tiny tmpfs to fill up: a real ENOSPC from the kernel rather than an injected error. Mounting
 * needs root (or CAP_SYS_ADMIN); where that is missing, {@link tinyTmpfsAvailable} says so and the
 * suite reports itself skipped, except in CI (`isCi`), where it fails.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { isCi } from '@deltahub/testing';

const run = promisify(execFile);

/** A mounted tmpfs of a fixed size. */
export interface Tmpfs {
  path: string;
  unmount(): Promise<void>;
}

/** Mounts a tmpfs of `size` (mount's syntax: `1m`) on a fresh temporary folder. */
export async function mountTmpfs(size: string): Promise<Tmpfs> {
  const path = await mkdtemp(join(tmpdir(), 'deltahub-tmpfs-'));
  try {
    await run('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', path]);
  } catch (err) {
    await rm(path, { recursive: true, force: true });
    throw err;
  }
  return {
    path,
    async unmount() {
      await run('umount', [path]);
      await rm(path, { recursive: true, force: true });
    },
  };
}

/** Whether a tmpfs can be mounted here (tries one); in CI (`isCi`), not being able to is an error. */
export async function tinyTmpfsAvailable(): Promise<boolean> {
  try {
    await (await mountTmpfs('64k')).unmount();
    return true;
  } catch (err) {
    const reason = (err as Error).message.split('\n')[0];
    if (isCi()) throw new Error(`the disk-full tests need to mount a tmpfs: ${reason}`);
    console.warn(`cannot mount a tmpfs (${reason}): SKIPPING the disk-full tests`);
    return false;
  }
}
