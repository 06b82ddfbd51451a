/**
 * The server's own test hubs: `@deltahub/testing`'s one test hub, running this package's source
 * (not its build), with users created in the index directly (any scope, admins too).
 */
import { startTestHub as startSharedTestHub, type TestHub as SharedTestHub } from '@deltahub/testing/hub';
import type { HubVariant } from '@deltahub/testing';
import { addUser, createToken, type TokenScope } from '../auth/accounts.js';
import { loadConfig } from '../config/config.js';
import { createLogger } from '../log.js';
import { startServer, type RunningHub } from '../server.js';

/** A hub on an ephemeral loopback port with its own fresh database and store. */
export interface TestHub extends Omit<SharedTestHub<RunningHub>, 'user'> {
  /** Creates a user and a token for it. */
  user(name: string, options?: { scope?: TokenScope; admin?: boolean }): Promise<string>;
}

/**
 * Starts a test hub; `env` adds environment settings (limits, grace period...; with S3,
 * `DELTAHUB_S3_REDIRECT_DOWNLOADS` too).
 */
export async function startTestHub(variant: HubVariant, env: Record<string, string> = {}): Promise<TestHub> {
  const hub = await startSharedTestHub({
    variant,
    env,
    signup: false,
    server: {
      loadConfig,
      startServer: (config) =>
        startServer(config, createLogger(process.env['DELTAHUB_TEST_LOG_LEVEL'] ?? 'silent')),
    },
  });
  return Object.assign(hub, {
    async user(name: string, options: { scope?: TokenScope; admin?: boolean } = {}): Promise<string> {
      const exists = await hub.context.db.account.findUnique({ where: { name } });
      if (!exists) await addUser(hub.context.db, name, { admin: options.admin ?? false });
      return (await createToken(hub.context.db, name, { scope: options.scope ?? 'write' })).token;
    },
  });
}
