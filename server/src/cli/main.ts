#!/usr/bin/env node
// `deltahub-server`: administration of a hub, with the same environment as the server.
import { loadConfig } from '../config/config.js';
import { createLogger } from '../log.js';
import { closeHub, openHub } from '../server.js';
import { runCommand, USAGE } from './commands.js';

const argv = process.argv.slice(2);
if (argv.length === 0 || argv[0] === '--help' || argv[0] === 'help') {
  process.stdout.write(USAGE);
  process.exit(argv.length === 0 ? 2 : 0);
}
const config = loadConfig();
// Logs go to stderr so stdout carries only the command's answer (e.g. a token).
const log = createLogger(process.env['LOG_LEVEL'] ?? 'warn', 2);
const ctx = await openHub(config, log);
try {
  const out = await runCommand(ctx, argv);
  process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
} catch (err) {
  process.stderr.write(`deltahub-server: ${(err as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await closeHub(ctx);
}
