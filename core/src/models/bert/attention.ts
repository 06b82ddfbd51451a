import { DeltahubError } from '../../errors.js';
import { Dropout } from '../../nn/dropout.js';
import { Linear } from '../../nn/linear.js';
import { Module } from '../../nn/module.js';
import { LayerNorm } from '../../nn/normalization.js';
import { tf } from '../../runtime/tf.js';
import type { BertSettings } from './config.js';

/**
 * The prefix in transformers' type names (`BertLayer`, `RobertaLayer`...). RoBERTa reuses these
 * classes; only the names shown in the structure graph differ.
 */
export type BertFamily = 'Bert' | 'Roberta';

/** Keys and values prepended to an attention's own, `[batch (or 1), heads, prefixLength, headDim]`. */
export interface BertPrefixKeyValue {
  key: tf.Tensor4D;
  value: tf.Tensor4D;
}

/** Options of every attention module (the shared attention contract of deltahub's backbones). */
export interface BertAttentionOptions {
  /** Additive mask broadcastable to `[batch, heads, query, key]` over the module's own keys. */
  attentionMask?: tf.Tensor;
  /**
   * Prefix tuning: projected keys/values prepended after projection. The module extends the mask
   * with zeros (visible) for those positions. A forward pre-hook sets this.
   */
  prefixKeyValue?: BertPrefixKeyValue;
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

  /** `[batch, seq, heads·headDim]` → `[batch, heads, seq, headDim]`. */
  private splitHeads(x: tf.Tensor): tf.Tensor4D {
    const [batch, seq] = x.shape as [number, number, number];
    return x.reshape([batch, seq, this.numHeads, this.headDim]).transpose([0, 2, 1, 3]);
  }

  forward(hiddenStates: tf.Tensor3D, options: BertAttentionOptions = {}): tf.Tensor3D {
    return tf.tidy(() => {
      const [batch, seq, hidden] = hiddenStates.shape;
      const query = this.splitHeads(this.query.call(hiddenStates));
      let key = this.splitHeads(this.key.call(hiddenStates));
      let value = this.splitHeads(this.value.call(hiddenStates));
      let mask = options.attentionMask;
      const prefix = options.prefixKeyValue;
      if (prefix) {
        key = tf.concat([this.checkPrefix(prefix.key, batch, 'key'), key], 2);
        value = tf.concat([this.checkPrefix(prefix.value, batch, 'value'), value], 2);
        if (mask) mask = extendMaskForPrefix(mask, seq, prefix.key.shape[2]);
      }
      // Divide after the matmul, as transformers does, so rounding matches the reference.
      let scores: tf.Tensor = tf.div(tf.matMul(query, key, false, true), Math.sqrt(this.headDim));
      if (mask) scores = tf.add(scores, mask);
      const probs = this.dropout.call(tf.softmax(scores));
      const context = tf.matMul(probs, value); // [batch, heads, seq, headDim]
      return context.transpose([0, 2, 1, 3]).reshape([batch, seq, hidden]) as tf.Tensor3D;
    });
  }

  /** Validates a prefix tensor and broadcasts a batch of 1 to the input batch. */
  private checkPrefix(t: tf.Tensor4D, batch: number, name: string): tf.Tensor4D {
    const [b, heads, , dim] = t.shape;
    if (t.rank !== 4 || heads !== this.numHeads || dim !== this.headDim || (b !== batch && b !== 1)) {
      throw new DeltahubError(
        'BAD_INPUT',
        `prefixKeyValue.${name} must be [${batch} or 1, ${this.numHeads}, prefixLength, ${this.headDim}]; got [${t.shape.join(', ')}].`,
      );
    }
    return b === batch ? t : tf.broadcastTo(t, [batch, heads, t.shape[2], dim]);
  }
}

/**
 * Prepends `prefixLength` zero (visible) columns to an additive mask over the keys. The mask is first
 * broadcast to its full key length so a mask that was broadcasting over keys stays correct.
 */
export function extendMaskForPrefix(mask: tf.Tensor, keyLength: number, prefixLength: number): tf.Tensor4D {
  return tf.tidy(() => {
    if (mask.rank > 4)
      throw new DeltahubError('BAD_INPUT', `attentionMask has rank ${mask.rank}; at most 4 expected.`);
    const shape4 = [...new Array<number>(4 - mask.rank).fill(1), ...mask.shape] as [
      number,
      number,
      number,
      number,
    ];
    const [d0, d1, d2] = shape4;
    const full = tf.broadcastTo(mask.reshape(shape4), [d0, d1, d2, keyLength]);
    return tf.concat([tf.zeros([d0, d1, d2, prefixLength]), full], 3) as tf.Tensor4D;
  });
}

/** transformers' `BertSelfOutput`: projection, dropout, residual add, LayerNorm. */
export class BertSelfOutput extends Module<[tf.Tensor3D, tf.Tensor3D], tf.Tensor3D> {
  readonly dense: Linear;
  readonly LayerNorm: LayerNorm;
  readonly dropout: Dropout;

  constructor(
    settings: BertSettings,
    readonly family: BertFamily = 'Bert',
  ) {
    super();
    this.dense = this.registerModule('dense', new Linear(settings.hiddenSize, settings.hiddenSize));
    this.LayerNorm = this.registerModule(
      'LayerNorm',
      new LayerNorm(settings.hiddenSize, settings.layerNormEps),
    );
    this.dropout = this.registerModule('dropout', new Dropout(settings.hiddenDropoutProb));
  }

  override get typeName(): string {
    return `${this.family}SelfOutput`;
  }

  forward(hiddenStates: tf.Tensor3D, inputTensor: tf.Tensor3D): tf.Tensor3D {
    return tf.tidy(() => {
      const projected = this.dropout.call(this.dense.call(hiddenStates));
      return this.LayerNorm.call(tf.add(projected, inputTensor)) as tf.Tensor3D;
    });
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
