import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../db/client.js';
import { migrate } from '../db/migrate.js';
import { closeReader, Sql } from '../db/sql.js';
import { createLogger } from '../log.js';
import { createTestDatabase, postgresAvailable } from '@deltahub/testing';
import { searchRepos } from './search.js';
import { searchWords, trigramMatch } from './text-match.js';

// More repos than the SQLite strategy probes in sort order (250), so rare words go through the
// trigram index; every result is checked against the definition computed here in JavaScript.
const REPOS = 400;
const log = createLogger('silent');

interface Seeded {
  name: string;
  downloads: number;
  text: string;
  deltaType: string;
}

function seedRows(): Seeded[] {
  return Array.from({ length: REPOS }, (_, n) => ({
    name: `delta-${n}`,
    downloads: (n * 7919) % 50, // many ties: the id decides the order within them
    text: [
      `alice/delta-${n}`,
      n % 3 ? 'bert-base' : 'gpt2',
      n % 100 === 7 ? 'rare "quoted" snake_case 100% ünïcödé' : 'common words',
      `x${n % 10}`,
    ].join('\n'),
    deltaType: n % 40 === 3 ? 'rare' : n % 2 ? 'lora' : 'adapter',
  }));
}

async function openSqlite(): Promise<{ url: string; drop: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'deltahub-search-'));
  return { url: `file:${join(dir, 'index.db')}`, drop: () => rm(dir, { recursive: true, force: true }) };
}

const withPostgres = await postgresAvailable();
const variants: [string, () => Promise<{ url: string; drop: () => Promise<void> }>][] = [
  ['sqlite', openSqlite],
];
if (withPostgres) variants.push(['postgresql', createTestDatabase]);

describe('search words and trigram queries', () => {
  it('lowercases, splits on whitespace and keeps at most 8 words', () => {
    expect(searchWords('  BERT  Lora\tsst2 ')).toEqual(['bert', 'lora', 'sst2']);
    expect(searchWords(undefined)).toEqual([]);
    expect(searchWords(' ')).toEqual([]);
    expect(searchWords('a b c d e f g h i j')).toHaveLength(8);
  });

  it('quotes each word of three or more characters and leaves shorter ones to the row test', () => {
    expect(trigramMatch(['bert', 'x1', 'say "hi"'])).toBe('"bert" AND "say ""hi"""');
    expect(trigramMatch(['ab', '7'])).toBeUndefined();
    expect(trigramMatch(['ünï'])).toBe('"ünï"');
  });
});

describe.each(variants)('search through the trigram index on %s', (provider, open) => {
  let db: Db;
  let drop: () => Promise<void>;
  let url: string;
  const rows = seedRows();
  const ids = new Map<string, string>();

  beforeAll(async () => {
    ({ url, drop } = await open());
    await migrate(url, log);
    db = openDb(url);
    const owner = await db.account.create({ data: { id: randomUUID(), name: 'alice', kind: 'user' } });
    await db.repo.createMany({
      data: rows.map((r) => {
        const id = randomUUID();
        ids.set(r.name, id);
        return {
          id,
          ownerId: owner.id,
          name: r.name,
          downloads: r.downloads,
          headRevisionId: 'r',
          deltaType: r.deltaType,
          searchText: r.text.toLowerCase(),
        };
      }),
    });
  });
  afterAll(async () => {
    if (db) {
      closeReader(db);
      await db.$disconnect();
    }
    await drop?.();
  });

  /** The definition: every word a substring of the lowercased text, by (downloads desc, id asc). */
  const expected = (q: string, deltaType?: string): string[] => {
    const words = searchWords(q);
    return rows
      .filter((r) => words.every((w) => r.text.toLowerCase().includes(w)))
      .filter((r) => deltaType === undefined || r.deltaType === deltaType)
      .map((r) => ({ id: ids.get(r.name) ?? '', name: `alice/${r.name}`, downloads: r.downloads }))
      .sort((a, b) => b.downloads - a.downloads || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((r) => r.name);
  };

  const paged = async (q: string, limit: number, deltaType?: string): Promise<string[]> => {
    const out: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await searchRepos(db, null, {
        ...(q ? { q } : {}),
        ...(deltaType ? { deltaType } : {}),
        limit: String(limit),
        ...(cursor ? { cursor } : {}),
      });
      out.push(...page.items.map((i) => i.id as string));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return out;
  };

  it.each([
    'rare', // 4 repos: the index path
    'RARE "Quoted"', // quotes inside a word are text, not FTS syntax
    'snake_case 100%', // LIKE wildcards stay literal on PostgreSQL
    'ünïcödé',
    'delta-12', // delta-12, delta-120..129
    'ta-3 x3', // a long word narrowed by the index plus a short one tested on the row
    'x7', // only short words: no index, one scan
    'common x3', // the indexed word is in most repos: a scan beats the index
    'common', // most repos: found by the probe in sort order
    'nothing-like-this',
  ])('finds exactly the repos containing every word of %j, in order, across pages', async (q) => {
    const want = expected(q);
    expect(await paged(q, 100)).toEqual(want);
    expect(await paged(q, 3)).toEqual(want);
  });

  it.each([
    ['lora', ''], // half the repos: the page is in the first rows in sort order
    ['rare', ''], // 10 repos: the probe does not fill the page, SQLite's plan (deltaType index) follows
    ['rare', 'common'],
    ['lora', 'rare'],
  ])('filters by deltaType %j (with text %j) exactly, across pages', async (deltaType, q) => {
    const want = expected(q, deltaType);
    expect(want.length).toBeGreaterThan(0);
    expect(await paged(q, 100, deltaType)).toEqual(want);
    expect(await paged(q, 3, deltaType)).toEqual(want);
  });

  it('follows updates and deletes of repos (index kept in the same transaction)', async () => {
    const id = ids.get('delta-7') ?? '';
    expect((await searchRepos(db, null, { q: 'zebra-crossing' })).items).toEqual([]);
    await db.repo.update({ where: { id }, data: { searchText: 'alice/delta-7\nzebra-crossing' } });
    expect((await searchRepos(db, null, { q: 'zebra-crossing' })).items.map((i) => i.id)).toEqual([
      'alice/delta-7',
    ]);
    expect((await searchRepos(db, null, { q: 'rare' })).items.map((i) => i.id)).not.toContain(
      'alice/delta-7',
    );
    // Downloads change without touching the text: the repo is still found.
    await db.repo.update({ where: { id }, data: { downloads: { increment: 1 } } });
    expect((await searchRepos(db, null, { q: 'zebra' })).items).toHaveLength(1);
    await db.repo.delete({ where: { id } });
    expect((await searchRepos(db, null, { q: 'zebra-crossing' })).items).toEqual([]);
    if (provider === 'sqlite') {
      // No index entry is left behind for the deleted repo, and the others still have theirs.
      const [left] = await db.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*) AS n FROM "RepoSearch" WHERE "RepoSearch" MATCH '"zebra"'`,
      );
      expect(Number(left?.n)).toBe(0);
      const [keys] = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*) AS n FROM "RepoSearchKey"`);
      expect(Number(keys?.n)).toBe(REPOS - 1);
    }
  });
});

describe.runIf(withPostgres)('the pg_trgm index', () => {
  it('applies to the text condition of words of three or more characters', async () => {
    const db = await createTestDatabase();
    const client = new pg.Client({ connectionString: db.url });
    try {
      await migrate(db.url, log);
      await client.connect();
      // On a small table a sequential scan is cheaper; forbid it to see that the index applies.
      await client.query('SET enable_seqscan = off');
      const sql = new Sql('postgresql');
      const plan = await client.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN SELECT "id" FROM "Repo" r WHERE ${sql.containsExact('r."searchText"', '100%')}`,
        sql.params,
      );
      expect(plan.rows.map((r) => r['QUERY PLAN']).join('\n')).toContain('Repo_searchText_trgm_idx');
    } finally {
      await client.end();
      await db.drop();
    }
  });
});
