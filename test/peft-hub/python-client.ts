/**
 * A session of the real Python `huggingface_hub` client against one hub, for the PEFT suites: the
 * one harness of `../hf-client/python.ts` (the vendored client, Debian's `/usr/bin/python3`), with a
 * private `HF_HOME` kept across the session's scripts and arguments passed as `args`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPython } from '../hf-client/python.js';

export { pythonClientAvailable } from '../hf-client/python.js';

/** A Python client session against one hub: its own HF_HOME, removed by `close`. */
export interface PythonClient {
  /**
   * Runs `script` (Python; `api = HfApi()` is predefined, `args` is the list given here) and returns
   * the last line it printed, parsed as JSON. A failing script rejects with its stderr.
   */
  run<T = unknown>(script: string, args?: string[]): Promise<T>;
  close(): Promise<void>;
}

/** Starts a session of the Python client against `hubUrl` with `token`. */
export async function pythonClient(hubUrl: string, token: string): Promise<PythonClient> {
  const hfHome = await mkdtemp(join(tmpdir(), 'deltahub-hf-home-'));
  return {
    async run<T>(script: string, args: string[] = []): Promise<T> {
      // A JSON string literal is a valid Python string literal: the arguments arrive as given.
      const withArgs = `args = json.loads(${JSON.stringify(JSON.stringify(args))})\n${script}`;
      return (await runPython<T>(withArgs, { hub: { url: hubUrl }, token, hfHome })).result;
    },
    close: () => rm(hfHome, { recursive: true, force: true }),
  };
}
