import type { Db, Provider } from './client.js';
import { SqliteReader } from './sqlite-reader.js';

/**
 * Hand-written SQL for the hot read paths (search, repo info, file resolve). Prisma's query
 * compiler costs milliseconds of main-thread time per model query; a raw query skips it. Every
 * value reaches the database as a bound parameter: `Sql.param` is the only way to put one in.
 */

const PROVIDERS = new WeakMap<object, Provider>();
const READERS = new WeakMap<object, SqliteReader>();

/**
 * Records which SQL dialect a client speaks (called by openDb), and for SQLite the database file,
 * which {@link readQuery} reads through its own read-only connection.
 */
export function registerProvider(db: object, provider: Provider, sqliteFile?: string): void {
  PROVIDERS.set(db, provider);
  if (provider === 'sqlite' && sqliteFile !== undefined) READERS.set(db, new SqliteReader(sqliteFile));
}

/** Closes the read-only connection {@link readQuery} may have opened for `db` (before $disconnect). */
export function closeReader(db: object): void {
  READERS.get(db)?.close();
}

/** The SQL dialect of a client opened by openDb. */
export function dialectOf(db: Db): Provider {
  const known = PROVIDERS.get(db);
  if (known) return known;
  // A client not opened through openDb (e.g. in a script): fall back to Prisma's own record.
  const active = (db as unknown as { _activeProvider?: string })._activeProvider;
  return active === 'postgresql' ? 'postgresql' : 'sqlite';
}

/** Builds one parameterised statement for a dialect: `param` binds a value, returns its placeholder. */
export class Sql {
  readonly params: unknown[] = [];

  constructor(readonly dialect: Provider) {}

  /** Binds `value` and returns its placeholder (`?` on SQLite, `$n` on PostgreSQL). */
  param(value: unknown): string {
    this.params.push(value);
    return this.dialect === 'postgresql' ? `$${this.params.length}` : '?';
  }

  /** Placeholders for a non-empty list of values, comma-separated (for `IN (...)`). */
  list(values: readonly unknown[]): string {
    return values.map((v) => this.param(v)).join(', ');
  }

  /** The SQL boolean literal (SQLite stores booleans as 0/1). */
  bool(value: boolean): string {
    if (this.dialect === 'postgresql') return value ? 'TRUE' : 'FALSE';
    return value ? '1' : '0';
  }

  /**
   * `column` contains `text`, compared exactly (case-sensitive, no wildcards at all). SQLite:
   * `instr`, cheaper than LIKE (which folds ASCII case). PostgreSQL: a case-sensitive `LIKE` with
   * the wildcards escaped (backslash is PostgreSQL's default LIKE escape), the form a pg_trgm
   * index answers; `strpos` would be the same test but never uses an index.
   */
  containsExact(column: string, text: string): string {
    if (this.dialect === 'postgresql') return `${column} LIKE ${this.param(`%${escapeLike(text)}%`)}`;
    return `instr(${column}, ${this.param(text)}) > 0`;
  }

  /**
   * A `LIKE` condition: `column` contains `text` literally. `%`, `_` and the escape character in
   * `text` are escaped, so user text never acts as a wildcard. Case sensitivity is the database's
   * own `LIKE` (ASCII-insensitive on SQLite, sensitive on PostgreSQL), as Prisma's `contains`.
   */
  contains(column: string, text: string): string {
    return `${column} LIKE ${this.param(`%${escapeLike(text)}%`)} ESCAPE '\\'`;
  }
}

/** Escapes the LIKE wildcards `%` and `_` and the escape character `\` itself. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Runs a statement built with `Sql` and returns its rows. */
export function query<T>(db: Db, sql: Sql, text: string): Promise<T[]> {
  return db.$queryRawUnsafe<T[]>(text, ...sql.params);
}

/**
 * Runs a read-only statement built with `Sql`, outside any transaction, and returns its rows. On
 * SQLite (a client opened by openDb) it runs on a read-only connection with cached prepared
 * statements, skipping Prisma's per-query cost; rows then come as better-sqlite3 returns them
 * (dates as ISO text, booleans as 0/1, integers as numbers), which the `to*` helpers below accept.
 */
export function readQuery<T>(db: Db, sql: Sql, text: string): Promise<T[]> {
  const reader = READERS.get(db);
  if (!reader) return query<T>(db, sql, text);
  try {
    return Promise.resolve(reader.all<T>(text, sql.params));
  } catch (err) {
    return Promise.reject(err as Error);
  }
}

/** Runs a statement built with `Sql` and returns the number of affected rows. */
export function execute(db: Db, sql: Sql, text: string): Promise<number> {
  return db.$executeRawUnsafe(text, ...sql.params);
}

/** A raw timestamp column as a Date (the adapters return Date; strings and epoch ms are tolerated). */
export function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'number' || typeof value === 'bigint') return new Date(Number(value));
  return new Date(String(value));
}

// How Prisma's SQLite adapter stores DateTime (iso8601 with an explicit UTC offset).
const PRISMA_SQLITE_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/;

/**
 * A raw timestamp column as `Date.toISOString()` text. SQLite's stored UTC text is rewritten
 * without parsing it (a page of search results has 40 of them); anything else goes through
 * {@link toDate}.
 */
export function toIsoString(value: unknown): string {
  if (typeof value === 'string' && PRISMA_SQLITE_UTC.test(value)) return `${value.slice(0, 23)}Z`;
  return toDate(value).toISOString();
}

/** A raw boolean column (PostgreSQL boolean, SQLite 0/1). */
export function toBool(value: unknown): boolean {
  return value === true || value === 1 || value === 1n || value === '1' || value === 't' || value === 'true';
}

/** A raw integer column (int, bigint or numeric string) as a number. */
export function toNumber(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

/** A raw nullable integer column as a number or null. */
export function toNumberOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : toNumber(value);
}
