import { Dropout } from '../../nn/dropout.js';
import { ModuleList } from '../../nn/containers.js';
import { Linear } from '../../nn/linear.js';
import { Module } from '../../nn/module.js';
import { LayerNorm } from '../../nn/normalization.js';
import { tf } from '../../runtime/tf.js';
import { ActivationModule } from '../../nn/activation-module.js';
import { MultiHeadSelfAttention } from './attention.js';
import type { DistilBertSettings } from './config.js';

/** DistilBERT's feed-forward block (transformers' `FFN`): `lin1` → activation → `lin2` → dropout. */
export class FFN extends Module<[tf.Tensor3D], tf.Tensor3D> {
  readonly dropout: Dropout;
  readonly lin1: Linear;
  readonly lin2: Linear;
  readonly activation: ActivationModule;

  constructor(settings: DistilBertSettings) {
    super();
    this.dropout = this.registerModule('dropout', new Dropout(settings.dropout));
    this.lin1 = this.registerModule('lin1', new Linear(settings.dim, settings.hiddenDim));
    this.lin2 = this.registerModule('lin2', new Linear(settings.hiddenDim, settings.dim));
    this.activation = this.registerModule('activation', new ActivationModule(settings.activation));
  }

  forward(x: tf.Tensor3D): tf.Tensor3D {
    return tf.tidy(() => {
      const inner = this.activation.call(this.lin1.call(x));
      return this.dropout.call(this.lin2.call(inner)) as tf.Tensor3D;
    });
  }
}

/**
 * One DistilBERT layer (transformers' `TransformerBlock`), post-norm: attention, residual,
 * `sa_layer_norm`; feed-forward, residual, `output_layer_norm` (both eps 1e-12).
 */
export class TransformerBlock extends Module<[tf.Tensor3D, tf.Tensor | undefined], tf.Tensor3D> {
  readonly attention: MultiHeadSelfAttention;
  readonly saLayerNorm: LayerNorm;
  readonly ffn: FFN;
  readonly outputLayerNorm: LayerNorm;

  constructor(settings: DistilBertSettings) {
    super();
    this.attention = this.registerModule('attention', new MultiHeadSelfAttention(settings));
    this.saLayerNorm = this.registerModule('sa_layer_norm', new LayerNorm(settings.dim, 1e-12));
    this.ffn = this.registerModule('ffn', new FFN(settings));
    this.outputLayerNorm = this.registerModule('output_layer_norm', new LayerNorm(settings.dim, 1e-12));
  }

  /** `attentionMask` is the additive padding mask `[batch, 1, 1, seq]`, or undefined for none. */
  forward(hiddenStates: tf.Tensor3D, attentionMask: tf.Tensor | undefined): tf.Tensor3D {
    return tf.tidy(() => {
      const options = attentionMask ? { attentionMask } : {};
      const attended = this.attention.call(hiddenStates, options);
      const saOutput = this.saLayerNorm.call(tf.add(attended, hiddenStates)) as tf.Tensor3D;
      const ffnOutput = this.ffn.call(saOutput);
      return this.outputLayerNorm.call(tf.add(ffnOutput, saOutput)) as tf.Tensor3D;
    });
  }
}

/** DistilBERT's layer stack (transformers' `Transformer`): `layer.0` … `layer.{n_layers-1}`. */
export class Transformer extends Module<[tf.Tensor3D, tf.Tensor | undefined], tf.Tensor3D> {
  readonly layer: ModuleList<TransformerBlock>;

  constructor(settings: DistilBertSettings) {
    super();
    this.layer = this.registerModule(
      'layer',
      new ModuleList(Array.from({ length: settings.nLayers }, () => new TransformerBlock(settings))),
    );
  }

  forward(hiddenStates: tf.Tensor3D, attentionMask: tf.Tensor | undefined): tf.Tensor3D {
    let hidden = hiddenStates;
    for (const block of this.layer) hidden = block.call(hidden, attentionMask);
    return hidden;
  }
}
