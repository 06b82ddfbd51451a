import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BlobVerificationError, type BlobStore } from './blob-store.js';
import { reportingOutages, StorageUnavailableError } from './outage.js';

/** A store whose every call fails with `err`. */
function failingWith(err: unknown): BlobStore {
  const fail = (): Promise<never> => Promise.reject(err);
  return {
    uploadKey: () => 'uploads/x',
    put: fail,
    stat: fail,
    get: fail,
    downloadUrl: fail,
    read: fail,
    deleteObject: fail,
    // eslint-disable-next-line require-yield
    async *list() {
      throw err;
    },
    close: async () => {},
  };
}

const sdk = (fields: Record<string, unknown>): Error =>
  Object.assign(new Error('sdk'), { $metadata: { attempts: 3 }, ...fields });
const expected = { sha256: 'a'.repeat(64), size: 1, maxBytes: 10 };
const blob = { sha256: 'a'.repeat(64), objectKey: null };

describe('reportingOutages', () => {
  it.each([
    [
      'a refused connection',
      Object.assign(new Error('refused'), { code: 'ECONNREFUSED', syscall: 'connect' }),
    ],
    ['a reset mid-request', Object.assign(new Error('reset'), { code: 'ECONNRESET', syscall: 'read' })],
    ['an SDK timeout', sdk({ name: 'TimeoutError' })],
    ['a 503 from S3', sdk({ $metadata: { httpStatusCode: 503 } })],
  ])('turns %s into StorageUnavailableError on every call', async (_name, err) => {
    const store = reportingOutages(failingWith(err));
    await expect(store.stat(blob)).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(store.put('uploads/x', Readable.from([]), expected)).rejects.toBeInstanceOf(
      StorageUnavailableError,
    );
    await expect(store.read(blob, { start: 0, end: 1 })).rejects.toMatchObject({ cause: err });
    const listing = store.list()[Symbol.asyncIterator]();
    await expect(listing.next()).rejects.toBeInstanceOf(StorageUnavailableError);
  });

  it('passes other failures through unchanged', async () => {
    const missing = sdk({ name: 'NoSuchKey', $metadata: { httpStatusCode: 404 } });
    await expect(reportingOutages(failingWith(missing)).stat(blob)).rejects.toBe(missing);
    const mismatch = new BlobVerificationError('digest_mismatch', 'no');
    await expect(
      reportingOutages(failingWith(mismatch)).put('uploads/x', Readable.from([]), expected),
    ).rejects.toBe(mismatch);
  });

  it("leaves the uploading client's own failure to the client", async () => {
    const hangUp = Object.assign(new Error('aborted'), { code: 'ECONNRESET' });
    const body = new Readable({ read() {} }).on('error', () => {});
    body.destroy(hangUp);
    await expect(reportingOutages(failingWith(hangUp)).put('uploads/x', body, expected)).rejects.toBe(hangUp);
  });
});
