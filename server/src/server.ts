import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HubConfig } from './config/config.js';
import { sharedSecret } from './auth/shared-secret.js';
import { openDb } from './db/client.js';
import { migrate } from './db/migrate.js';
import { closeReader } from './db/sql.js';
import { createApp } from './app.js';
import { flushDownloads } from './read/download-counter.js';
import type { HubContext } from './http/context.js';
import { createLogger, type Logger } from './log.js';
import { createBlobStore } from './storage/create.js';

/** A running hub. */
export interface RunningHub {
  /** Base URL, e.g. http://127.0.0.1:8080 */
  url: string;
  port: number;
  context: HubContext;
  /**
   * Graceful shutdown: stop accepting connections, let in-flight requests (uploads included)
   * finish for up to `graceMs`, then cut the rest (their uploads clean up after themselves), and
   * close the index and the store.
   */
  close(graceMs?: number): Promise<void>;
}

/** Opens index and store (applying migrations first) and returns the shared context. */
export async function openHub(
  config: HubConfig,
  log: Logger = createLogger(config.logLevel),
): Promise<HubContext> {
  await migrate(config.databaseUrl, log);
  const db = openDb(config.databaseUrl);
  await db.$connect();
  const uploadSigningKey = config.signingSecret
    ? Buffer.from(config.signingSecret, 'utf8')
    : await sharedSecret(db, 'lfs-upload-signing');
  return { config, db, store: await createBlobStore(config.storage), log, uploadSigningKey };
}

/** Closes what {@link openHub} opened. */
export async function closeHub(ctx: HubContext): Promise<void> {
  // Download counts are batched in memory: write them before the index closes.
  await flushDownloads(ctx.db);
  closeReader(ctx.db);
  await ctx.db.$disconnect();
  await ctx.store.close();
}

/** Starts the hub on `config.host:config.port` (port 0 = any free port) and logs its URL. */
export async function startServer(config: HubConfig, log?: Logger): Promise<RunningHub> {
  const context = await openHub(config, log);
  const server: Server = createApp(context).listen(config.port, config.host);
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  const url =
    config.publicUrl ?? `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  // Links and the web forms' origin check are built on this URL, never on a request's Host header.
  context.config = { ...context.config, publicUrl: url };
  context.log.info(
    { url, storage: config.storage.kind, database: config.databaseUrl.split(':')[0] },
    `deltahub listening on ${url}`,
  );

  let closing: Promise<void> | undefined;
  const close = (graceMs = 10_000): Promise<void> => {
    closing ??= (async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearTimeout(timer);
      await closeHub(context);
      context.log.info('deltahub stopped');
    })();
    return closing;
  };
  return { url, port, context, close };
}
