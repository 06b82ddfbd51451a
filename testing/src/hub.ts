/**
 * The one way to start a test hub. In this process (default: fresh index and store in a temp
 * folder, on an ephemeral loopback port; SQLite or PostgreSQL, filesystem or s3rver), or as its
 * own OS process (`spawnHub`: `node server/dist/main.js` configured by environment, so a test can
 * run several side by side and SIGKILL one). Runs the built `@deltahub/server` unless the caller
 * passes its own (the server's tests pass their source).
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createTestDatabase, type TestPg } from './postgres.js';
import { startS3, type TestS3 } from './s3.js';
import type { HubVariant } from './variants.js';

/** What a test hub needs of a running hub. */
export interface StartedHub {
  url: string;
  close(graceMs?: number): Promise<void>;
}

/** What a test hub needs of the server: its configuration loader and `startServer`. */
export interface HubServer<H extends StartedHub, C> {
  loadConfig(env: Record<string, string | undefined>): C;
  startServer(config: C): Promise<H>;
}

/** Options of {@link startTestHub}. */
export interface TestHubOptions<H extends StartedHub, C> {
  /** Index and blob store (default SQLite and the filesystem). */
  variant?: HubVariant;
  /** Settings as the hub's environment (limits, grace period, `DELTAHUB_S3_REDIRECT_DOWNLOADS`...). */
  env?: Record<string, string>;
  /** Open signup (no rate limit on it), so that {@link TestHub.user} can sign users up (default true). */
  signup?: boolean;
  /** The server to run (default: the built `@deltahub/server`). */
  server?: HubServer<H, C>;
}

/** A running test hub: the server's running hub, plus users and cleanup. */
export type TestHub<H extends StartedHub = StartedHub> = H & {
  variant: HubVariant;
  /** Signs `name` up (over HTTP) and returns its write token. */
  user(name: string): Promise<string>;
  /** Stops the hub and deletes everything it created (folder, database, s3rver). */
  stop(): Promise<void>;
};

/** The package whose build runs by default. */
const BUILT_SERVER = '@deltahub/server';

const SIGNUP_ENV = { DELTAHUB_ALLOW_SIGNUP: 'true', DELTAHUB_AUTH_RATE_LIMIT: '100000' };

/** Starts a hub in this process on a fresh index and store; see {@link TestHubOptions}. */
export async function startTestHub<H extends StartedHub = StartedHub, C = unknown>(
  options: TestHubOptions<H, C> = {},
): Promise<TestHub<H>> {
  const variant = options.variant ?? { db: 'sqlite', storage: 'fs' };
  const env: Record<string, string> = { ...(options.signup === false ? {} : SIGNUP_ENV), ...options.env };
  // The specifier is a variable so that type-checking this file needs no build of the server
  // (the server's own tests import this module and pass their source).
  const server = options.server ?? ((await import(BUILT_SERVER)) as HubServer<H, C>);
  const dir = await mkdtemp(join(tmpdir(), 'deltahub-test-hub-'));
  const pgDb: TestPg | undefined = variant.db === 'postgresql' ? await createTestDatabase() : undefined;
  const s3: TestS3 | undefined =
    variant.storage === 's3'
      ? await startS3({ redirectDownloads: env['DELTAHUB_S3_REDIRECT_DOWNLOADS'] === 'true' })
      : undefined;
  const hub = await server.startServer(
    server.loadConfig({
      DELTAHUB_DATA: dir,
      PORT: '0',
      LOG_LEVEL: 'silent',
      ...(pgDb ? { DATABASE_URL: pgDb.url } : {}),
      ...(s3 ? s3Env(s3.config) : {}),
      ...env,
    }),
  );
  return Object.assign(hub, {
    variant,
    async user(name: string): Promise<string> {
      const res = await fetch(`${hub.url}/api/signup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name }),
      });
      if (res.status !== 201) throw new Error(`signup answered ${res.status}: ${await res.text()}`);
      return ((await res.json()) as { token: string }).token;
    },
    async stop(): Promise<void> {
      await hub.close(1000);
      await s3?.close();
      await pgDb?.drop();
      await rm(dir, { recursive: true, force: true });
    },
  });
}

/** The `DELTAHUB_S3_*` environment of an s3rver config, with the endpoint's port replaced by `port`. */
export function s3Env(
  config: { endpoint: string | undefined; bucket: string; prefix: string },
  port?: number,
): Record<string, string> {
  const endpoint = port === undefined ? config.endpoint! : `http://127.0.0.1:${port}`;
  return {
    DELTAHUB_STORAGE: 's3',
    DELTAHUB_S3_ENDPOINT: endpoint,
    DELTAHUB_S3_BUCKET: config.bucket,
    DELTAHUB_S3_PREFIX: config.prefix,
    // s3rver's fixed credentials.
    DELTAHUB_S3_ACCESS_KEY_ID: 'S3RVER',
    DELTAHUB_S3_SECRET_ACCESS_KEY: 'S3RVER',
  };
}

/** A loopback port nothing listens on. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The built server's folder (`server/dist`), where `main.js` and the CLI are. */
const serverDist = (): string => dirname(fileURLToPath(import.meta.resolve(BUILT_SERVER)));

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

/**
 * Starts `node server/dist/main.js` with `env` added (PORT=0) and waits for its URL. The caller
 * owns the data (`DELTAHUB_DATA`, `DATABASE_URL`...), so that a restarted process finds it again.
 */
export async function spawnHub(env: Record<string, string>): Promise<HubProcess> {
  const child = spawn(process.execPath, [join(serverDist(), 'main.js')], {
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
    [join(serverDist(), 'cli', 'main.js'), ...args],
    {
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    },
  );
  return stdout.trim();
}
