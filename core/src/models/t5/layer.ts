import { ModuleList } from '../../nn/containers.js';
import { Dropout } from '../../nn/dropout.js';
import { Module } from '../../nn/module.js';
import { RMSNorm } from '../../nn/normalization.js';
import { tf } from '../../runtime/tf.js';
import type { LayerKeyValues } from '../../generation/cache.js';
import { T5Attention } from './attention.js';
import { child } from './child.js';
import type { T5Settings } from './config.js';
import { T5LayerFF } from './feed-forward.js';

/** Options of the attention sub-layers: the additive mask and the stack's shared position bias. */
export interface T5LayerAttentionOptions {
  /** Additive mask, used only when `positionBias` is absent (see {@link T5Attention}). */
  attentionMask?: tf.Tensor;
  /** Position bias with the mask folded in, shared by every block of the stack. */
  positionBias?: tf.Tensor;
  /** The attention's key/value cache, if one is kept. */
  cache?: LayerKeyValues;
}

/** Pre-norm residual self-attention: `x + dropout(SelfAttention(layer_norm(x)))`. */
export class T5LayerSelfAttention extends Module<[tf.Tensor3D, T5LayerAttentionOptions], tf.Tensor3D> {
  constructor(settings: T5Settings, options: { isDecoder: boolean; hasRelativeAttentionBias: boolean }) {
    super();
    this.registerModule('SelfAttention', new T5Attention(settings, options));
    this.registerModule('layer_norm', new RMSNorm(settings.dModel, settings.layerNormEpsilon));
    this.registerModule('dropout', new Dropout(settings.dropoutRate));
  }

  get selfAttention(): T5Attention {
    return child<T5Attention>(this, 'SelfAttention');
  }

  forward(hiddenStates: tf.Tensor3D, options: T5LayerAttentionOptions = {}): tf.Tensor3D {
    return tf.tidy(() => {
      const normed = child<RMSNorm>(this, 'layer_norm').call(hiddenStates) as tf.Tensor3D;
      const attended = this.selfAttention.call(normed, { ...options });
      return tf.add(hiddenStates, child<Dropout>(this, 'dropout').call(attended)) as tf.Tensor3D;
    });
  }
}

/**
 * Options of {@link T5LayerCrossAttention}: the encoder states (optional once `cache` holds their
 * keys and values) and their mask / (zero) position bias.
 */
export interface T5LayerCrossAttentionOptions extends T5LayerAttentionOptions {
  keyValueStates?: tf.Tensor3D | undefined;
}

/** Pre-norm residual cross-attention over the encoder output (no relative-position bias). */
export class T5LayerCrossAttention extends Module<[tf.Tensor3D, T5LayerCrossAttentionOptions], tf.Tensor3D> {
  constructor(settings: T5Settings) {
    super();
    this.registerModule(
      'EncDecAttention',
      new T5Attention(settings, { isDecoder: true, hasRelativeAttentionBias: false }),
    );
    this.registerModule('layer_norm', new RMSNorm(settings.dModel, settings.layerNormEpsilon));
    this.registerModule('dropout', new Dropout(settings.dropoutRate));
  }

  get encDecAttention(): T5Attention {
    return child<T5Attention>(this, 'EncDecAttention');
  }

  forward(hiddenStates: tf.Tensor3D, options: T5LayerCrossAttentionOptions): tf.Tensor3D {
    return tf.tidy(() => {
      const normed = child<RMSNorm>(this, 'layer_norm').call(hiddenStates) as tf.Tensor3D;
      const attended = this.encDecAttention.call(normed, { ...options, isCrossAttention: true });
      return tf.add(hiddenStates, child<Dropout>(this, 'dropout').call(attended)) as tf.Tensor3D;
    });
  }
}

/** Options of {@link T5Block.forward}. */
export interface T5BlockOptions {
  /** Additive self-attention mask (padding, plus causal in the decoder); folded into `positionBias` by the stack. */
  attentionMask?: tf.Tensor;
  /** Self-attention position bias with the mask added, computed by the stack's first block. */
  positionBias?: tf.Tensor;
  /** Encoder output, for decoder blocks. */
  encoderHiddenStates?: tf.Tensor3D;
  /** Additive encoder padding mask `[batch, 1, 1, sourceSeq]`. */
  encoderAttentionMask?: tf.Tensor;
  /** Cross-attention bias: zeros plus the encoder mask (T5 has no relative bias across stacks). */
  encoderDecoderPositionBias?: tf.Tensor;
  /** The self-attention's key/value cache, if one is kept. */
  selfAttentionCache?: LayerKeyValues;
  /** The cross-attention's key/value cache (once filled, `encoderHiddenStates` may be left out). */
  crossAttentionCache?: LayerKeyValues;
}

/**
 * One T5 block: `layer.0` self-attention, `layer.1` cross-attention (decoder only), then the
 * feed-forward as the last layer.
 */
export class T5Block extends Module<[tf.Tensor3D, T5BlockOptions], tf.Tensor3D> {
  readonly isDecoder: boolean;

  constructor(settings: T5Settings, options: { isDecoder: boolean; hasRelativeAttentionBias: boolean }) {
    super();
    this.isDecoder = options.isDecoder;
    const layers = new ModuleList();
    layers.append(new T5LayerSelfAttention(settings, options));
    if (options.isDecoder) layers.append(new T5LayerCrossAttention(settings));
    layers.append(new T5LayerFF(settings));
    this.registerModule('layer', layers);
  }

  /** The sub-layers in order (self-attention, cross-attention for the decoder, feed-forward). */
  get layers(): Module[] {
    return this.getSubmodule('layer').children();
  }

  /** `layer.0`. */
  get selfAttentionLayer(): T5LayerSelfAttention {
    return this.layers[0] as T5LayerSelfAttention;
  }

  forward(hiddenStates: tf.Tensor3D, options: T5BlockOptions = {}): tf.Tensor3D {
    return tf.tidy(() => {
      const layers = this.layers;
      const selfOptions: T5LayerAttentionOptions = {};
      if (options.attentionMask) selfOptions.attentionMask = options.attentionMask;
      if (options.positionBias) selfOptions.positionBias = options.positionBias;
      if (options.selfAttentionCache) selfOptions.cache = options.selfAttentionCache;
      let h = this.selfAttentionLayer.call(hiddenStates, selfOptions);
      const crossCache = options.crossAttentionCache;
      if (this.isDecoder && (options.encoderHiddenStates || (crossCache && !crossCache.isEmpty))) {
        const crossOptions: T5LayerCrossAttentionOptions = { keyValueStates: options.encoderHiddenStates };
        if (crossCache) crossOptions.cache = crossCache;
        if (options.encoderAttentionMask) crossOptions.attentionMask = options.encoderAttentionMask;
        if (options.encoderDecoderPositionBias)
          crossOptions.positionBias = options.encoderDecoderPositionBias;
        h = (layers[1] as T5LayerCrossAttention).call(h, crossOptions);
      }
      return (layers[layers.length - 1] as T5LayerFF).call(h);
    });
  }
}
