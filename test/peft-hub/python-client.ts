/**
 * The real Python `huggingface_hub` client, run as a user would run it against the hub: Debian's
 * `/usr/bin/python3` with `PYTHONPATH` at the client's sources, `HF_ENDPOINT` at the hub, Xet off,
 * a private `HF_HOME`. A stopgap of this suite until the repository vendors the client with its
 * own harness (the repo lifecycle work); `DELTAHUB_HF_PYTHONPATH` names the sources' folder.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { isCi } from '@deltahub/testing';

const PYTHON = '/usr/bin/python3';

/** Where the client's sources are: the setting, else `../shared/tools/python` beside the checkout. */
function clientSources(): string | undefined {
  const candidates = [
    process.env['DELTAHUB_HF_PYTHONPATH'],
    fileURLToPath(new URL('../../../shared/tools/python', import.meta.url)),
    '/work/shared/tools/python',
  ];
  return candidates.find((dir) => dir && existsSync(join(dir, 'huggingface_hub', '__init__.py')));
}

/**
 * Whether the Python client can run here. Outside CI a missing client skips its suites with a
 * warning; in CI ({@link isCi}) it is an error.
 */
export function pythonClientAvailable(): boolean {
  const ok = existsSync(PYTHON) && clientSources() !== undefined;
  if (!ok) {
    const message = `the Python huggingface_hub client is unavailable (${PYTHON}, DELTAHUB_HF_PYTHONPATH)`;
    if (isCi()) throw new Error(`${message}: required in CI`);
    console.warn(`${message}: its tests are skipped`);
  }
  return ok;
}

/** A Python client session against one hub: its own HF_HOME, removed by `close`. */
export interface PythonClient {
  /**
   * Runs `script` (Python; `api = HfApi()` is predefined, `args` is `sys.argv[1:]`) and returns
   * what it printed, parsed as JSON. A failing script rejects with its stderr.
   */
  run<T = unknown>(script: string, args?: string[]): Promise<T>;
  close(): Promise<void>;
}

const PRELUDE = [
  'import json, sys',
  'from huggingface_hub import HfApi',
  'api = HfApi()',
  'args = sys.argv[1:]',
];

/** Starts a session of the Python client against `hubUrl` with `token`. */
export async function pythonClient(hubUrl: string, token: string): Promise<PythonClient> {
  const home = await mkdtemp(join(tmpdir(), 'deltahub-hf-home-'));
  const env = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    PYTHONPATH: clientSources() ?? '',
    HF_ENDPOINT: hubUrl,
    HF_TOKEN: token,
    HF_HOME: home,
    HF_HUB_DISABLE_XET: '1',
    HF_HUB_DISABLE_TELEMETRY: '1',
    HF_HUB_DISABLE_PROGRESS_BARS: '1',
  };
  return {
    async run<T>(script: string, args: string[] = []): Promise<T> {
      const source = [...PRELUDE, script].join('\n');
      try {
        const { stdout } = await promisify(execFile)(PYTHON, ['-c', source, ...args], {
          env,
          timeout: 60_000,
          maxBuffer: 16 * 1024 * 1024,
        });
        return JSON.parse(stdout) as T;
      } catch (error) {
        const e = error as { stderr?: string; message: string };
        throw new Error(`python: ${e.stderr?.trim().split('\n').slice(-5).join('\n') || e.message}`);
      }
    },
    close: () => rm(home, { recursive: true, force: true }),
  };
}
