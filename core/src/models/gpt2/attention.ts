import { Dropout } from '../../nn/dropout.js';
import { Conv1D } from '../../nn/linear.js';
import { Module } from '../../nn/module.js';
import { tf } from '../../runtime/tf.js';
import { additiveCausalMask } from '../inputs.js';
import type { LayerKeyValues } from '../../generation/cache.js';
import { cachedKeyValue, mergeHeads, splitHeads, type PrefixKeyValue } from '../attention.js';
import type { GPT2Settings } from './config.js';

/** Options of GPT-2's attention besides the hidden states. */
export interface GPT2AttentionOptions {
  /**
   * Additive padding mask broadcastable to `[batch, heads, queries, keys]` over this module's own
   * keys. The causal mask is applied by the module itself.
   */
  attentionMask?: tf.Tensor;
  /**
   * Prefix-tuning keys and values prepended after projection, like transformers' `layer_past`: every
   * query sees all of them (the causal mask is offset by the prefix length).
   */
  prefixKeyValue?: PrefixKeyValue;
  /**
   * This module's key/value cache: earlier positions' keys and values are read from it and this
   * call's appended (`attentionMask` then covers the cached positions too).
   */
  cache?: LayerKeyValues;
}

/**
 * GPT-2's causal self-attention (transformers' `GPT2Attention`): one fused `c_attn` Conv1D giving
 * queries, keys and values, scaled dot product under a causal mask, dropout, `c_proj`, dropout.
 * transformers' non-persistent `bias` / `masked_bias` buffers are not kept: the causal mask is
 * built per call.
 */
export class GPT2Attention extends Module<[tf.Tensor3D, GPT2AttentionOptions], tf.Tensor3D> {
  readonly cAttn: Conv1D;
  readonly cProj: Conv1D;
  readonly attnDropout: Dropout;
  readonly residDropout: Dropout;
  readonly nHead: number;
  readonly headDim: number;
  /** What the scores are divided by: √headDim (if `scale_attn_weights`) times layer_idx+1 (if asked). */
  readonly scoreDivisor: number;

  constructor(settings: GPT2Settings, layerIdx: number) {
    super();
    const { nEmbd } = settings;
    this.nHead = settings.nHead;
    this.headDim = nEmbd / settings.nHead;
    this.scoreDivisor =
      (settings.scaleAttnWeights ? Math.sqrt(this.headDim) : 1) *
      (settings.scaleAttnByInverseLayerIdx ? layerIdx + 1 : 1);
    this.cAttn = this.registerModule('c_attn', new Conv1D(3 * nEmbd, nEmbd));
    this.cProj = this.registerModule('c_proj', new Conv1D(nEmbd, nEmbd));
    this.attnDropout = this.registerModule('attn_dropout', new Dropout(settings.attnPdrop));
    this.residDropout = this.registerModule('resid_dropout', new Dropout(settings.residPdrop));
  }

  forward(hiddenStates: tf.Tensor3D, options: GPT2AttentionOptions = {}): tf.Tensor3D {
    return tf.tidy(() => {
      const seq = hiddenStates.shape[1];
      const [q, k, v] = tf.split(this.cAttn.call(hiddenStates), 3, 2) as [tf.Tensor, tf.Tensor, tf.Tensor];
      const query = splitHeads(q, this.nHead);
      const { key, value, mask } = cachedKeyValue(
        () => ({ key: splitHeads(k, this.nHead), value: splitHeads(v, this.nHead) }),
        { prefix: options.prefixKeyValue, mask: options.attentionMask, cache: options.cache },
      );
      let scores = tf.matMul(query, key, false, true);
      if (this.scoreDivisor !== 1) scores = tf.div(scores, this.scoreDivisor);
      // This call's queries are the last `seq` keys: each sees every prefix key, the cached past
      // and its own past.
      scores = tf.add(scores, additiveCausalMask(seq, key.shape[2] - seq));
      if (mask) scores = tf.add(scores, mask);
      const weights = this.attnDropout.call(tf.softmax(scores, -1));
      const context = mergeHeads(tf.matMul(weights, value) as tf.Tensor4D);
      return this.residDropout.call(this.cProj.call(context)) as tf.Tensor3D;
    });
  }
}
