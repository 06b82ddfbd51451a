/** Where log lines go and in which shape: pino's JSON lines, or lines for a person at a terminal. */
export type LogFormat = 'json' | 'pretty';

const LEVELS: Record<number, { name: string; color: string }> = {
  10: { name: 'TRACE', color: '90' },
  20: { name: 'DEBUG', color: '90' },
  30: { name: 'INFO', color: '32' },
  40: { name: 'WARN', color: '33' },
  50: { name: 'ERROR', color: '31' },
  60: { name: 'FATAL', color: '35' },
};

/** Fields every line carries that a person at a terminal does not need to read each time. */
const OMITTED = new Set(['level', 'time', 'msg', 'pid', 'hostname', 'service', 'err']);

/**
 * `LOG_FORMAT` (`json` or `pretty`) when set, else pretty for a terminal and JSON for anything else
 * (a file, a pipe, a log collector), which is what log processors expect.
 */
export function logFormatFor(env: NodeJS.ProcessEnv, isTerminal: boolean): LogFormat {
  const asked = env['LOG_FORMAT']?.toLowerCase();
  if (asked === 'json' || asked === 'pretty') return asked;
  if (asked) throw new Error(`LOG_FORMAT must be json or pretty, got "${env['LOG_FORMAT']}"`);
  return isTerminal ? 'pretty' : 'json';
}

/**
 * One pino JSON line as `21:16:15 INFO  message key=value ...`, with an error's stack below it.
 * A line that is not pino's JSON passes through unchanged.
 */
export function prettyLine(line: string, color: boolean): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  const level = LEVELS[entry['level'] as number] ?? { name: String(entry['level']), color: '0' };
  const time = new Date(typeof entry['time'] === 'number' ? entry['time'] : Date.now())
    .toISOString()
    .slice(11, 19);
  const paint = (code: string, text: string): string => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const fields = Object.entries(entry)
    .filter(([key]) => !OMITTED.has(key))
    .map(
      ([key, value]) =>
        `${paint('90', `${key}=`)}${typeof value === 'string' ? value : JSON.stringify(value)}`,
    );
  const err = entry['err'] as { stack?: string; message?: string } | undefined;
  const stack = err
    ? `\n    ${(err.stack ?? err.message ?? JSON.stringify(err)).split('\n').join('\n    ')}`
    : '';
  const text = [
    paint('90', time),
    paint(level.color, level.name.padEnd(5)),
    String(entry['msg'] ?? ''),
    ...fields,
  ];
  return `${text.join(' ')}${stack}\n`;
}
