import { Embedding } from '../../nn/embedding.js';
import { Linear } from '../../nn/linear.js';
import { Module } from '../../nn/module.js';
import { tf } from '../../runtime/tf.js';
import {
  extendMaskForPrefix,
  mergeHeads,
  splitHeads,
  withPrefixKeyValue,
  type PrefixKeyValue,
} from '../attention.js';
import type { T5Settings } from './config.js';

/** Keys and values prepended to an attention's own, after projection (the shared {@link PrefixKeyValue}). */
export type T5PrefixKeyValue = PrefixKeyValue;

/** Options of {@link T5Attention.forward}. */
export interface T5AttentionOptions {
  /**
   * Additive mask broadcastable to `[batch, heads, query, key]` over the module's own keys. Used only
   * when `positionBias` is absent: as in transformers, a given position bias already holds the mask.
   */
  attentionMask?: tf.Tensor;
  /** Encoder states for cross-attention `[batch, sourceSeq, dModel]`; self-attention when absent. */
  keyValueStates?: tf.Tensor3D;
  /**
   * Keys and values prepended after projection; prefix positions are always visible (also to every
   * decoder query, so causal masking leaves them open). On self-attention the prefix is a past, as
   * transformers' `T5Attention` treats a `past_key_value` (OpenDelta's and PEFT's prefixes): the
   * queries sit after the `p` prefix positions, and a `positionBias` that does not cover the `p + k`
   * keys is recomputed over them (from `relative_attention_bias`, zeros without one) plus
   * `attentionMask` extended with zeros. On cross-attention the bias is extended with zeros.
   */
  prefixKeyValue?: PrefixKeyValue;
  /**
   * Relative-position bias with the mask already added, `[batch or 1, heads, query, key]` over the
   * module's own keys. The stack computes it once in its first layer and passes it to every layer;
   * when absent the module computes its own (zeros when it has no `relative_attention_bias`) and adds
   * `attentionMask`, as transformers' `T5Attention` does.
   */
  positionBias?: tf.Tensor;
}

/**
 * transformers' `T5Attention._relative_position_bucket` for one relative position (`key - query`).
 * Bidirectional (encoder) buckets split the range between negative and positive offsets; the
 * unidirectional (decoder) variant only looks back. Near offsets get one bucket each, far ones share
 * log-spaced buckets up to `maxDistance`. The log step is evaluated with float32 rounding at every
 * operation, as PyTorch does in float32, so bucket boundaries fall exactly where they do in Python.
 */
export function relativePositionBucket(
  relativePosition: number,
  bidirectional: boolean,
  numBuckets = 32,
  maxDistance = 128,
): number {
  let buckets = 0;
  let n = numBuckets;
  let position = relativePosition;
  if (bidirectional) {
    n = Math.floor(n / 2);
    if (position > 0) buckets += n;
    position = Math.abs(position);
  } else {
    position = -Math.min(position, 0);
  }
  const maxExact = Math.floor(n / 2);
  if (position < maxExact) return buckets + position;
  const f = Math.fround;
  const logRatio = f(Math.log(f(position / maxExact)));
  const scaled = f(f(logRatio / f(Math.log(maxDistance / maxExact))) * (n - maxExact));
  return buckets + Math.min(maxExact + Math.trunc(scaled), n - 1);
}

/**
 * The `[queryLength, keyLength]` bucket matrix (row-major) for query positions
 * `queryOffset..queryOffset+q-1` and key positions `0..k-1` (a query offset places the queries after
 * `queryOffset` earlier keys: a prefix or cache). Buckets depend on `key - query` only, so each
 * distinct offset is computed once.
 */
export function relativePositionBuckets(
  queryLength: number,
  keyLength: number,
  bidirectional: boolean,
  numBuckets: number,
  maxDistance: number,
  queryOffset = 0,
): Int32Array {
  const first = -(queryOffset + queryLength - 1);
  const byOffset = new Int32Array(keyLength - first);
  for (let offset = first; offset < keyLength; offset++) {
    byOffset[offset - first] = relativePositionBucket(offset, bidirectional, numBuckets, maxDistance);
  }
  const out = new Int32Array(queryLength * keyLength);
  for (let i = 0; i < queryLength; i++) {
    for (let j = 0; j < keyLength; j++) out[i * keyLength + j] = byOffset[j - i - queryOffset - first]!;
  }
  return out;
}

/**
 * T5's multi-head attention: bias-free `q`, `k`, `v`, `o` projections, no score scaling (T5 folds the
 * 1/√d factor into the initialisation of `q`), and an additive relative-position bias. Only the
 * first block of each stack owns `relative_attention_bias`; the bias it produces is shared by the
 * other blocks of that stack through {@link T5AttentionOptions.positionBias}.
 */
export class T5Attention extends Module<[tf.Tensor3D, T5AttentionOptions], tf.Tensor3D> {
  readonly numHeads: number;
  readonly dKv: number;
  readonly innerDim: number;
  /** Decoder self-attention uses unidirectional buckets. */
  readonly isDecoder: boolean;
  readonly hasRelativeAttentionBias: boolean;
  readonly numBuckets: number;
  readonly maxDistance: number;
  /** Dropout on the attention probabilities (transformers uses the functional form, not a module). */
  readonly dropoutRate: number;

  constructor(settings: T5Settings, options: { isDecoder: boolean; hasRelativeAttentionBias: boolean }) {
    super();
    this.numHeads = settings.numHeads;
    this.dKv = settings.dKv;
    this.innerDim = settings.numHeads * settings.dKv;
    this.isDecoder = options.isDecoder;
    this.hasRelativeAttentionBias = options.hasRelativeAttentionBias;
    this.numBuckets = settings.relativeAttentionNumBuckets;
    this.maxDistance = settings.relativeAttentionMaxDistance;
    this.dropoutRate = settings.dropoutRate;
    this.registerModule('q', new Linear(settings.dModel, this.innerDim, { bias: false }));
    this.registerModule('k', new Linear(settings.dModel, this.innerDim, { bias: false }));
    this.registerModule('v', new Linear(settings.dModel, this.innerDim, { bias: false }));
    this.registerModule('o', new Linear(this.innerDim, settings.dModel, { bias: false }));
    if (this.hasRelativeAttentionBias) {
      this.registerModule('relative_attention_bias', new Embedding(this.numBuckets, this.numHeads));
    }
  }

  // Children are looked up at call time, so a delta method that swaps one (e.g. `q`) takes effect.
  get q(): Linear {
    return this.getSubmodule('q') as Linear;
  }
  get k(): Linear {
    return this.getSubmodule('k') as Linear;
  }
  get v(): Linear {
    return this.getSubmodule('v') as Linear;
  }
  get o(): Linear {
    return this.getSubmodule('o') as Linear;
  }
  /** Present only in the first block of a stack. */
  get relativeAttentionBias(): Embedding | undefined {
    return this.hasRelativeAttentionBias
      ? (this.getSubmodule('relative_attention_bias') as Embedding)
      : undefined;
  }

  /**
   * The learned relative-position bias `[1, heads, queryLength, keyLength]` (transformers'
   * `compute_bias` sliced to the last `queryLength` rows when there is a past), or zeros for an
   * attention without `relative_attention_bias`. With `pastLength`, the queries are positions
   * `pastLength..` and the keys `0..keyLength-1` (the past's keys first).
   */
  computeBias(queryLength: number, keyLength: number, pastLength = 0): tf.Tensor4D {
    const table = this.relativeAttentionBias;
    if (!table) return tf.zeros([1, this.numHeads, queryLength, keyLength]);
    return tf.tidy(() => {
      const buckets = relativePositionBuckets(
        queryLength,
        keyLength,
        !this.isDecoder,
        this.numBuckets,
        this.maxDistance,
        pastLength,
      );
      const values = table.call(tf.tensor2d(buckets, [queryLength, keyLength], 'int32')); // [q, k, heads]
      return tf.transpose(values, [2, 0, 1]).expandDims(0) as tf.Tensor4D;
    });
  }

  /** The additive bias of the scores `[.., query, prefix + key]`: position bias plus mask. */
  #scoreBias(queryLength: number, keyLength: number, options: T5AttentionOptions): tf.Tensor {
    const prefixLength = options.prefixKeyValue?.key.shape[2] ?? 0;
    const given = options.positionBias;
    if (prefixLength > 0 && !options.keyValueStates) {
      // transformers recomputes a position bias that does not cover the past: OpenDelta's prefix
      // relies on this (its T5 prefix layer drops the shared bias), so blocks without
      // `relative_attention_bias` then have no position bias at all.
      if (given && given.shape[given.rank - 1] === prefixLength + keyLength) return given;
      const own = this.computeBias(queryLength, prefixLength + keyLength, prefixLength);
      const mask = options.attentionMask;
      return mask ? tf.add(own, extendMaskForPrefix(mask, prefixLength, keyLength)) : own;
    }
    let bias = given;
    if (!bias) {
      bias = this.computeBias(queryLength, keyLength);
      if (options.attentionMask) bias = tf.add(bias, options.attentionMask);
    }
    return extendMaskForPrefix(bias, prefixLength, keyLength);
  }

  forward(hiddenStates: tf.Tensor3D, options: T5AttentionOptions = {}): tf.Tensor3D {
    return tf.tidy(() => {
      const queryLength = hiddenStates.shape[1];
      const source = options.keyValueStates ?? hiddenStates;
      const keyLength = source.shape[1];
      const query = splitHeads(this.q.call(hiddenStates), this.numHeads);
      const { key, value } = withPrefixKeyValue(
        splitHeads(this.k.call(source), this.numHeads),
        splitHeads(this.v.call(source), this.numHeads),
        options.prefixKeyValue,
      );
      const mask = this.#scoreBias(queryLength, keyLength, options);

      const scores = tf.add(tf.matMul(query, key, false, true), mask);
      let weights: tf.Tensor = tf.softmax(scores, -1);
      if (this.training && this.dropoutRate > 0) weights = tf.dropout(weights, this.dropoutRate);
      return this.o.call(mergeHeads(tf.matMul(weights as tf.Tensor4D, value) as tf.Tensor4D)) as tf.Tensor3D;
    });
  }
}
