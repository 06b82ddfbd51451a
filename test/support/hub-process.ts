/**
 * The hub as its own OS process (`node server/dist/main.js`), configured through its environment
 * as an operator would, so tests can run several side by side and kill one with SIGKILL.
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const serverDist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'server', 'dist');

/** A hub process listening on an ephemeral loopback port. */
export interface HubProcess {
  url: string;
  child: ChildProcess;
  /** Everything it logged so far (pino JSON lines). */
  output(): string;
  /** SIGTERM (graceful) and wait for the exit. */
  stop(): Promise<void>;
  /** SIGKILL: no cleanup of any kind, as a crash or an OOM kill. */
  kill(): Promise<void>;
}

/** Starts `node server/dist/main.js` with `env` added (PORT=0) and waits for its URL. */
export async function spawnHub(env: Record<string, string>): Promise<HubProcess> {
  const child = spawn(process.execPath, [join(serverDist, 'main.js')], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = once(child, 'exit');
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (): void => {
      const match = /"url":"(http:\/\/[^"]+)"/.exec(log);
      if (match && log.includes('deltahub listening on')) {
        child.stdout!.off('data', onData);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the hub exited (${code}) before listening:\n${log}`)));
  });
  const end = async (signal: NodeJS.Signals): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return { url, child, output: () => log, stop: () => end('SIGTERM'), kill: () => end('SIGKILL') };
}

/** Runs `deltahub-server <args>` with `env` and returns its stdout (throws on a non-zero exit). */
export async function serverCli(env: Record<string, string>, args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [join(serverDist, 'cli', 'main.js'), ...args],
    {
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    },
  );
  return stdout.trim();
}
