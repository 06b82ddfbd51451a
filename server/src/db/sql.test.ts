import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../log.js';
import { openDb } from './client.js';
import { migrate } from './migrate.js';
import {
  closeReader,
  escapeLike,
  query,
  readQuery,
  Sql,
  toBool,
  toDate,
  toIsoString,
  toNumber,
  toNumberOrNull,
} from './sql.js';

describe('Sql builder', () => {
  it('numbers PostgreSQL placeholders and uses ? on SQLite, keeping values out of the text', () => {
    const pg = new Sql('postgresql');
    expect(`${pg.param('a')} ${pg.list(['b', 'c'])} ${pg.contains('x', "it's 100%")}`).toBe(
      `$1 $2, $3 x LIKE $4 ESCAPE '\\'`,
    );
    expect(pg.params).toEqual(['a', 'b', 'c', "%it's 100\\%%"]);
    const lite = new Sql('sqlite');
    expect(`${lite.param(1)} ${lite.list([2, 3])}`).toBe('? ?, ?');
    expect(lite.params).toEqual([1, 2, 3]);
    expect([lite.bool(false), pg.bool(true)]).toEqual(['0', 'TRUE']);
  });

  it('tests containment exactly: instr on SQLite, an escaped LIKE (pg_trgm-indexable) on PostgreSQL', () => {
    const lite = new Sql('sqlite');
    expect(lite.containsExact('c', '5%_')).toBe('instr(c, ?) > 0');
    expect(lite.params).toEqual(['5%_']);
    const pg = new Sql('postgresql');
    expect(pg.containsExact('c', '5%_\\')).toBe('c LIKE $1');
    expect(pg.params).toEqual(['%5\\%\\_\\\\%']);
  });

  it('escapes LIKE wildcards and the escape character', () => {
    expect(escapeLike('a%b_c\\d')).toBe('a\\%b\\_c\\\\d');
    expect(escapeLike('plain')).toBe('plain');
  });

  it('normalises driver values', () => {
    expect([toBool(true), toBool(1), toBool(1n), toBool(false), toBool(0)]).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(toDate('2026-01-02T03:04:05.006+00:00').toISOString()).toBe('2026-01-02T03:04:05.006Z');
    expect(toDate(0).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(
      [
        '2026-01-02T03:04:05.006+00:00', // Prisma's SQLite text: rewritten without parsing
        '2026-01-02T05:04:05.006+02:00', // another offset: parsed
        new Date('2026-01-02T03:04:05.006Z'), // PostgreSQL through pg
        1767323045006,
      ].map(toIsoString),
    ).toEqual(Array(4).fill('2026-01-02T03:04:05.006Z'));
    expect([toNumber(3n), toNumber('4'), toNumberOrNull(null)]).toEqual([3, 4, null]);
  });
});

describe('readQuery on SQLite', () => {
  it('reads what Prisma committed, with the same values, through a read-only connection', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'deltahub-sql-'));
    const url = `file:${join(dir, 'index.db')}`;
    await migrate(url, createLogger('silent'));
    const db = openDb(url);
    try {
      const text = (sql: Sql): string =>
        `SELECT "name", "isAdmin", "createdAt" FROM "Account" WHERE "createdAt" >= ${sql.param(new Date(0))} ORDER BY "name"`;
      const read = async () => {
        const sql = new Sql('sqlite');
        return readQuery<{ name: string; isAdmin: unknown; createdAt: unknown }>(db, sql, text(sql));
      };
      expect(await read()).toEqual([]);
      const created = new Date('2026-01-02T03:04:05.006Z');
      await db.account.create({
        data: { id: randomUUID(), name: 'ann', kind: 'user', isAdmin: true, createdAt: created },
      });
      // The cached statement sees the new row (WAL: every statement reads the latest commit).
      const [row] = await read();
      expect([row?.name, toBool(row?.isAdmin), toDate(row?.createdAt).toISOString()]).toEqual([
        'ann',
        true,
        created.toISOString(),
      ]);
      const viaPrisma = new Sql('sqlite');
      const [same] = await query<{ name: string; isAdmin: unknown; createdAt: unknown }>(
        db,
        viaPrisma,
        text(viaPrisma),
      );
      expect([same?.name, toBool(same?.isAdmin), toDate(same?.createdAt).toISOString()]).toEqual([
        'ann',
        true,
        created.toISOString(),
      ]);
      const write = new Sql('sqlite');
      await expect(readQuery(db, write, `DELETE FROM "Account" RETURNING "name"`)).rejects.toThrow(
        /readonly/,
      );
      expect(await db.account.count()).toBe(1);
    } finally {
      closeReader(db);
      await db.$disconnect();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
