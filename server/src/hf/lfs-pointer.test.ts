import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { lfsPointerSize } from './lfs-pointer.js';

/** A pointer file written out as the git-lfs spec shows it, independently of the code under test. */
function pointerFile(content: Buffer): Buffer {
  const oid = createHash('sha256').update(content).digest('hex');
  return Buffer.from(
    `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${content.length}\n`,
  );
}

describe('lfsPointerSize', () => {
  it('is the size of the pointer git-lfs writes for a 16-byte file: 127 bytes', () => {
    const content = Buffer.from('\0binary weights\0');
    expect(content.length).toBe(16);
    expect(pointerFile(content).length).toBe(127);
    expect(lfsPointerSize(16)).toBe(127);
  });

  it('matches the pointer of files whose sizes have 1 to 7 digits', () => {
    for (const size of [0, 9, 10, 99, 100, 65_536, 1_000_000]) {
      expect(lfsPointerSize(size)).toBe(pointerFile(Buffer.alloc(size, 1)).length);
    }
  });
});
