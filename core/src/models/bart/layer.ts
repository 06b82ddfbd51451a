import { LayerNorm } from '../../nn/normalization.js';
import { Linear } from '../../nn/linear.js';
import { Module } from '../../nn/module.js';
import { tf } from '../../runtime/tf.js';
import { ActivationModule } from '../../nn/activation-module.js';
import type { LayerKeyValues } from '../../generation/cache.js';
import { BartAttention, type BartAttentionOptions } from './attention.js';
import type { BartSettings } from './config.js';
import { functionalDropout } from './dropout.js';

/** Options of {@link BartEncoderLayer.forward}. */
export interface BartEncoderLayerOptions {
  /** Additive padding mask broadcastable to `[batch, heads, seq, seq]`. */
  attentionMask?: tf.Tensor;
}

/** Options of {@link BartDecoderLayer.forward}. */
export interface BartDecoderLayerOptions {
  /** Additive causal + padding mask broadcastable to `[batch, heads, tgt, tgt]`. */
  attentionMask?: tf.Tensor;
  /** Encoder output the cross-attention reads. */
  encoderHiddenStates?: tf.Tensor3D;
  /** Additive encoder padding mask broadcastable to `[batch, heads, tgt, src]`. */
  encoderAttentionMask?: tf.Tensor;
  /** The self-attention's key/value cache, if one is kept. */
  selfAttentionCache?: LayerKeyValues;
  /** The cross-attention's key/value cache (once filled, `encoderHiddenStates` may be left out). */
  crossAttentionCache?: LayerKeyValues;
}

/**
 * What both layer types share: the dropout rates, the self-attention and feed-forward children
 * (registered by each subclass in Python's order) and the feed-forward block.
 */
abstract class BartLayerBase<O> extends Module<[tf.Tensor3D, O?], tf.Tensor3D> {
  /** Dropout on each sub-layer output (`dropout`). */
  readonly dropout: number;
  /** Dropout after the activation (`activation_dropout`). */
  readonly activationDropout: number;

  constructor(settings: BartSettings) {
    super();
    this.dropout = settings.dropout;
    this.activationDropout = settings.activationDropout;
  }

  // Looked up by name on each use, so a module swapped in under the same name is the one called.
  get selfAttn(): BartAttention {
    return this.getSubmodule('self_attn') as BartAttention;
  }
  get selfAttnLayerNorm(): LayerNorm {
    return this.getSubmodule('self_attn_layer_norm') as LayerNorm;
  }
  get activationFn(): ActivationModule {
    return this.getSubmodule('activation_fn') as ActivationModule;
  }
  get fc1(): Linear {
    return this.getSubmodule('fc1') as Linear;
  }
  get fc2(): Linear {
    return this.getSubmodule('fc2') as Linear;
  }
  get finalLayerNorm(): LayerNorm {
    return this.getSubmodule('final_layer_norm') as LayerNorm;
  }

  /** `norm(x + dropout(attended))`: the post-norm residual after an attention sub-layer. */
  protected attentionResidual(x: tf.Tensor3D, attended: tf.Tensor3D, norm: LayerNorm): tf.Tensor3D {
    return norm.call(tf.add(x, functionalDropout(attended, this.dropout, this.training))) as tf.Tensor3D;
  }

  /** The feed-forward block, BART's post-norm order: `norm(x + dropout(fc2(dropout(act(fc1(x))))))`. */
  protected feedForward(x: tf.Tensor3D): tf.Tensor3D {
    let h = this.activationFn.call(this.fc1.call(x));
    h = functionalDropout(h, this.activationDropout, this.training);
    h = functionalDropout(this.fc2.call(h), this.dropout, this.training);
    return this.finalLayerNorm.call(tf.add(x, h)) as tf.Tensor3D;
  }
}

/**
 * transformers' `BartEncoderLayer`: self-attention then feed-forward, each followed by dropout, the
 * residual sum and a layer norm (post-norm). Children in Python's order: `self_attn`,
 * `self_attn_layer_norm`, `activation_fn`, `fc1`, `fc2`, `final_layer_norm`.
 */
export class BartEncoderLayer extends BartLayerBase<BartEncoderLayerOptions> {
  constructor(settings: BartSettings) {
    super(settings);
    const d = settings.dModel;
    this.registerModule(
      'self_attn',
      new BartAttention(d, settings.encoderAttentionHeads, { dropout: settings.attentionDropout }),
    );
    this.registerModule('self_attn_layer_norm', new LayerNorm(d));
    this.registerModule('activation_fn', new ActivationModule(settings.activationFunction));
    this.registerModule('fc1', new Linear(d, settings.encoderFfnDim));
    this.registerModule('fc2', new Linear(settings.encoderFfnDim, d));
    this.registerModule('final_layer_norm', new LayerNorm(d));
  }

  forward(hiddenStates: tf.Tensor3D, options: BartEncoderLayerOptions = {}): tf.Tensor3D {
    const attended = this.selfAttn.call(hiddenStates, { attentionMask: options.attentionMask });
    return this.feedForward(this.attentionResidual(hiddenStates, attended, this.selfAttnLayerNorm));
  }
}

/**
 * transformers' `BartDecoderLayer`: causal self-attention, cross-attention over the encoder output,
 * then feed-forward, each post-norm. Children in Python's order: `self_attn`, `activation_fn`,
 * `self_attn_layer_norm`, `encoder_attn`, `encoder_attn_layer_norm`, `fc1`, `fc2`, `final_layer_norm`.
 */
export class BartDecoderLayer extends BartLayerBase<BartDecoderLayerOptions> {
  constructor(settings: BartSettings) {
    super(settings);
    const d = settings.dModel;
    const heads = settings.decoderAttentionHeads;
    const attention = { dropout: settings.attentionDropout, isDecoder: true };
    this.registerModule('self_attn', new BartAttention(d, heads, attention));
    this.registerModule('activation_fn', new ActivationModule(settings.activationFunction));
    this.registerModule('self_attn_layer_norm', new LayerNorm(d));
    this.registerModule('encoder_attn', new BartAttention(d, heads, attention));
    this.registerModule('encoder_attn_layer_norm', new LayerNorm(d));
    this.registerModule('fc1', new Linear(d, settings.decoderFfnDim));
    this.registerModule('fc2', new Linear(settings.decoderFfnDim, d));
    this.registerModule('final_layer_norm', new LayerNorm(d));
  }

  get encoderAttn(): BartAttention {
    return this.getSubmodule('encoder_attn') as BartAttention;
  }
  get encoderAttnLayerNorm(): LayerNorm {
    return this.getSubmodule('encoder_attn_layer_norm') as LayerNorm;
  }

  forward(hiddenStates: tf.Tensor3D, options: BartDecoderLayerOptions = {}): tf.Tensor3D {
    const selfOptions: BartAttentionOptions = { attentionMask: options.attentionMask };
    if (options.selfAttentionCache) selfOptions.cache = options.selfAttentionCache;
    const attended = this.selfAttn.call(hiddenStates, selfOptions);
    let h = this.attentionResidual(hiddenStates, attended, this.selfAttnLayerNorm);
    const crossCache = options.crossAttentionCache;
    if (options.encoderHiddenStates || (crossCache && !crossCache.isEmpty)) {
      const crossOptions: BartAttentionOptions = {
        keyValueStates: options.encoderHiddenStates,
        attentionMask: options.encoderAttentionMask,
        isCrossAttention: true,
      };
      if (crossCache) crossOptions.cache = crossCache;
      const crossed = this.encoderAttn.call(h, crossOptions);
      h = this.attentionResidual(h, crossed, this.encoderAttnLayerNorm);
    }
    return this.feedForward(h);
  }
}
