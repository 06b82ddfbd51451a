import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.js';
import type { HubContext } from '../http/context.js';
import { createLogger } from '../log.js';
import { closeHub, openHub } from '../server.js';
import { addOrg, addUser, createToken } from './accounts.js';
import { accountNamed, tokenById, tokensOf } from './views.js';

describe('account and token views (SQLite)', () => {
  let dir: string;
  let ctx: HubContext;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'deltahub-views-'));
    ctx = await openHub(loadConfig({ DELTAHUB_DATA: dir }), createLogger('silent'));
    await addUser(ctx.db, 'ann');
    await addUser(ctx.db, 'ben');
    await addOrg(ctx.db, 'lab', 'ann');
  });
  afterAll(async () => {
    await closeHub(ctx);
    await rm(dir, { recursive: true, force: true });
  });

  it('names accounts by their exact name, users and organisations alike', async () => {
    expect(await accountNamed(ctx.db, 'ann')).toEqual({ name: 'ann', kind: 'user' });
    expect(await accountNamed(ctx.db, 'lab')).toEqual({ name: 'lab', kind: 'org' });
    expect(await accountNamed(ctx.db, 'nobody')).toBeNull();
  });

  it("lists a user's tokens newest first, up to the limit, without secrets; finds one by id", async () => {
    const made = [];
    for (const name of ['one', 'two', 'three']) {
      made.push(await createToken(ctx.db, 'ann', { name, scope: 'read' }));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await createToken(ctx.db, 'ben', { name: 'bens' });
    const listed = await tokensOf(
      ctx.db,
      (await ctx.db.account.findUniqueOrThrow({ where: { name: 'ann' } })).id,
      2,
    );
    expect(listed.map((t) => t.name)).toEqual(['three', 'two']);
    expect(Object.keys(listed[0]!).sort()).toEqual(
      ['createdAt', 'expiresAt', 'id', 'lastUsedAt', 'name', 'revokedAt', 'scope'].sort(),
    );
    expect(await tokenById(ctx.db, made[0]!.id)).toMatchObject({
      name: 'one',
      scope: 'read',
      revokedAt: null,
    });
    expect(await tokenById(ctx.db, 'no-such-id')).toBeNull();
  });
});
