import { describe, expect, it } from 'vitest';
import { Memo } from './memo.js';

describe('Memo', () => {
  it('computes once per key and evicts the least recently used entry', async () => {
    const memo = new Memo<string>(2);
    const calls: string[] = [];
    const compute = (key: string) => () => {
      calls.push(key);
      return key.toUpperCase();
    };
    expect(await memo.get('a', compute('a'))).toBe('A');
    expect(await memo.get('b', compute('b'))).toBe('B');
    expect(await memo.get('a', compute('a'))).toBe('A'); // hit: 'a' becomes the most recent
    expect(await memo.get('c', compute('c'))).toBe('C'); // evicts 'b'
    expect(await memo.get('a', compute('a'))).toBe('A');
    expect(await memo.get('b', compute('b'))).toBe('B');
    expect(calls).toEqual(['a', 'b', 'c', 'b']);
  });

  it('does not keep a failed computation', async () => {
    const memo = new Memo<number>(4);
    await expect(memo.get('x', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await memo.get('x', () => 7)).toBe(7);
  });
});
