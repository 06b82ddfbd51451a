import { DeltahubError } from '../../errors.js';
import { Linear } from '../../nn/linear.js';
import { Module } from '../../nn/module.js';
import { tf } from '../../runtime/tf.js';
import type { LayerKeyValues } from '../../generation/cache.js';
import { cachedKeyValue, mergeHeads, splitHeads, type PrefixKeyValue } from '../attention.js';
import { functionalDropout } from './dropout.js';

/** Options of {@link BartAttention.forward}. */
export interface BartAttentionOptions {
  /**
   * Additive mask broadcastable to `[batch, heads, queries, keys]` over the module's own keys
   * (0 = visible, a large negative number = hidden). Prefix positions are added by the module.
   */
  attentionMask?: tf.Tensor;
  /** Encoder states for cross-attention; keys and values are projected from them. */
  keyValueStates?: tf.Tensor3D;
  /**
   * Prefix tuning: keys and values (after projection) prepended to the module's own. They are always
   * visible, whatever the mask says about the other keys. A batch of 1 is broadcast to the input's.
   */
  prefixKeyValue?: PrefixKeyValue;
  /**
   * This module's key/value cache. Self-attention appends this call's keys (`attentionMask` then
   * covers the cached positions too); cross-attention projects the encoder states once and reuses them.
   */
  cache?: LayerKeyValues;
  /** Whether this is cross-attention (keys from `keyValueStates`, or from the cache once filled). */
  isCrossAttention?: boolean;
}

/**
 * transformers' `BartAttention`: multi-head attention with biased `k_proj`, `v_proj`, `q_proj`,
 * `out_proj` (registered in that order, as in Python) and queries scaled by `headDim^-0.5` after
 * projection. Self-attention when `keyValueStates` is absent, cross-attention otherwise.
 */
export class BartAttention extends Module<[tf.Tensor3D, BartAttentionOptions?], tf.Tensor3D> {
  readonly headDim: number;
  /** `headDim^-0.5`, applied to the projected queries. */
  readonly scaling: number;
  /** Dropout probability on the attention weights (`attention_dropout`). */
  readonly dropout: number;
  /** Whether this attention belongs to a decoder layer (informational: masks come from the caller). */
  readonly isDecoder: boolean;

  // Children are looked up by name on each use, so a module swapped in under the same name (a delta
  // that replaces a layer) is the one the forward calls.
  get kProj(): Linear {
    return this.getSubmodule('k_proj') as Linear;
  }
  get vProj(): Linear {
    return this.getSubmodule('v_proj') as Linear;
  }
  get qProj(): Linear {
    return this.getSubmodule('q_proj') as Linear;
  }
  get outProj(): Linear {
    return this.getSubmodule('out_proj') as Linear;
  }

  constructor(
    readonly embedDim: number,
    readonly numHeads: number,
    options: { dropout?: number; isDecoder?: boolean; bias?: boolean } = {},
  ) {
    super();
    this.headDim = embedDim / numHeads;
    if (!Number.isInteger(this.headDim)) {
      throw new DeltahubError(
        'CONFIG_INVALID',
        `embed_dim ${embedDim} is not divisible by num_heads ${numHeads}.`,
      );
    }
    this.scaling = this.headDim ** -0.5;
    this.dropout = options.dropout ?? 0;
    this.isDecoder = options.isDecoder ?? false;
    const bias = options.bias ?? true;
    this.registerModule('k_proj', new Linear(embedDim, embedDim, { bias }));
    this.registerModule('v_proj', new Linear(embedDim, embedDim, { bias }));
    this.registerModule('q_proj', new Linear(embedDim, embedDim, { bias }));
    this.registerModule('out_proj', new Linear(embedDim, embedDim, { bias }));
  }

  forward(hiddenStates: tf.Tensor3D, options: BartAttentionOptions = {}): tf.Tensor3D {
    const { cache, keyValueStates } = options;
    const cross = options.isCrossAttention === true || keyValueStates !== undefined;
    if (cross && !keyValueStates && (!cache || cache.isEmpty)) {
      throw new DeltahubError('BAD_INPUT', 'Cross-attention needs keyValueStates (the encoder output).');
    }
    const source = keyValueStates ?? hiddenStates;
    const query = splitHeads(tf.mul(this.qProj.call(hiddenStates), this.scaling), this.numHeads);
    const { key, value, mask } = cachedKeyValue(
      () => ({
        key: splitHeads(this.kProj.call(source), this.numHeads),
        value: splitHeads(this.vProj.call(source), this.numHeads),
      }),
      { prefix: options.prefixKeyValue, mask: options.attentionMask, cache, fixedSource: cross },
    );

    let scores: tf.Tensor = tf.matMul(query, key, false, true);
    if (mask) scores = tf.add(scores, mask);
    const probs = functionalDropout(tf.softmax(scores, -1), this.dropout, this.training);
    return this.outProj.call(mergeHeads(tf.matMul(probs, value) as tf.Tensor4D)) as tf.Tensor3D;
  }
}
