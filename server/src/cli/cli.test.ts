import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.js';
import { createLogger } from '../log.js';
import { closeHub, openHub } from '../server.js';
import type { HubContext } from '../http/context.js';
import { runCommand } from './commands.js';

const run = promisify(execFile);
const TSX = createRequire(import.meta.url).resolve('tsx');
const MAIN = new URL('./main.ts', import.meta.url).pathname;

describe('deltahub-server CLI', () => {
  let dir: string;
  let ctx: HubContext;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'deltahub-cli-'));
    ctx = await openHub(loadConfig({ DELTAHUB_DATA: dir }), createLogger('silent'));
  });
  afterAll(async () => {
    await closeHub(ctx);
    await rm(dir, { recursive: true, force: true });
  });

  it('creates users, orgs, members and tokens, and revokes tokens', async () => {
    expect(await runCommand(ctx, ['user', 'add', 'root', '--admin'])).toBe('created user root');
    expect(await runCommand(ctx, ['user', 'add', 'ann'])).toBe('created user ann');
    await expect(runCommand(ctx, ['user', 'add', 'ann'])).rejects.toThrow(/already taken/);
    expect(await runCommand(ctx, ['org', 'add', 'lab', '--owner', 'root'])).toBe('created organisation lab');
    expect(await runCommand(ctx, ['org', 'member', 'add', 'lab', 'ann', '--role', 'read'])).toBe(
      'ann is read of lab',
    );
    await expect(runCommand(ctx, ['org', 'member', 'add', 'lab', 'ann', '--role', 'god'])).rejects.toThrow(
      /role/,
    );
    const token = await runCommand(ctx, ['token', 'create', 'ann', '--scope', 'read', '--expires', '30']);
    expect(token).toMatch(/^hf_[A-Za-z0-9_-]{43}$/);
    const row = await ctx.db.token.findFirstOrThrow({ where: { user: { name: 'ann' } } });
    expect(row.scope).toBe('read');
    expect(row.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    expect(await runCommand(ctx, ['token', 'revoke', token])).toBe(`revoked token ${row.id}`);
    expect((await ctx.db.token.findUniqueOrThrow({ where: { id: row.id } })).revokedAt).toBeInstanceOf(Date);
    expect(JSON.parse(await runCommand(ctx, ['gc']))).toEqual({
      abandonedUploads: 0,
      deletedBlobs: 0,
      deletedBytes: 0,
      deletedGrants: 0,
    });
    await expect(runCommand(ctx, ['frobnicate'])).rejects.toThrow(/unknown command/);
  });

  it('sets storage quotas: bytes, none (no quota) or back to the default', async () => {
    await runCommand(ctx, ['user', 'add', 'quoted']);
    expect(await runCommand(ctx, ['quota', 'set', 'quoted', '1000'])).toBe(
      'quoted: quota 1000 bytes, 0 bytes used',
    );
    const row = await ctx.db.account.findUniqueOrThrow({ where: { name: 'quoted' } });
    expect(row.quotaBytes).toBe(1000n);
    expect(await runCommand(ctx, ['quota', 'set', 'quoted', 'none'])).toBe('quoted: no quota, 0 bytes used');
    expect(await runCommand(ctx, ['quota', 'set', 'quoted', 'default'])).toBe(
      `quoted: quota ${ctx.config.defaultQuotaBytes} bytes, 0 bytes used`,
    );
    await expect(runCommand(ctx, ['quota', 'set', 'quoted', 'lots'])).rejects.toThrow(/non-negative integer/);
    await expect(runCommand(ctx, ['quota', 'set', 'nobody', '1'])).rejects.toThrow(/no user or organisation/);
  });

  it('refuses bad input with the error codes of the API, changing nothing', async () => {
    await runCommand(ctx, ['user', 'add', 'cleo']);
    await runCommand(ctx, ['org', 'add', 'guild', '--owner', 'cleo']);
    const refused = (argv: string[]) =>
      runCommand(ctx, argv).then(
        () => 'accepted',
        (err: { code?: string }) => err.code,
      );
    const before = await ctx.db.membership.findMany({ orderBy: [{ orgId: 'asc' }, { userId: 'asc' }] });
    expect(await refused(['user', 'add', 'no spaces'])).toBe('invalid_name');
    expect(await refused(['user', 'add', 'CLEO'])).toBe('name_taken');
    expect(await refused(['org', 'add', 'guild', '--owner', 'cleo'])).toBe('name_taken');
    expect(await refused(['org', 'add', 'hall', '--owner', 'guild'])).toBe('user_not_found');
    expect(await refused(['org', 'member', 'add', 'guild', 'cleo', '--role', 'root'])).toBe('invalid_role');
    expect(await refused(['org', 'member', 'add', 'cleo', 'cleo', '--role', 'read'])).toBe('org_not_found');
    expect(await refused(['org', 'member', 'add', 'guild', 'ghost', '--role', 'read'])).toBe(
      'user_not_found',
    );
    expect(await refused(['token', 'create', 'guild'])).toBe('user_not_found');
    expect(await refused(['token', 'create', 'cleo', '--scope', 'admin'])).toBe('invalid_scope');
    expect(await refused(['token', 'create', 'cleo', '--expires', '-3'])).toBe('invalid_expiry');
    expect(await refused(['token', 'revoke', 'no-such-id'])).toBe('token_not_found');
    expect(await refused(['quota', 'set', 'cleo', '-5'])).toBe('invalid_quota');
    expect(await refused(['quota', 'set', 'ghost', '5'])).toBe('account_not_found');
    expect(await ctx.db.membership.findMany({ orderBy: [{ orgId: 'asc' }, { userId: 'asc' }] })).toEqual(
      before,
    );
    expect(
      await ctx.db.account.findMany({ where: { name: { in: ['no spaces', 'hall', 'ghost'] } } }),
    ).toEqual([]);
    expect(await ctx.db.token.count({ where: { user: { name: 'cleo' } } })).toBe(0);
    expect((await ctx.db.account.findUniqueOrThrow({ where: { name: 'cleo' } })).quotaBytes).toBeNull();
  });

  it('prints only the token on stdout when run as a program', async () => {
    // One real process run (starting one costs seconds here); the rest goes through runCommand.
    await runCommand(ctx, ['user', 'add', 'zed']);
    const env = { ...process.env, DELTAHUB_DATA: dir, LOG_LEVEL: 'info' };
    const { stdout } = await run(process.execPath, ['--import', TSX, MAIN, 'token', 'create', 'zed'], {
      env,
    });
    expect(stdout).toMatch(/^hf_[A-Za-z0-9_-]{43}\n$/);
    await expect(runCommand(ctx, ['token', 'create', 'nobody'])).rejects.toThrow(/no user named "nobody"/);
  });
});
