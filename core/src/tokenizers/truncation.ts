/**
 * How a pair is shortened to fit `maxLength` (transformers' strategies):
 * - `longest_first`: removes one token at a time from the longer sequence (from the second on a tie);
 * - `only_first` / `only_second`: removes from that sequence only;
 * - `do_not_truncate`: keeps everything.
 */
export type TruncationStrategy = 'longest_first' | 'only_first' | 'only_second' | 'do_not_truncate';

/** Which end tokens are removed from. */
export type Side = 'left' | 'right';

function cut(ids: number[], count: number, side: Side): number[] {
  if (count <= 0) return ids;
  return side === 'right' ? ids.slice(0, Math.max(0, ids.length - count)) : ids.slice(count);
}

/**
 * Removes `excess` tokens from `a` / `b` (the sequences without special tokens) following `strategy`,
 * as transformers' `truncate_sequences` does. Like transformers, a sequence that is too short to
 * lose `excess` tokens under `only_first` / `only_second` is left whole (transformers logs an error
 * and returns the input unchanged), so the result may then exceed the maximum length.
 */
export function truncatePair(
  a: number[],
  b: number[] | undefined,
  excess: number,
  strategy: TruncationStrategy,
  side: Side,
): [number[], number[] | undefined] {
  if (excess <= 0 || strategy === 'do_not_truncate') return [a, b];
  if (strategy === 'only_first' || (strategy === 'longest_first' && b === undefined)) {
    return a.length > excess ? [cut(a, excess, side), b] : [a, b];
  }
  if (strategy === 'only_second') {
    if (b === undefined || b.length <= excess) return [a, b];
    return [a, cut(b, excess, side)];
  }
  // longest_first on a pair: the lengths after removing `excess` tokens one by one from the longer.
  let lengthA = a.length;
  let lengthB = b!.length;
  for (let i = 0; i < excess; i++) {
    if (lengthA > lengthB) lengthA = Math.max(0, lengthA - 1);
    else lengthB = Math.max(0, lengthB - 1);
  }
  return [cut(a, a.length - lengthA, side), cut(b!, b!.length - lengthB, side)];
}
