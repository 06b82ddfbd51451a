import type { Side } from './truncation.js';

/** One encoded input before padding. */
export interface UnpaddedEncoding {
  ids: number[];
  typeIds: number[];
}

/** One encoded input after padding, with its attention mask. */
export interface PaddedEncoding extends UnpaddedEncoding {
  attentionMask: number[];
}

/**
 * Pads every encoding to `length` (no-op for longer ones) with `padId`, type id 0 and mask 0 on
 * `side`. `length` undefined means no padding: masks are all ones.
 */
export function padEncodings(
  encodings: UnpaddedEncoding[],
  length: number | undefined,
  padId: number,
  side: Side,
): PaddedEncoding[] {
  return encodings.map(({ ids, typeIds }) => {
    const missing = length === undefined ? 0 : Math.max(0, length - ids.length);
    const fill = <T>(values: T[], value: T): T[] => {
      const pad = new Array<T>(missing).fill(value);
      return side === 'right' ? [...values, ...pad] : [...pad, ...values];
    };
    return {
      ids: fill(ids, padId),
      typeIds: fill(typeIds, 0),
      attentionMask: fill(new Array<number>(ids.length).fill(1), 0),
    };
  });
}
