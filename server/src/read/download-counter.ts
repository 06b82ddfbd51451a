import type { Db } from '../db/client.js';
import { dialectOf, execute, Sql } from '../db/sql.js';
import type { Logger } from '../log.js';

/** How long downloads are counted in memory before they are written (one UPDATE per repo). */
export const DOWNLOAD_FLUSH_DELAY_MS = 1_000;

/**
 * Repo download counts, kept off the download's critical path: a download adds to an in-memory
 * count, and the counts are written in one batch a short while later (one UPDATE per repo, not one
 * per download), before any repo info is read ({@link flushDownloads}), and when the hub closes.
 *
 * Durability: counts are best-effort statistics. Downloads of the last
 * {@link DOWNLOAD_FLUSH_DELAY_MS} before a crash, or of a batch whose write fails (logged), are lost;
 * a graceful shutdown writes them. Search sorted by downloads may lag by that delay.
 */
export class DownloadCounter {
  #pending = new Map<string, number>();
  #timer: NodeJS.Timeout | undefined;
  /** The batch being written; flushes run one after the other. */
  #writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly log: Logger,
  ) {}

  /** Counts one download of `repoId`. Synchronous: nothing waits for the database. */
  add(repoId: string): void {
    this.#pending.set(repoId, (this.#pending.get(repoId) ?? 0) + 1);
    // Unref'd: a pending flush never keeps the process alive (close flushes explicitly).
    this.#timer ??= setTimeout(() => void this.flush(), DOWNLOAD_FLUSH_DELAY_MS).unref();
  }

  /** Writes the pending counts; resolves once they (and any batch already being written) are stored. */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#pending.size > 0) {
      const batch = this.#pending;
      this.#pending = new Map();
      this.#writing = this.#writing.then(() => this.#write(batch));
    }
    return this.#writing;
  }

  async #write(batch: Map<string, number>): Promise<void> {
    for (const [repoId, count] of batch) {
      const sql = new Sql(dialectOf(this.db));
      try {
        await execute(
          this.db,
          sql,
          `UPDATE "Repo" SET "downloads" = "downloads" + ${sql.param(count)} WHERE "id" = ${sql.param(repoId)}`,
        );
      } catch (err) {
        this.log.warn({ err, repoId, count }, 'download count not recorded');
      }
    }
  }
}

const COUNTERS = new WeakMap<Db, DownloadCounter>();

/** The download counter of an index (one per open client, created on first use). */
export function downloadCounter(db: Db, log: Logger): DownloadCounter {
  let counter = COUNTERS.get(db);
  if (!counter) {
    counter = new DownloadCounter(db, log);
    COUNTERS.set(db, counter);
  }
  return counter;
}

/** Writes the download counts pending for `db`, if any (before reading counts, and on close). */
export async function flushDownloads(db: Db): Promise<void> {
  await COUNTERS.get(db)?.flush();
}
