import { describe, expect, it } from 'vitest';
import { logFormatFor, prettyLine } from './log-format.js';

describe('logFormatFor', () => {
  it('is pretty on a terminal and JSON elsewhere, unless LOG_FORMAT says', () => {
    expect(logFormatFor({}, true)).toBe('pretty');
    expect(logFormatFor({}, false)).toBe('json');
    expect(logFormatFor({ LOG_FORMAT: 'json' }, true)).toBe('json');
    expect(logFormatFor({ LOG_FORMAT: 'PRETTY' }, false)).toBe('pretty');
  });

  it('refuses an unknown LOG_FORMAT, naming it', () => {
    expect(() => logFormatFor({ LOG_FORMAT: 'yaml' }, true)).toThrow(
      /LOG_FORMAT must be json or pretty, got "yaml"/,
    );
  });
});

describe('prettyLine', () => {
  const time = Date.UTC(2026, 11, 7, 21, 16, 15);

  it('shows time, level, message and the fields a person needs, without the JSON noise', () => {
    const line = JSON.stringify({
      level: 30,
      time,
      pid: 1,
      hostname: 'h',
      service: 'deltahub',
      msg: 'listening',
      port: 8080,
    });
    expect(prettyLine(line, false)).toBe('21:16:15 INFO  listening port=8080\n');
  });

  it("puts an error's stack under its line", () => {
    const line = JSON.stringify({
      level: 50,
      time,
      msg: 'failed',
      err: { message: 'boom', stack: 'Error: boom\n    at x' },
    });
    expect(prettyLine(line, false)).toBe('21:16:15 ERROR failed\n    Error: boom\n        at x\n');
  });

  it('colours the level only when asked', () => {
    const line = JSON.stringify({ level: 40, time, msg: 'slow' });
    expect(prettyLine(line, true)).toContain('\u001b[33mWARN \u001b[0m');
    expect(prettyLine(line, false)).not.toContain('\u001b[');
  });

  it('passes a line that is not JSON through unchanged', () => {
    expect(prettyLine('plain text\n', false)).toBe('plain text\n');
  });
});
