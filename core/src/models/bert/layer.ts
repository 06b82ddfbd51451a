import { ModuleList } from '../../nn/containers.js';
import { Linear } from '../../nn/linear.js';
import { Module } from '../../nn/module.js';
import { tf } from '../../runtime/tf.js';
import { ActivationModule } from '../../nn/activation-module.js';
import { BertAttention, BertResidualOutput, type BertFamily } from './attention.js';
import type { BertSettings } from './config.js';

/** Options a layer (and the encoder) passes down to its attention. */
export interface BertLayerOptions {
  /** Additive mask broadcastable to `[batch, heads, seq, seq]`. */
  attentionMask?: tf.Tensor;
}

/** transformers' `BertIntermediate`: the first feed-forward projection and its activation. */
export class BertIntermediate extends Module<[tf.Tensor3D], tf.Tensor3D> {
  readonly dense: Linear;
  readonly intermediate_act_fn: ActivationModule;

  constructor(
    settings: BertSettings,
    readonly family: BertFamily = 'Bert',
  ) {
    super();
    this.dense = this.registerModule('dense', new Linear(settings.hiddenSize, settings.intermediateSize));
    this.intermediate_act_fn = this.registerModule(
      'intermediate_act_fn',
      new ActivationModule(settings.hiddenAct),
    );
  }

  override get typeName(): string {
    return `${this.family}Intermediate`;
  }

  forward(hiddenStates: tf.Tensor3D): tf.Tensor3D {
    return tf.tidy(() => this.intermediate_act_fn.call(this.dense.call(hiddenStates)) as tf.Tensor3D);
  }
}

/** transformers' `BertOutput`: the second feed-forward projection, dropout, residual, LayerNorm. */
export class BertOutput extends BertResidualOutput {
  constructor(settings: BertSettings, family: BertFamily = 'Bert') {
    super(settings, settings.intermediateSize, family);
  }

  override get typeName(): string {
    return `${this.family}Output`;
  }
}

/** transformers' `BertLayer`: attention block then feed-forward block. */
export class BertLayer extends Module<[tf.Tensor3D, BertLayerOptions?], tf.Tensor3D> {
  readonly attention: BertAttention;
  readonly intermediate: BertIntermediate;
  readonly output: BertOutput;

  constructor(
    settings: BertSettings,
    readonly family: BertFamily = 'Bert',
  ) {
    super();
    this.attention = this.registerModule('attention', new BertAttention(settings, family));
    this.intermediate = this.registerModule('intermediate', new BertIntermediate(settings, family));
    this.output = this.registerModule('output', new BertOutput(settings, family));
  }

  override get typeName(): string {
    return `${this.family}Layer`;
  }

  forward(hiddenStates: tf.Tensor3D, options: BertLayerOptions = {}): tf.Tensor3D {
    return tf.tidy(() => {
      // A fresh options object per call: a prefix pre-hook may return a copy with prefixKeyValue set.
      const attended = this.attention.call(hiddenStates, { attentionMask: options.attentionMask });
      return this.output.call(this.intermediate.call(attended), attended);
    });
  }
}

/** transformers' `BertEncoder`: the stack of layers under `layer.0`, `layer.1`... */
export class BertEncoder extends Module<[tf.Tensor3D, BertLayerOptions?], tf.Tensor3D> {
  readonly layer: ModuleList<BertLayer>;

  constructor(
    settings: BertSettings,
    readonly family: BertFamily = 'Bert',
  ) {
    super();
    const layers = Array.from({ length: settings.numHiddenLayers }, () => new BertLayer(settings, family));
    this.layer = this.registerModule('layer', new ModuleList(layers));
  }

  override get typeName(): string {
    return `${this.family}Encoder`;
  }

  forward(hiddenStates: tf.Tensor3D, options: BertLayerOptions = {}): tf.Tensor3D {
    return tf.tidy(() => {
      let hidden = hiddenStates;
      for (const layer of this.layer) hidden = layer.call(hidden, options);
      return hidden;
    });
  }
}
