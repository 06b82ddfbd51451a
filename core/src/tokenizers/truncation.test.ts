import { describe, expect, it } from 'vitest';
import { truncatePair } from './truncation.js';

const a = [1, 2, 3, 4, 5, 6];
const b = [7, 8, 9];

describe('truncatePair', () => {
  it('longest_first removes from the longer sequence, from the second on a tie', () => {
    expect(truncatePair(a, b, 4, 'longest_first', 'right')).toEqual([
      [1, 2, 3],
      [7, 8],
    ]);
    expect(truncatePair([1, 2], [3, 4], 1, 'longest_first', 'right')).toEqual([[1, 2], [3]]);
  });

  it('longest_first on one sequence cuts it, from the left when asked', () => {
    expect(truncatePair(a, undefined, 2, 'longest_first', 'left')).toEqual([[3, 4, 5, 6], undefined]);
  });

  it('only_first and only_second cut one sequence', () => {
    expect(truncatePair(a, b, 2, 'only_first', 'right')).toEqual([[1, 2, 3, 4], b]);
    expect(truncatePair(a, b, 2, 'only_second', 'left')).toEqual([a, [9]]);
  });

  it('leaves a sequence too short to lose the excess whole, as transformers does', () => {
    expect(truncatePair(a, b, 3, 'only_second', 'right')).toEqual([a, b]);
    expect(truncatePair(a, b, 6, 'only_first', 'right')).toEqual([a, b]);
  });

  it('keeps everything without excess or with do_not_truncate', () => {
    expect(truncatePair(a, b, 0, 'longest_first', 'right')).toEqual([a, b]);
    expect(truncatePair(a, b, 5, 'do_not_truncate', 'right')).toEqual([a, b]);
  });
});
