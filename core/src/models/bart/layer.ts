import { LayerNorm } from '../../nn/normalization.js';
import { Linear } from '../../nn/linear.js';
import { Module } from '../../nn/module.js';
import { tf } from '../../runtime/tf.js';
import { ActivationModule } from '../../nn/activation-module.js';
import { BartAttention } from './attention.js';
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
}

/**
 * The feed-forward block shared by both layer types, BART's post-norm order:
 * `norm(x + dropout(fc2(dropout(act(fc1(x))))))`.
 */
function feedForward(layer: BartEncoderLayer | BartDecoderLayer, x: tf.Tensor3D): tf.Tensor3D {
  const residual = x;
  let h = layer.activationFn.call(layer.fc1.call(x));
  h = functionalDropout(h, layer.activationDropout, layer.training);
  h = functionalDropout(layer.fc2.call(h), layer.dropout, layer.training);
  return layer.finalLayerNorm.call(tf.add(residual, h)) as tf.Tensor3D;
}

/**
 * transformers' `BartEncoderLayer`: self-attention then feed-forward, each followed by dropout, the
 * residual sum and a layer norm (post-norm). Children in Python's order: `self_attn`,
 * `self_attn_layer_norm`, `activation_fn`, `fc1`, `fc2`, `final_layer_norm`.
 */
export class BartEncoderLayer extends Module<[tf.Tensor3D, BartEncoderLayerOptions?], tf.Tensor3D> {
  /** Dropout on each sub-layer output (`dropout`). */
  readonly dropout: number;
  /** Dropout after the activation (`activation_dropout`). */
  readonly activationDropout: number;

  constructor(settings: BartSettings) {
    super();
    const d = settings.dModel;
    this.dropout = settings.dropout;
    this.activationDropout = settings.activationDropout;
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

  forward(hiddenStates: tf.Tensor3D, options: BartEncoderLayerOptions = {}): tf.Tensor3D {
    const attended = this.selfAttn.call(hiddenStates, { attentionMask: options.attentionMask });
    const h = tf.add(hiddenStates, functionalDropout(attended, this.dropout, this.training));
    return feedForward(this, this.selfAttnLayerNorm.call(h) as tf.Tensor3D);
  }
}

/**
 * transformers' `BartDecoderLayer`: causal self-attention, cross-attention over the encoder output,
 * then feed-forward, each post-norm. Children in Python's order: `self_attn`, `activation_fn`,
 * `self_attn_layer_norm`, `encoder_attn`, `encoder_attn_layer_norm`, `fc1`, `fc2`, `final_layer_norm`.
 */
export class BartDecoderLayer extends Module<[tf.Tensor3D, BartDecoderLayerOptions?], tf.Tensor3D> {
  /** Dropout on each sub-layer output (`dropout`). */
  readonly dropout: number;
  /** Dropout after the activation (`activation_dropout`). */
  readonly activationDropout: number;

  constructor(settings: BartSettings) {
    super();
    const d = settings.dModel;
    const heads = settings.decoderAttentionHeads;
    this.dropout = settings.dropout;
    this.activationDropout = settings.activationDropout;
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

  // Looked up by name on each use, so a module swapped in under the same name is the one called.
  get selfAttn(): BartAttention {
    return this.getSubmodule('self_attn') as BartAttention;
  }
  get activationFn(): ActivationModule {
    return this.getSubmodule('activation_fn') as ActivationModule;
  }
  get selfAttnLayerNorm(): LayerNorm {
    return this.getSubmodule('self_attn_layer_norm') as LayerNorm;
  }
  get encoderAttn(): BartAttention {
    return this.getSubmodule('encoder_attn') as BartAttention;
  }
  get encoderAttnLayerNorm(): LayerNorm {
    return this.getSubmodule('encoder_attn_layer_norm') as LayerNorm;
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

  forward(hiddenStates: tf.Tensor3D, options: BartDecoderLayerOptions = {}): tf.Tensor3D {
    const attended = this.selfAttn.call(hiddenStates, { attentionMask: options.attentionMask });
    let h = tf.add(hiddenStates, functionalDropout(attended, this.dropout, this.training));
    h = this.selfAttnLayerNorm.call(h);

    if (options.encoderHiddenStates) {
      const crossed = this.encoderAttn.call(h as tf.Tensor3D, {
        keyValueStates: options.encoderHiddenStates,
        attentionMask: options.encoderAttentionMask,
      });
      h = this.encoderAttnLayerNorm.call(tf.add(h, functionalDropout(crossed, this.dropout, this.training)));
    }
    return feedForward(this, h as tf.Tensor3D);
  }
}
