import { pino, type Logger } from 'pino';

/** The hub's structured JSON logger (pino). */
export type { Logger };

/** Creates the logger; `level` 'silent' is what tests use. `fd` 2 keeps stdout clean for the CLI. */
export function createLogger(level: string, fd: 1 | 2 = 1): Logger {
  return pino({ level, base: { service: 'deltahub' } }, pino.destination({ fd, sync: fd === 2 }));
}
