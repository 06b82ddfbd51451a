import type { FileHandle } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readExactly, writeAllAt } from './file-io.js';

/** An in-memory stand-in for a FileHandle whose reads and writes transfer at most `max` bytes per call. */
function fakeHandle(file: Uint8Array, max: number) {
  let calls = 0;
  const handle = {
    async writev(buffers: Uint8Array[], position: number) {
      calls++;
      let written = 0;
      for (const b of buffers) {
        const n = Math.min(b.length, max - written);
        file.set(b.subarray(0, n), position + written);
        written += n;
        if (written === max) break;
      }
      return { bytesWritten: written, buffers };
    },
    async read(target: Uint8Array, offset: number, length: number, position: number) {
      calls++;
      const n = Math.max(0, Math.min(length, max, file.length - position));
      target.set(file.subarray(position, position + n), offset);
      return { bytesRead: n, buffer: target };
    },
  };
  return { handle: handle as unknown as FileHandle, calls: () => calls };
}

describe('file-io', () => {
  it('writeAllAt resumes after partial writes, inside and across chunks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 8 }),
        fc.integer({ min: 1, max: 17 }),
        fc.nat({ max: 5 }),
        async (chunks, max, start) => {
          const total = chunks.reduce((a, c) => a + c.length, 0);
          const file = new Uint8Array(start + total);
          const { handle } = fakeHandle(file, max);
          expect(await writeAllAt(handle, chunks, start)).toBe(start + total);
          expect(file.subarray(start)).toEqual(Uint8Array.from(chunks.flatMap((c) => [...c])));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('readExactly loops over short reads and reports a file that ends early', async () => {
    const file = Uint8Array.from({ length: 50 }, (_, i) => i);
    const { handle, calls } = fakeHandle(file, 7);
    const target = new Uint8Array(30);
    await readExactly(handle, target, 10);
    expect(target).toEqual(file.subarray(10, 40));
    expect(calls()).toBe(5);
    await expect(readExactly(handle, new Uint8Array(30), 30)).rejects.toMatchObject({
      code: 'SAFETENSORS_TRUNCATED',
    });
  });
});
