import { describe, expect, it } from 'vitest';
import { isCi } from './ci.js';

describe('isCi', () => {
  it.each(['true', 'TRUE', '1', 'yes', 'on', 'woodpecker'])('takes CI=%s as CI', (value) => {
    expect(isCi({ CI: value })).toBe(true);
  });

  it.each([undefined, '', ' ', '0', 'false', 'False', 'no', 'off'])('takes CI=%s as not CI', (value) => {
    expect(isCi(value === undefined ? {} : { CI: value })).toBe(false);
  });
});
