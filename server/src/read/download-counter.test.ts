import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '../db/client.js';
import type { Logger } from '../log.js';
import { DOWNLOAD_FLUSH_DELAY_MS, DownloadCounter } from './download-counter.js';

/** A stand-in index that records the UPDATEs it is sent (the SQL dialect falls back to SQLite). */
function fakeDb(fail: (params: unknown[]) => boolean = () => false) {
  const updates: { count: unknown; repoId: unknown }[] = [];
  const db = {
    $executeRawUnsafe: (_text: string, ...params: unknown[]) => {
      if (fail(params)) return Promise.reject(new Error('database is locked'));
      updates.push({ count: params[0], repoId: params[1] });
      return Promise.resolve(1);
    },
  } as unknown as Db;
  return { db, updates };
}

const fakeLog = () => ({ warn: vi.fn() }) as unknown as Logger & { warn: ReturnType<typeof vi.fn> };

afterEach(() => {
  vi.useRealTimers();
});

describe('DownloadCounter', () => {
  it('writes one UPDATE per repo with the downloads counted since the last flush', async () => {
    const { db, updates } = fakeDb();
    const counter = new DownloadCounter(db, fakeLog());
    counter.add('a');
    counter.add('b');
    counter.add('a');
    counter.add('a');
    expect(updates).toEqual([]); // counting never waits for the database
    await counter.flush();
    expect(updates).toEqual([
      { count: 3, repoId: 'a' },
      { count: 1, repoId: 'b' },
    ]);
    await counter.flush();
    expect(updates).toHaveLength(2); // nothing pending: nothing written
  });

  it('flushes by itself a while after a download', async () => {
    vi.useFakeTimers();
    const { db, updates } = fakeDb();
    const counter = new DownloadCounter(db, fakeLog());
    counter.add('a');
    await vi.advanceTimersByTimeAsync(DOWNLOAD_FLUSH_DELAY_MS);
    expect(updates).toEqual([{ count: 1, repoId: 'a' }]);
  });

  it('logs a failed write and goes on with the other repos and later batches', async () => {
    const { db, updates } = fakeDb((params) => params[1] === 'bad');
    const log = fakeLog();
    const counter = new DownloadCounter(db, log);
    counter.add('bad');
    counter.add('good');
    await counter.flush();
    counter.add('good');
    await counter.flush();
    expect(updates).toEqual([
      { count: 1, repoId: 'good' },
      { count: 1, repoId: 'good' },
    ]);
    expect(log.warn).toHaveBeenCalledTimes(1);
    expect(log.warn.mock.calls[0]?.[0]).toMatchObject({ repoId: 'bad', count: 1 });
  });
});
