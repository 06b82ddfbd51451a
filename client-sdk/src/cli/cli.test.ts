import { execFile } from 'node:child_process';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPort, startTestHub, type TestHub } from '@deltahub/testing/hub';
import { saveTinyDelta, tempFolder } from '../test-support/tiny.js';
import { cliRunner } from '../test-support/cli.js';

const run = promisify(execFile);
const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));

let hub: TestHub;
let token: string;
let root: { dir: string; cleanup: () => Promise<void> };
let deltaDir: string;

beforeAll(async () => {
  hub = await startTestHub();
  token = await hub.user('carol');
  root = await tempFolder();
  deltaDir = join(root.dir, 'delta');
  await saveTinyDelta(deltaDir, 'lora', { card: { task: 'text-classification', tags: ['cli'] } });
}, 60_000);

afterAll(async () => {
  await hub?.stop();
  await root?.cleanup();
});

/** Runs the CLI in-process with its own config and cache folders; returns exit code and output. */
const cli = (argv: string[], options?: { env?: Record<string, string>; stdin?: string; tty?: boolean }) =>
  cliRunner(root.dir, () => hub.url)(argv, options);

describe('deltahub CLI', () => {
  it('login (stdin) → whoami → push → info / ls / search / pull → logout', async () => {
    const login = await cli(['login', '--json'], { stdin: `${token}\n` });
    expect(login.code).toBe(0);
    expect(login.json()).toMatchObject({ user: 'carol', hubUrl: hub.url, scope: 'write' });
    const credentials = join(root.dir, 'config', 'credentials.json');
    expect((await stat(credentials)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(credentials, 'utf8'))).toMatchObject({ token, hubUrl: hub.url });

    const who = await cli(['whoami', '--json']);
    expect(who.code).toBe(0);
    expect(who.json()).toMatchObject({ name: 'carol', scope: 'write' });

    const push = await cli(['push', deltaDir, 'carol/bert-lora', '--json', '--progress']);
    expect(push.code).toBe(0);
    const pushed = push.json() as { revision: string; uploadedFiles: number; uploadedBytes: number };
    expect(pushed.uploadedFiles).toBe(3);
    expect(push.stderr).toMatch(/upload .*100%/);
    const again = await cli(['push', deltaDir, 'carol/bert-lora', '--json']);
    expect(again.json()).toMatchObject({ uploadedFiles: 0, uploadedBytes: 0 });
    expect(again.stderr).toBe(''); // no progress off a TTY without --progress

    const info = await cli(['info', 'carol/bert-lora', '--json']);
    expect(info.code).toBe(0);
    expect(info.json()).toMatchObject({ id: 'carol/bert-lora', head: { deltaType: 'lora' } });
    const infoText = await cli(['info', 'carol/bert-lora']);
    expect(infoText.stdout).toMatch(/carol\/bert-lora/);

    const ls = await cli(['ls', `carol/bert-lora@${pushed.revision}`, '--json']);
    const files = (ls.json() as { files: { path: string }[] }).files.map((f) => f.path);
    expect(files).toEqual(['README.md', 'delta.safetensors', 'delta_config.json']);

    const search = await cli(['search', 'bert', '--type', 'lora', '--task', 'text-classification', '--json']);
    expect((search.json() as { items: { id: string }[] }).items.map((i) => i.id)).toContain(
      'carol/bert-lora',
    );
    const none = await cli(['search', 'bert', '--type', 'adapter']);
    expect(none.stdout).toMatch(/No matches/);

    const into = join(root.dir, 'pulled');
    const pull = await cli(['pull', 'carol/bert-lora', into, '--json']);
    expect(pull.code).toBe(0);
    expect(pull.json()).toMatchObject({ repo: 'carol/bert-lora', dir: into });
    expect((await readdir(into)).sort()).toEqual(['README.md', 'delta.safetensors', 'delta_config.json']);
    expect(await readFile(join(into, 'delta.safetensors'))).toEqual(
      await readFile(join(deltaDir, 'delta.safetensors')),
    );

    // Offline from the warm cache.
    const offline = await cli(['pull', 'carol/bert-lora', '--json'], { env: { DELTAHUB_OFFLINE: '1' } });
    expect(offline.code).toBe(0);
    expect(offline.json()).toMatchObject({ downloadedBytes: 0 });

    const logout = await cli(['logout']);
    expect(logout.code).toBe(0);
    await expect(stat(credentials)).rejects.toThrow();
    const anonymous = await cli(['whoami']);
    expect(anonymous.code).toBe(1);
    expect(anonymous.stderr).toMatch(/deltahub login/);
  });

  it('usage errors exit 2; failures exit 1 with what to do next (and --json errors)', async () => {
    expect((await cli([])).code).toBe(2);
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['info'])).code).toBe(2);
    expect((await cli(['info', 'a/b', '--bogus'])).code).toBe(2);
    expect((await cli(['--help'])).code).toBe(0);

    const missing = await cli(['info', 'carol/nope', '--json']);
    expect(missing.code).toBe(1);
    expect(missing.json()).toMatchObject({ error: { code: 'HUB_NOT_FOUND' } });

    const bad = await cli(['login', '--token', `dh_${'y'.repeat(43)}`]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/deltahub login|DELTAHUB_TOKEN/);

    const unreachable = await cli(['search', 'x'], {
      env: { DELTAHUB_URL: `http://127.0.0.1:${await closedPort()}`, DELTAHUB_RETRIES: '2' },
    });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toMatch(/could not be reached/);

    const cold = await cli(['pull', 'carol/other'], { env: { DELTAHUB_OFFLINE: '1' } });
    expect(cold.code).toBe(1);
    expect(cold.stderr).toMatch(/DELTAHUB_OFFLINE/);
  });

  it('runs as a real process (bin entry point)', async () => {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', MAIN, 'ls', 'carol/bert-lora', '--json'],
      {
        env: { ...process.env, DELTAHUB_URL: hub.url, DELTAHUB_TOKEN: token },
        timeout: 60_000,
      },
    );
    expect((JSON.parse(stdout) as { files: unknown[] }).files).toHaveLength(3);
    const usage = await run(process.execPath, ['--import', 'tsx', MAIN, 'push'], { timeout: 60_000 }).catch(
      (e: { code?: number; stderr?: string }) => e,
    );
    expect((usage as { code?: number }).code).toBe(2);
  }, 60_000);
});
