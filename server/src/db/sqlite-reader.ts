import Database from 'better-sqlite3';

// Cached prepared statements per connection. Statement texts come from a fixed set of builders
// (one text per combination of filters), so the cache stays small; the bound keeps it so.
const MAX_STATEMENTS = 256;
// Readers in WAL mode wait only while another connection recovers the WAL index; the wait is
// synchronous in better-sqlite3, so keep it short.
const BUSY_TIMEOUT_MS = 1_000;

/**
 * A read-only better-sqlite3 connection to the index file, with a prepared statement cache, for
 * the hot read paths. Prisma's raw queries cost about 0.5 ms of main-thread time each on top of
 * SQLite's own work (query plan interpretation, a fresh `prepare` per call, row mapping); a
 * cached statement on a direct handle costs a tenth of that. In WAL mode this connection sees
 * every transaction committed before a statement starts, as Prisma's own connection does, so
 * results are the same. Writes and transactions stay on Prisma.
 */
export class SqliteReader {
  #db: Database.Database | undefined;
  readonly #statements = new Map<string, Database.Statement>();

  constructor(private readonly path: string) {}

  /** Runs one read-only statement with `?` placeholders and returns its rows. */
  all<T>(text: string, params: readonly unknown[]): T[] {
    this.#db ??= new Database(this.path, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    let statement = this.#statements.get(text);
    if (!statement) {
      if (this.#statements.size >= MAX_STATEMENTS) this.#statements.clear();
      statement = this.#db.prepare(text);
      this.#statements.set(text, statement);
    }
    return statement.all(...params.map(bindable)) as T[];
  }

  /** Closes the connection (it reopens on the next query). */
  close(): void {
    this.#statements.clear();
    this.#db?.close();
    this.#db = undefined;
  }
}

/** better-sqlite3 binds numbers, bigints, strings, buffers and null; dates and booleans as Prisma stores them. */
function bindable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace('Z', '+00:00');
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value ?? null;
}
