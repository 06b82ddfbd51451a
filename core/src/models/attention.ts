/**
 * Pieces every backbone's attention shares: the head split / merge reshapes and prefix tuning's
 * `prefixKeyValue` contract (keys and values prepended after projection, always visible).
 */
import { DeltahubError } from '../errors.js';
import { tf } from '../runtime/tf.js';

/**
 * Keys and values prepended to an attention module's own keys and values after projection, as prefix
 * tuning does: `[batch or 1, heads, prefixLength, headDim]` each. A batch of 1 is shared by every row.
 */
export interface PrefixKeyValue {
  readonly key: tf.Tensor4D;
  readonly value: tf.Tensor4D;
}

/** `[batch, seq, heads·headDim]` → `[batch, heads, seq, headDim]`. */
export function splitHeads(x: tf.Tensor, heads: number): tf.Tensor4D {
  const [batch, seq, width] = x.shape as [number, number, number];
  return tf.transpose(x.reshape([batch, seq, heads, width / heads]), [0, 2, 1, 3]);
}

/** `[batch, heads, seq, headDim]` → `[batch, seq, heads·headDim]`. */
export function mergeHeads(x: tf.Tensor4D): tf.Tensor3D {
  const [batch, heads, seq, headDim] = x.shape;
  return tf.transpose(x, [0, 2, 1, 3]).reshape([batch, seq, heads * headDim]);
}

/**
 * `states` `[batch, heads, keys, headDim]` with the prefix tensor prepended along the key axis. A
 * prefix of batch 1 is broadcast to every row; any other layout is a `BAD_INPUT` error.
 */
export function prependPrefix(states: tf.Tensor4D, prefix: tf.Tensor4D, what: 'key' | 'value'): tf.Tensor4D {
  const [batch, heads, , headDim] = states.shape;
  const [prefixBatch, prefixHeads, prefixLength, prefixHeadDim] = prefix.shape;
  if (
    prefix.rank !== 4 ||
    prefixHeads !== heads ||
    prefixHeadDim !== headDim ||
    (prefixBatch !== batch && prefixBatch !== 1)
  ) {
    throw new DeltahubError(
      'BAD_INPUT',
      `prefixKeyValue.${what} has shape [${prefix.shape.join(', ')}]; expected [${batch} or 1, ${heads}, p, ${headDim}].`,
    );
  }
  const expanded =
    prefixBatch === batch ? prefix : tf.broadcastTo(prefix, [batch, heads, prefixLength, headDim]);
  return tf.concat([expanded.asType(states.dtype), states], 2) as tf.Tensor4D;
}

/**
 * Keys and values with `prefix` (when given) prepended, the additive `mask` (or bias) over the
 * module's own keys extended with visible zeros for the prefix positions (see
 * {@link extendMaskForPrefix}), and the prefix length (0 without a prefix).
 */
export function withPrefixKeyValue<M extends tf.Tensor | undefined = undefined>(
  key: tf.Tensor4D,
  value: tf.Tensor4D,
  prefix: PrefixKeyValue | undefined,
  mask?: M,
  keyLength?: number,
): { key: tf.Tensor4D; value: tf.Tensor4D; mask: M; prefixLength: number } {
  if (!prefix) return { key, value, mask: mask as M, prefixLength: 0 };
  const prefixLength = prefix.key.shape[2];
  return {
    key: prependPrefix(key, prefix.key, 'key'),
    value: prependPrefix(value, prefix.value, 'value'),
    mask: (mask && extendMaskForPrefix(mask, prefixLength, keyLength)) as M,
    prefixLength,
  };
}

/**
 * Extends an additive mask (or bias) over the module's own keys (last axis) with `prefixLength`
 * zeros in front: prefix positions are visible to every query. A mask that broadcasts over the keys
 * (last axis 1) is first broadcast to `keyLength`.
 */
export function extendMaskForPrefix(mask: tf.Tensor, prefixLength: number, keyLength?: number): tf.Tensor {
  if (prefixLength === 0) return mask;
  let full = mask.rank === 0 ? mask.reshape([1]) : mask;
  const last = full.rank - 1;
  if (keyLength !== undefined && full.shape[last] !== keyLength) {
    full = tf.broadcastTo(full, [...full.shape.slice(0, -1), keyLength]);
  }
  return tf.pad(
    full,
    full.shape.map((_, axis): [number, number] => (axis === last ? [prefixLength, 0] : [0, 0])),
  );
}
