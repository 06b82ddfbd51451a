import { Dropout } from '../../nn/dropout.js';
import { Linear } from '../../nn/linear.js';
import { Module } from '../../nn/module.js';
import { LayerNorm } from '../../nn/normalization.js';
import { tf } from '../../runtime/tf.js';
import { mergeHeads, splitHeads, withPrefixKeyValue, type PrefixKeyValue } from '../attention.js';
import type { BertSettings } from './config.js';

/**
 * The prefix in transformers' type names (`BertLayer`, `RobertaLayer`...). RoBERTa reuses these
 * classes; only the names shown in the structure graph differ.
 */
export type BertFamily = 'Bert' | 'Roberta';

/** Keys and values prepended to an attention's own (the shared {@link PrefixKeyValue}). */
export type BertPrefixKeyValue = PrefixKeyValue;

/** Options of every attention module (the shared attention contract of deltahub's backbones). */
export interface BertAttentionOptions {
  /** Additive mask broadcastable to `[batch, heads, query, key]` over the module's own keys. */
  attentionMask?: tf.Tensor;
  /**
   * Prefix tuning: projected keys/values prepended after projection. The module extends the mask
   * with zeros (visible) for those positions. A forward pre-hook sets this.
   */
  prefixKeyValue?: PrefixKeyValue;
}

/**
 * transformers' `BertSelfAttention` (absolute positions, no cross-attention): multi-head scaled
 * dot-product attention with query/key/value projections, computed with batched matmuls.
 */
export class BertSelfAttention extends Module<[tf.Tensor3D, BertAttentionOptions?], tf.Tensor3D> {
  readonly query: Linear;
  readonly key: Linear;
  readonly value: Linear;
  readonly dropout: Dropout;
  readonly numHeads: number;
  readonly headDim: number;

  constructor(
    settings: BertSettings,
    readonly family: BertFamily = 'Bert',
  ) {
    super();
    const { hiddenSize } = settings;
    this.numHeads = settings.numAttentionHeads;
    this.headDim = hiddenSize / this.numHeads;
    this.query = this.registerModule('query', new Linear(hiddenSize, hiddenSize));
    this.key = this.registerModule('key', new Linear(hiddenSize, hiddenSize));
    this.value = this.registerModule('value', new Linear(hiddenSize, hiddenSize));
    this.dropout = this.registerModule('dropout', new Dropout(settings.attentionProbsDropoutProb));
  }

  override get typeName(): string {
    return `${this.family}SelfAttention`;
  }

  forward(hiddenStates: tf.Tensor3D, options: BertAttentionOptions = {}): tf.Tensor3D {
    return tf.tidy(() => {
      const query = splitHeads(this.query.call(hiddenStates), this.numHeads);
      const { key, value, mask } = withPrefixKeyValue(
        splitHeads(this.key.call(hiddenStates), this.numHeads),
        splitHeads(this.value.call(hiddenStates), this.numHeads),
        options.prefixKeyValue,
        options.attentionMask,
        hiddenStates.shape[1],
      );
      // Divide after the matmul, as transformers does, so rounding matches the reference.
      let scores: tf.Tensor = tf.div(tf.matMul(query, key, false, true), Math.sqrt(this.headDim));
      if (mask) scores = tf.add(scores, mask);
      const probs = this.dropout.call(tf.softmax(scores));
      return mergeHeads(tf.matMul(probs, value) as tf.Tensor4D);
    });
  }
}

/**
 * A projection from `inFeatures` to the hidden size, dropout, residual add and LayerNorm: the block
 * behind transformers' `BertSelfOutput` (after attention) and `BertOutput` (after the feed-forward).
 */
export abstract class BertResidualOutput extends Module<[tf.Tensor3D, tf.Tensor3D], tf.Tensor3D> {
  readonly dense: Linear;
  readonly LayerNorm: LayerNorm;
  readonly dropout: Dropout;

  constructor(
    settings: BertSettings,
    inFeatures: number,
    readonly family: BertFamily,
  ) {
    super();
    this.dense = this.registerModule('dense', new Linear(inFeatures, settings.hiddenSize));
    this.LayerNorm = this.registerModule(
      'LayerNorm',
      new LayerNorm(settings.hiddenSize, settings.layerNormEps),
    );
    this.dropout = this.registerModule('dropout', new Dropout(settings.hiddenDropoutProb));
  }

  forward(hiddenStates: tf.Tensor3D, inputTensor: tf.Tensor3D): tf.Tensor3D {
    return tf.tidy(() => {
      const projected = this.dropout.call(this.dense.call(hiddenStates));
      return this.LayerNorm.call(tf.add(projected, inputTensor)) as tf.Tensor3D;
    });
  }
}

/** transformers' `BertSelfOutput`: projection, dropout, residual add, LayerNorm. */
export class BertSelfOutput extends BertResidualOutput {
  constructor(settings: BertSettings, family: BertFamily = 'Bert') {
    super(settings, settings.hiddenSize, family);
  }

  override get typeName(): string {
    return `${this.family}SelfOutput`;
  }
}

/**
 * transformers' `BertAttention`: self-attention then its output block. It accepts the same options
 * as {@link BertSelfAttention} and passes them on, so a prefix can be attached at either level
 * (OpenDelta's prefix tuning targets this module).
 */
export class BertAttention extends Module<[tf.Tensor3D, BertAttentionOptions?], tf.Tensor3D> {
  readonly self: BertSelfAttention;
  readonly output: BertSelfOutput;

  constructor(
    settings: BertSettings,
    readonly family: BertFamily = 'Bert',
  ) {
    super();
    this.self = this.registerModule('self', new BertSelfAttention(settings, family));
    this.output = this.registerModule('output', new BertSelfOutput(settings, family));
  }

  override get typeName(): string {
    return `${this.family}Attention`;
  }

  forward(hiddenStates: tf.Tensor3D, options: BertAttentionOptions = {}): tf.Tensor3D {
    return tf.tidy(() => this.output.call(this.self.call(hiddenStates, options), hiddenStates));
  }
}
