import { Linear } from '../../nn/linear.js';
import { Module } from '../../nn/module.js';
import { tf } from '../../runtime/tf.js';
import type { LayerKeyValues } from '../../generation/cache.js';
import { cachedKeyValue, mergeHeads, splitHeads, type PrefixKeyValue } from '../attention.js';
import { MASKED_SCORE } from '../inputs.js';
import type { LlamaSettings } from './config.js';
import { applyRotary, LlamaRotaryEmbedding } from './rotary.js';

/** Options of the Llama attention besides the hidden states. */
export interface LlamaAttentionOptions {
  /**
   * Additive padding mask broadcastable to `[batch, heads, queries, keys]` over the module's own keys
   * (past ones included). The causal (and sliding-window) mask is applied by the module itself.
   */
  attentionMask?: tf.Tensor;
  /** Positions `[batch, seq]` of the queries for the rotary embedding; default past … past+seq-1. */
  positionIds?: tf.Tensor2D;
  /**
   * Prefix-tuning keys and values `[batch or 1, keyValueHeads, p, headDim]` prepended after the
   * rotary embedding (they carry no position), visible to every query; with a cache they are its
   * first positions, joined once at the first call.
   */
  prefixKeyValue?: PrefixKeyValue;
  /**
   * This module's key/value cache (keys after the rotary embedding): earlier positions are read from
   * it and this call's appended (`attentionMask` then covers the cached positions too).
   */
  cache?: LayerKeyValues;
}

/**
 * Causal additive mask `[1, 1, seq, prefix+past+seq]`: query i sits at position past+i, sees every
 * prefix key and its own past, and with a sliding window only the last `window` positions (itself
 * included), as Mistral's `kv_idx > q_idx - sliding_window`.
 */
export function llamaCausalMask(seq: number, past: number, prefix: number, window?: number): tf.Tensor4D {
  return tf.tidy(() => {
    const own = past + seq;
    const rows = tf.range(past, own, 1, 'int32').reshape([seq, 1]);
    const cols = tf.range(0, own, 1, 'int32').reshape([1, own]);
    let hidden = tf.greater(cols, rows);
    if (window !== undefined) hidden = tf.logicalOr(hidden, tf.lessEqual(cols, tf.sub(rows, window)));
    let mask = tf.mul(hidden.cast('float32'), MASKED_SCORE);
    if (prefix > 0)
      mask = tf.pad(mask, [
        [0, 0],
        [prefix, 0],
      ]);
    return mask.reshape([1, 1, seq, prefix + own]) as tf.Tensor4D;
  });
}

/**
 * The Llama-family self-attention (transformers' `LlamaAttention`, `MistralAttention`,
 * `Qwen2Attention`): `q_proj`, `k_proj`, `v_proj` (grouped-query: `num_key_value_heads` heads for
 * keys and values, each shared by `num_attention_heads / num_key_value_heads` query heads), the
 * rotary embedding on queries and keys, scaled dot product under a causal (optionally sliding-window)
 * mask, `o_proj`. The shared key/value heads are never copied: query heads are grouped onto them.
 */
export class LlamaAttention extends Module<[tf.Tensor3D, LlamaAttentionOptions], tf.Tensor3D> {
  readonly qProj: Linear;
  readonly kProj: Linear;
  readonly vProj: Linear;
  readonly oProj: Linear;
  readonly rotaryEmb: LlamaRotaryEmbedding;
  readonly numHeads: number;
  readonly numKeyValueHeads: number;
  readonly headDim: number;
  /** How many past positions a query sees, itself included; undefined for all. */
  readonly slidingWindow: number | undefined;
  readonly #dropout: number;
  readonly #typePrefix: string;

  constructor(settings: LlamaSettings, layerIdx: number) {
    super();
    const { hiddenSize, numAttentionHeads, numKeyValueHeads, headDim } = settings;
    this.numHeads = numAttentionHeads;
    this.numKeyValueHeads = numKeyValueHeads;
    this.headDim = headDim;
    this.slidingWindow = settings.slidingWindows[layerIdx];
    this.#dropout = settings.attentionDropout;
    this.#typePrefix = settings.typePrefix;
    const bias = { bias: settings.qkvBias };
    this.qProj = this.registerModule('q_proj', new Linear(hiddenSize, numAttentionHeads * headDim, bias));
    this.kProj = this.registerModule('k_proj', new Linear(hiddenSize, numKeyValueHeads * headDim, bias));
    this.vProj = this.registerModule('v_proj', new Linear(hiddenSize, numKeyValueHeads * headDim, bias));
    this.oProj = this.registerModule(
      'o_proj',
      new Linear(numAttentionHeads * headDim, hiddenSize, { bias: settings.outputBias }),
    );
    this.rotaryEmb = this.registerModule('rotary_emb', new LlamaRotaryEmbedding(settings));
  }

  override get typeName(): string {
    return `${this.#typePrefix}Attention`;
  }

  forward(hiddenStates: tf.Tensor3D, options: LlamaAttentionOptions = {}): tf.Tensor3D {
    return tf.tidy(() => {
      const [batch, seq] = hiddenStates.shape;
      const past = options.cache?.length ?? 0;
      const positionIds =
        options.positionIds ?? (tf.range(past, past + seq, 1, 'int32').reshape([1, seq]) as tf.Tensor2D);
      const angles = this.rotaryEmb.call(positionIds);
      const query = applyRotary(splitHeads(this.qProj.call(hiddenStates), this.numHeads), angles);
      const { key, value, mask, prefixLength } = cachedKeyValue(
        () => ({
          key: applyRotary(splitHeads(this.kProj.call(hiddenStates), this.numKeyValueHeads), angles),
          value: splitHeads(this.vProj.call(hiddenStates), this.numKeyValueHeads),
        }),
        { prefix: options.prefixKeyValue, mask: options.attentionMask, cache: options.cache },
      );
      const total = key.shape[2];
      const group = this.numHeads / this.numKeyValueHeads;
      // Query heads h·group … h·group+group-1 share key/value head h: fold them into the rows.
      const grouped = tf
        .div(query, Math.sqrt(this.headDim))
        .reshape([batch, this.numKeyValueHeads, group * seq, this.headDim]);
      let scores = tf.matMul(grouped, key, false, true).reshape([batch, this.numHeads, seq, total]);
      scores = tf.add(scores, llamaCausalMask(seq, past, prefixLength, this.slidingWindow));
      if (mask) scores = tf.add(scores, mask);
      let weights = tf.softmax(scores, -1);
      if (this.training && this.#dropout > 0) weights = tf.dropout(weights, this.#dropout);
      const context = tf
        .matMul(weights.reshape([batch, this.numKeyValueHeads, group * seq, total]), value)
        .reshape([batch, this.numHeads, seq, this.headDim]) as tf.Tensor4D;
      return this.oProj.call(mergeHeads(context)) as tf.Tensor3D;
    });
  }
}
