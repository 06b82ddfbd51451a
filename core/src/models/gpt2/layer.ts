import { Dropout } from '../../nn/dropout.js';
import { Conv1D } from '../../nn/linear.js';
import { Module } from '../../nn/module.js';
import { LayerNorm } from '../../nn/normalization.js';
import { tf } from '../../runtime/tf.js';
import { ActivationModule } from '../../nn/activation-module.js';
import type { LayerKeyValues } from '../../generation/cache.js';
import { GPT2Attention, type GPT2AttentionOptions } from './attention.js';
import type { GPT2Settings } from './config.js';

/** GPT-2's feed-forward block (transformers' `GPT2MLP`): `c_fc` → `act` → `c_proj` → dropout. */
export class GPT2MLP extends Module<[tf.Tensor3D], tf.Tensor3D> {
  readonly cFc: Conv1D;
  readonly cProj: Conv1D;
  readonly act: ActivationModule;
  readonly dropout: Dropout;

  constructor(settings: GPT2Settings) {
    super();
    this.cFc = this.registerModule('c_fc', new Conv1D(settings.nInner, settings.nEmbd));
    this.cProj = this.registerModule('c_proj', new Conv1D(settings.nEmbd, settings.nInner));
    this.act = this.registerModule('act', new ActivationModule(settings.activationFunction));
    this.dropout = this.registerModule('dropout', new Dropout(settings.residPdrop));
  }

  forward(x: tf.Tensor3D): tf.Tensor3D {
    return tf.tidy(() => this.dropout.call(this.cProj.call(this.act.call(this.cFc.call(x)))) as tf.Tensor3D);
  }
}

/**
 * One GPT-2 layer (transformers' `GPT2Block`), pre-norm: `x + attn(ln_1(x))`, then `x + mlp(ln_2(x))`.
 */
export class GPT2Block extends Module<
  [tf.Tensor3D, tf.Tensor | undefined, LayerKeyValues | undefined],
  tf.Tensor3D
> {
  readonly ln1: LayerNorm;
  readonly attn: GPT2Attention;
  readonly ln2: LayerNorm;
  readonly mlp: GPT2MLP;

  constructor(settings: GPT2Settings, layerIdx: number) {
    super();
    this.ln1 = this.registerModule('ln_1', new LayerNorm(settings.nEmbd, settings.layerNormEpsilon));
    this.attn = this.registerModule('attn', new GPT2Attention(settings, layerIdx));
    this.ln2 = this.registerModule('ln_2', new LayerNorm(settings.nEmbd, settings.layerNormEpsilon));
    this.mlp = this.registerModule('mlp', new GPT2MLP(settings));
  }

  /**
   * `attentionMask` is the additive padding mask `[batch, 1, 1, keys]`, or undefined for none;
   * `cache` the attention's key/value cache, if one is kept.
   */
  forward(
    hiddenStates: tf.Tensor3D,
    attentionMask: tf.Tensor | undefined,
    cache?: LayerKeyValues,
  ): tf.Tensor3D {
    return tf.tidy(() => {
      const options: GPT2AttentionOptions = {};
      if (attentionMask) options.attentionMask = attentionMask;
      if (cache) options.cache = cache;
      const attended = tf.add(
        hiddenStates,
        this.attn.call(this.ln1.call(hiddenStates) as tf.Tensor3D, options),
      );
      return tf.add(attended, this.mlp.call(this.ln2.call(attended) as tf.Tensor3D)) as tf.Tensor3D;
    });
  }
}
