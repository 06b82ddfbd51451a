import { describe, expect, it } from 'vitest';
import { partSizeFor } from './s3-blob-store.js';

describe('S3 multipart part size', () => {
  it('uses 5 MiB parts (bounded memory) and grows them only past 10,000 parts', () => {
    expect(partSizeFor(0)).toBe(5 * 1024 * 1024);
    expect(partSizeFor(2 ** 30)).toBe(5 * 1024 * 1024);
    const huge = 100 * 2 ** 30;
    expect(Math.ceil(huge / partSizeFor(huge))).toBeLessThanOrEqual(10_000);
  });
});
