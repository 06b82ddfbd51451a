import { join } from 'node:path';
import { runCli, type CliIo } from '../cli/cli.js';

/** What one in-process CLI run printed, and its exit code. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  json: () => Record<string, unknown>;
}

/**
 * An in-process `deltahub` CLI against `hubUrl`, with its config and cache folders under `dir`;
 * each run may add environment, stdin and a TTY flag.
 */
export function cliRunner(
  dir: string,
  hubUrl: () => string,
): (
  argv: string[],
  options?: { env?: Record<string, string>; stdin?: string; tty?: boolean },
) => Promise<CliRun> {
  return async (argv, options = {}) => {
    let stdout = '';
    let stderr = '';
    const io: CliIo = {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      readStdin: async () => options.stdin ?? '',
      env: {
        DELTAHUB_CONFIG_DIR: join(dir, 'config'),
        DELTAHUB_CACHE: join(dir, 'cache'),
        DELTAHUB_URL: hubUrl(),
        ...options.env,
      },
      isTTY: options.tty ?? false,
    };
    const code = await runCli(argv, io);
    return { code, stdout, stderr, json: () => JSON.parse(stdout) as Record<string, unknown> };
  };
}
