#!/usr/bin/env node
// Entry of `npm start`: the hub with configuration from the environment.
// First: production mode unless NODE_ENV says otherwise (decides which React build loads).
import './production-mode.js';
import { loadConfig } from './config/config.js';
import { createLogger } from './log.js';
import { startServer } from './server.js';
import { dataLocation, firstAccountHint } from './startup-notes.js';

const config = loadConfig();
const log = createLogger(config.logLevel);
log.info(dataLocation(config));
try {
  const hub = await startServer(config, log);
  const hint = await firstAccountHint(hub.context.db);
  if (hint) log.info(hint);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log.info({ signal }, 'shutting down');
      hub.close().then(
        () => process.exit(0),
        (err: unknown) => {
          log.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
} catch (err) {
  log.fatal({ err }, 'deltahub failed to start');
  process.exitCode = 1;
}
