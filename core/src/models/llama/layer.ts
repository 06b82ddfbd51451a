import { ActivationModule } from '../../nn/activation-module.js';
import { Linear } from '../../nn/linear.js';
import { Module } from '../../nn/module.js';
import { RMSNorm } from '../../nn/normalization.js';
import { tf } from '../../runtime/tf.js';
import { LlamaAttention, type LlamaAttentionOptions } from './attention.js';
import type { LlamaSettings } from './config.js';

/** transformers' `LlamaRMSNorm` (same computation as T5's norm): `weight · x / √(mean(x²) + eps)`. */
export class LlamaRMSNorm extends RMSNorm {
  readonly #typePrefix: string;

  constructor(settings: LlamaSettings) {
    super(settings.hiddenSize, settings.rmsNormEps);
    this.#typePrefix = settings.typePrefix;
  }

  override get typeName(): string {
    return `${this.#typePrefix}RMSNorm`;
  }
}

/** The SwiGLU feed-forward block (transformers' `LlamaMLP`): `down_proj(act(gate_proj(x)) · up_proj(x))`. */
export class LlamaMLP extends Module<[tf.Tensor3D], tf.Tensor3D> {
  readonly gateProj: Linear;
  readonly upProj: Linear;
  readonly downProj: Linear;
  readonly actFn: ActivationModule;
  readonly #typePrefix: string;

  constructor(settings: LlamaSettings) {
    super();
    const { hiddenSize, intermediateSize } = settings;
    const bias = { bias: settings.mlpBias };
    this.#typePrefix = settings.typePrefix;
    this.gateProj = this.registerModule('gate_proj', new Linear(hiddenSize, intermediateSize, bias));
    this.upProj = this.registerModule('up_proj', new Linear(hiddenSize, intermediateSize, bias));
    this.downProj = this.registerModule('down_proj', new Linear(intermediateSize, hiddenSize, bias));
    this.actFn = this.registerModule('act_fn', new ActivationModule(settings.hiddenAct));
  }

  override get typeName(): string {
    return `${this.#typePrefix}MLP`;
  }

  forward(x: tf.Tensor3D): tf.Tensor3D {
    return tf.tidy(
      () =>
        this.downProj.call(
          tf.mul(this.actFn.call(this.gateProj.call(x)), this.upProj.call(x)),
        ) as tf.Tensor3D,
    );
  }
}

/**
 * One Llama-family layer (transformers' `LlamaDecoderLayer`), pre-norm:
 * `x + self_attn(input_layernorm(x))`, then `x + mlp(post_attention_layernorm(x))`.
 */
export class LlamaDecoderLayer extends Module<[tf.Tensor3D, LlamaAttentionOptions], tf.Tensor3D> {
  readonly selfAttn: LlamaAttention;
  readonly mlp: LlamaMLP;
  readonly inputLayernorm: LlamaRMSNorm;
  readonly postAttentionLayernorm: LlamaRMSNorm;
  readonly #typePrefix: string;

  constructor(settings: LlamaSettings, layerIdx: number) {
    super();
    this.#typePrefix = settings.typePrefix;
    this.selfAttn = this.registerModule('self_attn', new LlamaAttention(settings, layerIdx));
    this.mlp = this.registerModule('mlp', new LlamaMLP(settings));
    this.inputLayernorm = this.registerModule('input_layernorm', new LlamaRMSNorm(settings));
    this.postAttentionLayernorm = this.registerModule('post_attention_layernorm', new LlamaRMSNorm(settings));
  }

  override get typeName(): string {
    return `${this.#typePrefix}DecoderLayer`;
  }

  /** `options` go to the attention (padding mask, positions, cache). */
  forward(hiddenStates: tf.Tensor3D, options: LlamaAttentionOptions = {}): tf.Tensor3D {
    return tf.tidy(() => {
      const normed = this.inputLayernorm.call(hiddenStates) as tf.Tensor3D;
      const attended = tf.add(hiddenStates, this.selfAttn.call(normed, options)) as tf.Tensor3D;
      const mlpIn = this.postAttentionLayernorm.call(attended) as tf.Tensor3D;
      return tf.add(attended, this.mlp.call(mlpIn)) as tf.Tensor3D;
    });
  }
}
