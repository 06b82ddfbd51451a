import { isatty } from 'node:tty';
import { pino, type DestinationStream, type Logger } from 'pino';
import { logFormatFor, prettyLine, type LogFormat } from './log-format.js';

/** The hub's structured logger (pino). */
export type { Logger };

/**
 * Creates the logger; `level` 'silent' is what tests use. `fd` 2 keeps stdout clean for the CLI.
 * The format is `LOG_FORMAT` (json or pretty), else pretty on a terminal and JSON elsewhere.
 */
export function createLogger(
  level: string,
  fd: 1 | 2 = 1,
  format: LogFormat = logFormatFor(process.env, isatty(fd)),
): Logger {
  const out = pino.destination({ fd, sync: fd === 2 });
  const color = format === 'pretty' && isatty(fd) && !process.env['NO_COLOR'];
  const destination: DestinationStream =
    format === 'json' ? out : { write: (line: string) => void out.write(prettyLine(line, color)) };
  return pino({ level, base: { service: 'deltahub' } }, destination);
}
