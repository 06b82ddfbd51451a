import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addUser, createToken, type TokenScope } from '../auth/accounts.js';
import { loadConfig, type HubConfig } from '../config/config.js';
import { createLogger } from '../log.js';
import { startServer, type RunningHub } from '../server.js';
import { createTestDatabase, type TestPg } from './postgres.js';
import { startS3, type TestS3 } from './s3.js';

/** Which index and blob store a test hub runs on. */
export interface HubVariant {
  db: 'sqlite' | 'postgresql';
  storage: 'fs' | 's3';
}

/** A hub on an ephemeral loopback port with its own fresh database and store. */
export interface TestHub extends RunningHub {
  variant: HubVariant;
  /** Creates a user and a token for it. */
  user(name: string, options?: { scope?: TokenScope; admin?: boolean }): Promise<string>;
  /** Stops the hub and deletes everything it created. */
  stop(): Promise<void>;
}

/**
 * Starts a test hub; `env` adds environment settings (limits, grace period...; with S3,
 * `DELTAHUB_S3_REDIRECT_DOWNLOADS` too).
 */
export async function startTestHub(variant: HubVariant, env: Record<string, string> = {}): Promise<TestHub> {
  const dir = await mkdtemp(join(tmpdir(), 'deltahub-test-'));
  let pgDb: TestPg | undefined;
  let s3: TestS3 | undefined;
  const base: HubConfig = loadConfig({ DELTAHUB_DATA: dir, PORT: '0', LOG_LEVEL: 'silent', ...env });
  if (variant.db === 'postgresql') pgDb = await createTestDatabase();
  if (variant.storage === 's3')
    s3 = await startS3({ redirectDownloads: env['DELTAHUB_S3_REDIRECT_DOWNLOADS'] === 'true' });
  const config: HubConfig = {
    ...base,
    ...(pgDb ? { databaseUrl: pgDb.url } : {}),
    ...(s3 ? { storage: { kind: 's3' as const, s3: s3.config } } : {}),
  };
  const hub = await startServer(config, createLogger(process.env['DELTAHUB_TEST_LOG_LEVEL'] ?? 'silent'));
  return {
    ...hub,
    variant,
    async user(name, options = {}) {
      const exists = await hub.context.db.account.findUnique({ where: { name } });
      if (!exists) await addUser(hub.context.db, name, { admin: options.admin ?? false });
      return (await createToken(hub.context.db, name, { scope: options.scope ?? 'write' })).token;
    },
    async stop() {
      await hub.close(1000);
      await s3?.close();
      await pgDb?.drop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
