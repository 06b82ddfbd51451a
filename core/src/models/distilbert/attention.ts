import { Dropout } from '../../nn/dropout.js';
import { Linear } from '../../nn/linear.js';
import { Module } from '../../nn/module.js';
import { tf } from '../../runtime/tf.js';
import { mergeHeads, splitHeads, withPrefixKeyValue, type PrefixKeyValue } from '../attention.js';
import type { DistilBertSettings } from './config.js';

/** Options of DistilBERT's attention besides the hidden states. */
export interface DistilBertAttentionOptions {
  /** Additive mask broadcastable to `[batch, heads, queries, keys]` over this module's own keys. */
  attentionMask?: tf.Tensor;
  /** Keys and values are projected from these instead of the hidden states (cross-attention). */
  keyValueStates?: tf.Tensor3D;
  /** Prefix-tuning keys and values prepended after projection; always visible to every query. */
  prefixKeyValue?: PrefixKeyValue;
}

/**
 * DistilBERT's multi-head self-attention (transformers' `MultiHeadSelfAttention`): separate
 * `q_lin`, `k_lin`, `v_lin` projections, scaled dot product, dropout on the weights, `out_lin`.
 */
export class MultiHeadSelfAttention extends Module<[tf.Tensor3D, DistilBertAttentionOptions], tf.Tensor3D> {
  readonly dropout: Dropout;
  readonly qLin: Linear;
  readonly kLin: Linear;
  readonly vLin: Linear;
  readonly outLin: Linear;
  readonly nHeads: number;
  readonly headDim: number;

  constructor(settings: DistilBertSettings) {
    super();
    const { dim } = settings;
    this.nHeads = settings.nHeads;
    this.headDim = dim / settings.nHeads;
    this.dropout = this.registerModule('dropout', new Dropout(settings.attentionDropout));
    this.qLin = this.registerModule('q_lin', new Linear(dim, dim));
    this.kLin = this.registerModule('k_lin', new Linear(dim, dim));
    this.vLin = this.registerModule('v_lin', new Linear(dim, dim));
    this.outLin = this.registerModule('out_lin', new Linear(dim, dim));
  }

  forward(hiddenStates: tf.Tensor3D, options: DistilBertAttentionOptions = {}): tf.Tensor3D {
    return tf.tidy(() => {
      const source = options.keyValueStates ?? hiddenStates;
      // Scaling the queries before the product, as transformers does, keeps rounding identical.
      const query = tf.div(splitHeads(this.qLin.call(hiddenStates), this.nHeads), Math.sqrt(this.headDim));
      const { key, value, mask } = withPrefixKeyValue(
        splitHeads(this.kLin.call(source), this.nHeads),
        splitHeads(this.vLin.call(source), this.nHeads),
        options.prefixKeyValue,
        options.attentionMask,
      );
      let scores = tf.matMul(query, key, false, true);
      if (mask) scores = tf.add(scores, mask);
      const weights = this.dropout.call(tf.softmax(scores, -1));
      const context = tf.matMul(weights as tf.Tensor4D, value);
      return this.outLin.call(mergeHeads(context as tf.Tensor4D)) as tf.Tensor3D;
    });
  }
}
