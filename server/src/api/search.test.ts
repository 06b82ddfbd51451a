import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, makeDelta, type Json, hubVariants } from '@deltahub/testing';
import { startTestHub, type TestHub } from '../test-support/hub.js';

// Search runs as hand-written SQL: user text must stay literal (LIKE wildcards escaped, values bound).
describe.each(await hubVariants())('search SQL edges on $db + $storage', (variant) => {
  let hub: TestHub;
  let anon: ApiClient;
  let carol: ApiClient;

  const card = (text: string, tags: string[]) =>
    `---\ntags: [${tags.map((t) => JSON.stringify(t)).join(', ')}]\n---\n${text}\n`;

  beforeAll(async () => {
    hub = await startTestHub(variant);
    carol = new ApiClient(hub.url, await hub.user('carol'));
    anon = new ApiClient(hub.url);
    const repos: [string, string, string[], boolean?][] = [
      ['pct', 'scores 100% accurate', ['a_b']],
      ['digits', 'scores 1000 accurate', ['axb']],
      ['under', 'written in snake_case', ['50%']],
      ['other', 'written in snakeXcase', ['500']],
      ['slash', 'a back\\slash here', ['x\\y']],
      ['plain', 'a backslash here', ['xy']],
      ['hidden', 'scores 100% accurate but private', ['a_b'], true],
    ];
    for (const [i, [name, text, tags, isPrivate]] of repos.entries()) {
      expect((await carol.json('POST', '/api/repos', { name, private: isPrivate ?? false })).status).toBe(
        201,
      );
      const res = await carol.push(`carol/${name}`, makeDelta(2000 + i, {}, card(text, tags)), {
        parent: null,
      });
      expect(res.status).toBe(201);
    }
  });
  afterAll(async () => hub?.stop());

  const ids = async (client: ApiClient, query: string): Promise<string[]> => {
    const res = await client.json('GET', `/api/search?author=carol&limit=100&${query}`);
    expect(res.status).toBe(200);
    return (res.body.items as Json[]).map((i) => i.id as string).sort();
  };

  it('treats % and _ in the text query literally', async () => {
    expect(await ids(anon, `q=${encodeURIComponent('100%')}`)).toEqual(['carol/pct']);
    expect(await ids(anon, `q=${encodeURIComponent('snake_case')}`)).toEqual(['carol/under']);
    expect(await ids(anon, `q=${encodeURIComponent('%')}`)).toEqual(['carol/pct', 'carol/under']);
    expect(await ids(anon, `q=${encodeURIComponent('_')}`)).toEqual(['carol/pct', 'carol/under']);
  });

  it('treats the escape character in user text literally', async () => {
    expect(await ids(anon, `q=${encodeURIComponent('back\\slash')}`)).toEqual(['carol/slash']);
    expect(await ids(anon, `q=${encodeURIComponent('\\')}`)).toEqual(['carol/slash']);
    expect(await ids(anon, `tag=${encodeURIComponent('x\\y')}`)).toEqual(['carol/slash']);
  });

  it('treats wildcards in tag filters literally', async () => {
    expect(await ids(anon, 'tag=a_b')).toEqual(['carol/pct']);
    expect(await ids(anon, `tag=${encodeURIComponent('50%')}`)).toEqual(['carol/under']);
    expect(await ids(anon, `tag=${encodeURIComponent('%')}`)).toEqual([]);
  });

  it('binds values: quotes and SQL in user text match nothing and break nothing', async () => {
    for (const q of [`'; DROP TABLE "Repo"; --`, `" OR 1=1 --`, `') OR ('1'='1`]) {
      expect(await ids(anon, `q=${encodeURIComponent(q)}`)).toEqual([]);
      expect(await ids(anon, `task=${encodeURIComponent(q)}`)).toEqual([]);
    }
    expect(
      (await anon.json('GET', `/api/search?author=${encodeURIComponent("x' OR '1'='1")}`)).body.items,
    ).toEqual([]);
    expect(await ids(anon, 'q=accurate')).toEqual(['carol/digits', 'carol/pct']);
  });

  it('keeps private repos out of wildcard matches for others, in for their owner', async () => {
    expect(await ids(anon, `tag=a_b`)).toEqual(['carol/pct']);
    expect(await ids(carol, `tag=a_b`)).toEqual(['carol/hidden', 'carol/pct']);
    const item = (await carol.json('GET', '/api/search?author=carol&tag=a_b&sort=created&limit=1')).body
      .items[0] as Json;
    expect(item).toMatchObject({ id: 'carol/hidden', private: true, tags: ['a_b'], downloads: 0 });
    expect(typeof item.createdAt).toBe('string');
  });

  it('pages through multi-word matches with filters and every sort', async () => {
    for (const sort of ['downloads', 'updated', 'created']) {
      const all = await carol.json('GET', `/api/search?author=carol&q=a%20here&sort=${sort}&limit=100`);
      const expected = (all.body.items as Json[]).map((i) => i.id);
      expect([...expected].sort()).toEqual(['carol/plain', 'carol/slash']);
      const paged: string[] = [];
      let cursor: string | null = null;
      do {
        const res: { body: Json } = await carol.json(
          'GET',
          `/api/search?author=carol&q=a%20here&sort=${sort}&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
        );
        paged.push(...(res.body.items as Json[]).map((i) => i.id as string));
        cursor = res.body.nextCursor as string | null;
      } while (cursor);
      expect(paged).toEqual(expected);
    }
  });
});
