import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AutoDeltaModel, AutoModel } from 'deltahub';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The README's quick start and CLI commands, word for word, in a fresh clone of the repository:
 * `git clone`, `npm ci && npm start` (in the background), then each line of the CLI block. It
 * proves that the commands are linked by the install itself (`npx` finds them locally; the
 * registry is unreachable while they run, so falling through to it would fail) and that a new
 * user's first steps work. It clones the committed HEAD: uncommitted changes are not in it.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE_BERT = join(ROOT, 'core', 'test-fixtures', 'hf-tiny', 'bert');
/** The address `npm start` serves on by default, which the README's commands name. */
const HUB_URL = 'http://127.0.0.1:8080';
const MINUTES = 60_000;

/** The lines of the README's first `sh` block that contains `marker`, without comments. */
async function readmeCommands(marker: string): Promise<string[]> {
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  const block = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)]
    .map((m) => m[1]!)
    .find((b) => b.includes(marker));
  if (!block) throw new Error(`README.md has no sh block containing "${marker}"`);
  return block
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '');
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `command` through the shell in `cwd`, with `input` on stdin. */
function sh(command: string, cwd: string, env: NodeJS.ProcessEnv, input = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', command], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** Fails clearly when something already listens where the README's commands expect the hub. */
async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', () =>
      reject(
        new Error(`port ${port} is in use: the quick start test runs the README's commands, which use it`),
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/** Resolves with the output so far once `pattern` appears on the child's stdout. */
function waitForOutput(child: ChildProcess, pattern: RegExp, log: { text: string }): Promise<string> {
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      log.text += chunk.toString();
      if (pattern.test(log.text)) resolve(log.text);
    });
    child.stderr!.on('data', (chunk: Buffer) => (log.text += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${log.text}`)));
  });
}

async function digestsOf(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort())
    out[name] = createHash('sha256')
      .update(await readFile(join(dir, name)))
      .digest('hex');
  return out;
}

describe("the README's quick start in a fresh clone", () => {
  let work: string;
  let clone: string;
  let env: NodeJS.ProcessEnv;
  let hub: ChildProcess | undefined;
  const hubLog = { text: '' };

  beforeAll(async () => {
    await assertPortFree(8080);
    work = await mkdtemp(join(tmpdir(), 'deltahub-quick-start-'));
    clone = join(work, 'deltahub');
    // A user's machine: none of this run's settings; their own npm configuration (it says where
    // Node's headers are for native builds), with deltahub's credentials and cache kept apart.
    env = Object.fromEntries(
      Object.entries(process.env).filter(
        ([name]) => !/^(DELTAHUB_|DATABASE_URL$|PORT$|LOG_|npm_|INIT_CWD$)/.test(name),
      ),
    );
    env['XDG_CONFIG_HOME'] = join(work, 'config');
    env['XDG_CACHE_HOME'] = join(work, 'cache');
    const cloned = await sh(`git clone --quiet "${ROOT}" "${clone}"`, work, env);
    expect(cloned.code, cloned.stderr).toBe(0);
  }, 5 * MINUTES);

  afterAll(async () => {
    if (hub?.pid) {
      process.kill(-hub.pid, 'SIGTERM');
      await new Promise((resolve) => hub!.once('exit', resolve));
    }
    if (work) await rm(work, { recursive: true, force: true });
  }, MINUTES);

  it(
    'installs and starts the hub on its embedded defaults, saying where the data lives',
    async () => {
      const [quickStart] = await readmeCommands('npm ci && npm start');
      expect(quickStart).toBe('npm ci && npm start');
      const [install, start] = quickStart!.split(' && ');
      const installed = await sh(install!, clone, env);
      expect(installed.code, installed.stderr).toBe(0);
      hub = spawn('sh', ['-c', start!], {
        cwd: clone,
        env,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const output = await waitForOutput(hub, /no accounts yet/, hubLog);
      // Not a terminal: JSON lines, as log collectors expect.
      const lines = output.split('\n').filter((line) => line.startsWith('{'));
      const messages = lines.map((line) => (JSON.parse(line) as { msg: string }).msg);
      // First where the data lives; after the migrations, the URL and how to make the first account.
      expect(messages[0]).toBe(
        `index: SQLite ${join(clone, '.deltahub', 'index.db')}; blobs: files under ${join(clone, '.deltahub', 'blobs-store')}`,
      );
      const listening = messages.indexOf(`deltahub listening on ${HUB_URL}`);
      expect(listening).toBeGreaterThan(0);
      expect(messages[listening + 1]).toMatch(
        /^no accounts yet: .*npx deltahub-server user add <name> --admin/,
      );
    },
    12 * MINUTES,
  );

  it(
    'runs every CLI command of the README against it, from the local packages',
    async () => {
      expect(hub, 'the hub of the previous test is running').toBeDefined();
      // What the README pushes: a LoRA on the tiny BERT fixture, saved as a user would.
      const backbone = await AutoModel.fromPretrained(FIXTURE_BERT);
      try {
        const delta = AutoDeltaModel.fromConfig(
          { deltaType: 'lora', hyperparameters: { loraR: 2 } },
          { backboneModel: backbone },
        );
        await delta.saveFinetuned(join(clone, 'my-delta'));
      } finally {
        backbone.dispose();
      }
      // Nothing may come from the registry now: an npx that fell through to it would fail here.
      const offline = { ...env, npm_config_registry: 'http://127.0.0.1:9/' };
      const commands = await readmeCommands('npx deltahub-server user add');
      expect(commands).toEqual([
        'npx deltahub-server user add alice && npx deltahub-server token create alice --scope write',
        `npx deltahub login --hub-url ${HUB_URL}`,
        'npx deltahub push ./my-delta alice/bert-lora-sst2',
        'npx deltahub search lora --type lora --json',
        'npx deltahub pull alice/bert-lora-sst2 ./pulled',
      ]);
      const [account, login, push, search, pull] = commands as [string, string, string, string, string];

      const created = await sh(account, clone, offline);
      expect(created.code, created.stderr).toBe(0);
      const token = created.stdout.trim().split('\n').at(-1)!;
      expect(token).toMatch(/^\S{20,}$/);
      const loggedIn = await sh(login, clone, offline, `${token}\n`);
      expect(loggedIn.code, loggedIn.stderr).toBe(0);
      const pushed = await sh(push, clone, offline);
      expect(pushed.code, pushed.stderr).toBe(0);
      const found = await sh(search, clone, offline);
      expect(found.code, found.stderr).toBe(0);
      const items = (JSON.parse(found.stdout) as { items: { id: string; deltaType: string }[] }).items;
      expect(items.map((item) => [item.id, item.deltaType])).toEqual([['alice/bert-lora-sst2', 'lora']]);
      const pulled = await sh(pull, clone, offline);
      expect(pulled.code, pulled.stderr).toBe(0);
      expect(await digestsOf(join(clone, 'pulled'))).toEqual(await digestsOf(join(clone, 'my-delta')));
    },
    5 * MINUTES,
  );
});
