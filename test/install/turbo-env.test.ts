import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TURBO = join(ROOT, 'node_modules', '.bin', 'turbo');

/** What the settings documented in the READMEs would be set to by a user running `npm test`. */
const SETTINGS = {
  CI: '1',
  DELTAHUB_TEST_PG: 'postgresql://probe@127.0.0.1:5432',
  DELTAHUB_CHROMIUM: '/probe/chromium',
  DELTAHUB_TEST_LOG_LEVEL: 'debug',
};

/**
 * turbo runs tasks in strict environment mode: a variable its task does not declare never reaches
 * the script. This runs the repository's own turbo.json on a one-package workspace whose `test` and
 * `bench` scripts write down the environment they got.
 */
describe("the repository's turbo.json", () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'deltahub-turbo-env-'));
    const root = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { packageManager: string };
    await writeFile(
      join(dir, 'package.json'),
      JSON.stringify({
        name: 'probe-root',
        private: true,
        workspaces: ['probe'],
        packageManager: root.packageManager,
      }),
    );
    await copyFile(join(ROOT, 'turbo.json'), join(dir, 'turbo.json'));
    await mkdir(join(dir, 'probe'));
    const dump = (file: string): string =>
      `node -e "require('fs').writeFileSync('${file}', JSON.stringify(process.env))"`;
    await writeFile(
      join(dir, 'probe', 'package.json'),
      JSON.stringify({
        name: 'probe',
        private: true,
        scripts: { test: dump('test-env.json'), bench: dump('bench-env.json') },
      }),
    );
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it.each(['test', 'bench'])('passes the test settings through to the %s task', async (task) => {
    await run(TURBO, ['run', task, '--concurrency=1'], {
      cwd: dir,
      env: {
        PATH: process.env['PATH'],
        HOME: process.env['HOME'],
        TURBO_TELEMETRY_DISABLED: '1',
        ...SETTINGS,
      },
    });
    const got = JSON.parse(await readFile(join(dir, 'probe', `${task}-env.json`), 'utf8')) as Record<
      string,
      string
    >;
    for (const [name, value] of Object.entries(SETTINGS)) expect(got[name], name).toBe(value);
  });
});
