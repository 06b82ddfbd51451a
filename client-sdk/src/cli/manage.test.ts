import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '@deltahub/testing/hub';
import { cliRunner, type CliRun } from '../test-support/cli.js';
import { saveTinyDelta, tempFolder } from '../test-support/tiny.js';

let hub: TestHub;
let root: { dir: string; cleanup: () => Promise<void> };
let deltaDir: string;
let cli: (argv: string[], options?: { env?: Record<string, string> }) => Promise<CliRun>;
let dana: string;

beforeAll(async () => {
  hub = await startTestHub();
  dana = await hub.user('dana');
  root = await tempFolder();
  deltaDir = join(root.dir, 'delta');
  await saveTinyDelta(deltaDir, 'lora');
  const run = cliRunner(root.dir, () => hub.url);
  cli = (argv, options) => run(argv, { ...options, env: { DELTAHUB_TOKEN: dana, ...options?.env } });
}, 60_000);

afterAll(async () => {
  await hub?.stop();
  await root?.cleanup();
});

const ok = (run: CliRun): CliRun => {
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run;
};

describe('deltahub repo|branch|tag|log', () => {
  it('branch and tag create/list/delete, then log pages the history of a ref', async () => {
    const first = ok(await cli(['push', deltaDir, 'dana/refs', '--json'])).json()['revision'] as string;
    const second = ok(await cli(['push', deltaDir, 'dana/refs', '--json', '--message', 'second push']));
    // An unchanged folder pushed again still makes a revision (new parent, new message).
    const head = second.json()['revision'] as string;
    expect(head).not.toBe(first);

    expect(ok(await cli(['tag', 'create', 'dana/refs', 'v1', '--revision', first, '--json'])).json()).toEqual(
      {
        name: 'v1',
        kind: 'tag',
        revision: first,
      },
    );
    ok(await cli(['branch', 'create', 'dana/refs', 'exp', '--revision', 'v1']));
    expect(ok(await cli(['branch', 'list', 'dana/refs'])).stdout).toBe(`exp  ${first}\nmain  ${head}\n`);
    expect(ok(await cli(['tag', 'list', 'dana/refs', '--json'])).json()).toEqual([
      { name: 'v1', kind: 'tag', revision: first, updatedAt: expect.any(String) },
    ]);

    const page = ok(await cli(['log', 'dana/refs', '--limit', '1']));
    expect(page.stdout).toMatch(new RegExp(`^${head.slice(0, 12)} .* dana  second push\\n`));
    expect(page.stdout).toContain(`(more: deltahub log dana/refs@main --cursor ${first})`);
    const rest = ok(await cli(['log', 'dana/refs', '--cursor', first, '--json'])).json();
    expect(rest).toEqual({ items: [expect.objectContaining({ id: first, parent: null })], nextCursor: null });
    expect(ok(await cli(['log', 'dana/refs@exp', '--json'])).json()['items']).toHaveLength(1);

    ok(await cli(['tag', 'delete', 'dana/refs', 'v1']));
    ok(await cli(['branch', 'delete', 'dana/refs', 'exp']));
    expect(ok(await cli(['branch', 'list', 'dana/refs', '--json'])).json()).toHaveLength(1);
    const main = await cli(['branch', 'delete', 'dana/refs', 'main']);
    expect(main.code).toBe(1);
    expect(main.stderr).toMatch(/default branch main cannot be deleted/);
  });

  it('repo visibility, move (the old name redirects) and delete (only with --yes)', async () => {
    ok(await cli(['push', deltaDir, 'dana/lifecycle']));
    expect(ok(await cli(['repo', 'visibility', 'dana/lifecycle', 'private'])).stdout).toBe(
      'dana/lifecycle is now private.\n',
    );
    const anonymous = await cli(['info', 'dana/lifecycle'], { env: { DELTAHUB_TOKEN: '' } });
    expect(anonymous.code).toBe(1);
    ok(await cli(['repo', 'visibility', 'dana/lifecycle', 'public']));

    expect(ok(await cli(['repo', 'move', 'dana/lifecycle', 'dana/renamed', '--json'])).json()).toEqual({
      id: 'dana/renamed',
      private: false,
    });
    // The old name follows the redirect to the repo's new name.
    expect(ok(await cli(['info', 'dana/lifecycle', '--json'])).json()['id']).toBe('dana/renamed');

    const unconfirmed = await cli(['repo', 'delete', 'dana/renamed']);
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.stderr).toMatch(/add --yes/);
    ok(await cli(['info', 'dana/renamed']));
    expect(ok(await cli(['repo', 'delete', 'dana/renamed', '--yes'])).stdout).toBe('Deleted dana/renamed.\n');
    const gone = await cli(['info', 'dana/renamed']);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toMatch(/not found/i);
  });

  it('answers usage errors with exit code 2 and hub refusals with 1', async () => {
    const cases: [string[], number, RegExp][] = [
      [['repo', 'visibility', 'dana/x', 'secret'], 2, /public or private/],
      [['repo', 'move', 'dana/x'], 2, /usage: deltahub repo move/],
      [['repo', 'rename', 'dana/x'], 2, /unknown command 'repo rename'/],
      [['branch', 'create', 'dana/x@main', 'b'], 2, /without @revision/],
      [['log', 'dana/x', '--limit', '500'], 2, /--limit/],
      [['repo', 'delete', 'dana/nothing', '--yes'], 1, /not found/i],
    ];
    for (const [argv, code, message] of cases) {
      const run = await cli(argv);
      expect([argv, run.code]).toEqual([argv, code]);
      expect(run.stderr).toMatch(message);
    }
  });
});
