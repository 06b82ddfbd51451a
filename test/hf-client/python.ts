/**
 * Runs the real Python `huggingface_hub` client (vendored in `./python/`) against a hub, as a user
 * with `HF_ENDPOINT` set would: `/usr/bin/python3` with Debian's httpx, fsspec, packaging, yaml,
 * tqdm and typing-extensions. One entry point, {@link runPython}; {@link pythonClientAvailable}
 * says whether the suites using it run (skipped with a warning outside CI, an error in CI).
 *
 * A script is Python source run after a prelude that defines `api = HfApi()` and
 * `emit(value)`, which prints `value` as the run's JSON result (the last line of stdout), and
 * `expect_error(fn)`, which calls `fn` and returns `{error, status, code}` for the HTTP error it
 * raises (the script fails if it raises none).
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isCi } from '@deltahub/testing';

/** Debian's interpreter (with Debian's python3-* modules), not whatever `python3` is on PATH. */
export const PYTHON = process.env['DELTAHUB_PYTHON'] ?? '/usr/bin/python3';
/** The vendored huggingface_hub and filelock sources. */
export const PYTHON_PATH = fileURLToPath(new URL('./python/', import.meta.url));
/** The modules the client needs from Debian (`.ci/run` installs them). */
const REQUIRED_MODULES = ['httpx', 'fsspec', 'packaging', 'yaml', 'tqdm', 'typing_extensions'];

const PRELUDE = `
import json, sys
from huggingface_hub import HfApi
from huggingface_hub.errors import HfHubHTTPError
api = HfApi()
def emit(value):
    print(json.dumps(value, default=str))
def expect_error(fn):
    try:
        fn()
    except HfHubHTTPError as err:
        response = err.response
        return {"error": type(err).__name__, "status": response.status_code if response is not None else None,
                "code": response.headers.get("X-Error-Code") if response is not None else None}
    raise AssertionError("expected an HTTP error, got none")
`;

/** Where and as whom a script runs. */
export interface PythonOptions {
  /** The hub (`HF_ENDPOINT`). */
  hub: { url: string };
  /** `HF_TOKEN`; anonymous without. */
  token?: string;
  /** `HF_HOME` (the client's cache); a fresh temporary folder, removed afterwards, by default. */
  hfHome?: string;
  /** More environment. */
  env?: Record<string, string>;
  /** Working directory (for scripts that read or write local folders). */
  cwd?: string;
}

/** What a script printed: its JSON result (what it passed to `emit` last), stdout and stderr. */
export interface PythonResult<T> {
  result: T;
  stdout: string;
  stderr: string;
}

/**
 * Runs `script` (after the prelude) with the vendored client against `options.hub`, Xet and
 * telemetry off, and returns what it emitted. Throws with stderr if the script fails.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function runPython<T = any>(script: string, options: PythonOptions): Promise<PythonResult<T>> {
  const home = options.hfHome ?? (await mkdtemp(join(tmpdir(), 'deltahub-hf-home-')));
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    PYTHONPATH: PYTHON_PATH,
    // The vendored folder stays as committed: no __pycache__ written into it.
    PYTHONDONTWRITEBYTECODE: '1',
    HF_ENDPOINT: options.hub.url,
    HF_HUB_DISABLE_XET: '1',
    HF_HUB_DISABLE_TELEMETRY: '1',
    HF_HUB_DISABLE_PROGRESS_BARS: '1',
    HF_HOME: home,
    ...(options.token !== undefined ? { HF_TOKEN: options.token } : {}),
    ...options.env,
  };
  try {
    const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) => {
      execFile(
        PYTHON,
        ['-c', `${PRELUDE}\n${script}`],
        { env, cwd: options.cwd ?? home, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 },
        (err, stdout, stderr) => {
          if (err) reject(new Error(`python failed (${err.message.split('\n')[0]}):\n${stderr}\n${stdout}`));
          else resolve({ stdout, stderr });
        },
      );
    });
    const last = stdout.trimEnd().split('\n').pop() ?? '';
    return { result: (last ? JSON.parse(last) : undefined) as T, stdout, stderr };
  } finally {
    if (options.hfHome === undefined) await rm(home, { recursive: true, force: true });
  }
}

/**
 * Whether the Python client runs here: the interpreter, Debian's modules and the vendored
 * sources. Outside CI a missing piece skips the suites with a warning; in CI it is an error.
 */
export function pythonClientAvailable(): boolean {
  let missing: string | undefined;
  if (!existsSync(PYTHON)) missing = `no ${PYTHON}`;
  else {
    try {
      execFileSync(PYTHON, ['-c', `import ${[...REQUIRED_MODULES, 'huggingface_hub'].join(', ')}`], {
        env: { PYTHONPATH: PYTHON_PATH, PYTHONDONTWRITEBYTECODE: '1' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
    } catch (err) {
      missing = String((err as { stderr?: Buffer }).stderr ?? err)
        .trim()
        .split('\n')
        .pop();
    }
  }
  if (missing === undefined) return true;
  const advice = `apt-get install python3-${REQUIRED_MODULES.map((m) => m.replace('_', '-')).join(' python3-')}`;
  if (isCi()) throw new Error(`the Python huggingface_hub client is required in CI: ${missing} (${advice})`);
  console.warn(`Python client unavailable (${missing}): SKIPPING the huggingface_hub suite (${advice})`);
  return false;
}
