/**
 * Pieces every backbone's attention shares: the head split / merge reshapes and prefix tuning's
 * `prefixKeyValue` contract (keys and values prepended after projection, always visible).
 */
import { DeltahubError } from '../errors.js';
import type { LayerKeyValues } from '../generation/cache.js';
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

/** Options of {@link cachedKeyValue}. */
export interface CachedKeyValueOptions<M> {
  /** Prefix-tuning keys and values (ignored once the cache holds them). */
  prefix?: PrefixKeyValue | undefined;
  /** Additive mask over the model's own keys: the cached ones and this call's, never the prefix. */
  mask?: M;
  /** This module's cache, when the caller keeps one. */
  cache?: LayerKeyValues | undefined;
  /**
   * Cross-attention: the keys come from the encoder output, which does not change between steps, so
   * a filled cache is used as it is and `project` is not called.
   */
  fixedSource?: boolean;
}

/**
 * The keys and values an attention call scores against, with prefix tuning and the cache applied;
 * every attention module goes through this, so a new architecture only projects its own keys (and
 * rotates them, for rotary positions) before calling it.
 *
 * - Without a cache: this call's keys with the prefix in front ({@link withPrefixKeyValue}).
 * - Empty cache: the same, stored in the cache (the prefix becomes its first positions).
 * - Filled cache: the cached keys followed by this call's (appended to the cache); the prefix is
 *   already in the cache and is not added again. With `fixedSource`, the cached keys alone.
 *
 * The mask is extended with visible zeros for the prefix positions; `prefixLength` says how many.
 */
export function cachedKeyValue<M extends tf.Tensor | undefined = undefined>(
  project: () => { key: tf.Tensor4D; value: tf.Tensor4D },
  options: CachedKeyValueOptions<M>,
): { key: tf.Tensor4D; value: tf.Tensor4D; mask: M; prefixLength: number } {
  const { cache, mask } = options;
  let key: tf.Tensor4D;
  let value: tf.Tensor4D;
  let prefixLength: number;
  if (cache && !cache.isEmpty) {
    prefixLength = cache.prefixLength;
    if (options.fixedSource) {
      ({ key, value } = cache);
    } else {
      const projected = project();
      ({ key, value } = cache.append(projected.key, projected.value));
    }
  } else {
    const projected = project();
    const prefixed = withPrefixKeyValue(projected.key, projected.value, options.prefix);
    prefixLength = prefixed.prefixLength;
    ({ key, value } = cache ? cache.append(prefixed.key, prefixed.value, prefixLength) : prefixed);
  }
  const modelKeys = key.shape[2] - prefixLength;
  return {
    key,
    value,
    mask: (mask && extendMaskForPrefix(mask, prefixLength, modelKeys)) as M,
    prefixLength,
  };
}
