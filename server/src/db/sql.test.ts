import { describe, expect, it } from 'vitest';
import { escapeLike, Sql, toBool, toDate, toNumber, toNumberOrNull } from './sql.js';

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
    expect([toNumber(3n), toNumber('4'), toNumberOrNull(null)]).toEqual([3, 4, null]);
  });
});
