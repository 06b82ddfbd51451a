/** Small FileHandle helpers shared by the file readers and the atomic writer. */
import type { FileHandle } from 'node:fs/promises';
import { SafetensorsError } from './errors.js';

/**
 * Size of each read request. The same as `fs.promises.readFile` uses: loading a file is dominated by
 * first-touch page faults on the fresh destination buffer, not by the number of requests, and in
 * measurements (bench/safetensors.bench.mjs, long-lived process) larger single reads were not faster and
 * often slower than 512 KiB ones. Small requests also never tie up a libuv thread for long.
 */
export const READ_CHUNK_BYTES = 512 * 1024;

/**
 * Largest single write request (one `writev` of many small tensors, or part of a big one). Writes
 * copy from already-resident memory into the page cache, so fewer, larger requests are cheaper; Node
 * rejects requests of 2 GiB or more anyway.
 */
export const MAX_WRITE_BYTES = 16 * 1024 * 1024;

/**
 * Fill `target` from the file at byte `position`, looping over short reads. Throws
 * SAFETENSORS_TRUNCATED if the file ends first (e.g. it shrank after its size was taken).
 */
export async function readExactly(handle: FileHandle, target: Uint8Array, position: number): Promise<void> {
  let done = 0;
  while (done < target.length) {
    const length = Math.min(target.length - done, READ_CHUNK_BYTES);
    const { bytesRead } = await handle.read(target, done, length, position + done);
    if (bytesRead === 0) {
      throw new SafetensorsError(
        'SAFETENSORS_TRUNCATED',
        `the file ended at byte ${position + done} while ${target.length - done} more bytes were expected (was it truncated while being read?)`,
      );
    }
    done += bytesRead;
  }
}

/** Largest number of buffers handed to one `writev` call (the usual IOV_MAX). */
const MAX_IOV = 1024;

/**
 * Write every chunk, in order, at `position` onward, with as few `writev` calls as possible and no
 * copying (many small tensors go out together). Loops over partial writes. Returns the end position.
 */
export async function writeAllAt(
  handle: FileHandle,
  chunks: readonly Uint8Array[],
  position: number,
): Promise<number> {
  // Work on a queue of views so that a partial write can resume inside a chunk.
  const queue = chunks.filter((c) => c.length > 0);
  let next = 0;
  while (next < queue.length) {
    const batch: Uint8Array[] = [];
    let batchBytes = 0;
    for (let i = next; i < queue.length && batch.length < MAX_IOV; i++) {
      const chunk = queue[i]!;
      if (batch.length > 0 && batchBytes + chunk.length > MAX_WRITE_BYTES) break;
      const part = chunk.length > MAX_WRITE_BYTES ? chunk.subarray(0, MAX_WRITE_BYTES) : chunk;
      batch.push(part);
      batchBytes += part.length;
      if (part !== chunk) break;
    }
    const { bytesWritten } = await handle.writev(batch, position);
    if (bytesWritten <= 0) throw new Error(`writev wrote ${bytesWritten} bytes`);
    position += bytesWritten;
    // Drop fully written chunks; trim the one that was partly written.
    let left = bytesWritten;
    while (left > 0) {
      const chunk = queue[next]!;
      if (left >= chunk.length) {
        left -= chunk.length;
        next++;
      } else {
        queue[next] = chunk.subarray(left);
        left = 0;
      }
    }
  }
  return position;
}
