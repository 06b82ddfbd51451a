import { describe, expect, it } from 'vitest';
import { formatAge, formatBytes, formatCompact, formatCount, formatPercent } from './format.js';

describe('web display formats', () => {
  it('formats sizes, counts and ratios', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(1_153_434)).toBe('1.1 MB');
    expect(formatBytes(300 * 1024)).toBe('300 KB');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCompact(4821)).toBe('4.8K');
    expect(formatPercent(294_912 / 109_483_778)).toBe('0.27%');
    expect(formatPercent(16 / 4_000_000)).toBe('0.00040%');
    expect(formatPercent(0)).toBe('0%');
  });

  it('formats ages relative to a given time', () => {
    const now = Date.parse('2026-11-26T12:00:00Z');
    expect(formatAge('2026-11-26T11:59:59Z', now)).toBe('1 second ago');
    expect(formatAge('2026-11-26T09:00:00Z', now)).toBe('3 hours ago');
    expect(formatAge('2026-11-20T12:00:00Z', now)).toBe('6 days ago');
    expect(formatAge('2024-11-26T12:00:00Z', now)).toBe('2 years ago');
  });
});
