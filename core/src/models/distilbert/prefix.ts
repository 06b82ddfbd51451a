import { DeltahubError } from '../../errors.js';
import { tf } from '../../runtime/tf.js';

/**
 * Keys and values prepended to an attention module's own keys and values after projection, as prefix
 * tuning does: `[batch or 1, heads, prefixLength, headDim]` each.
 */
export interface PrefixKeyValue {
  key: tf.Tensor4D;
  value: tf.Tensor4D;
}

/**
 * `states` `[batch, heads, keys, headDim]` with the prefix tensor prepended along the key axis. A
 * prefix of batch 1 is shared by every row.
 */
export function prependPrefix(states: tf.Tensor4D, prefix: tf.Tensor4D, what: 'key' | 'value'): tf.Tensor4D {
  const [batch, heads, , headDim] = states.shape;
  const [prefixBatch, prefixHeads, prefixLength, prefixHeadDim] = prefix.shape;
  if (prefixHeads !== heads || prefixHeadDim !== headDim || (prefixBatch !== batch && prefixBatch !== 1)) {
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
 * Extends an additive attention mask over the module's own keys (last axis) with `prefixLength`
 * zeros in front: prefix positions are visible to every query.
 */
export function extendMaskForPrefix(mask: tf.Tensor, prefixLength: number): tf.Tensor {
  if (prefixLength === 0) return mask;
  const padding = mask.shape.map((_, axis): [number, number] =>
    axis === mask.rank - 1 ? [prefixLength, 0] : [0, 0],
  );
  return tf.pad(mask, padding);
}
