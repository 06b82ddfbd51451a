import { Embedding } from '../../nn/embedding.js';
import { fillConstant, fillNormal } from '../../nn/init.js';
import { Linear } from '../../nn/linear.js';
import { Module } from '../../nn/module.js';
import { LayerNorm } from '../../nn/normalization.js';
import { tf } from '../../runtime/tf.js';
import type { PretrainedConfig } from '../config.js';
import {
  additiveCausalMask,
  additivePaddingMask,
  type ModelOutput,
  type NormalizedInputs,
} from '../inputs.js';
import { PreTrainedModel } from '../pretrained-model.js';
import { ActivationModule } from '../../nn/activation-module.js';
import type { BertFamily } from './attention.js';
import { readBertSettings, type BertSettings } from './config.js';
import { BertEmbeddings } from './embeddings.js';
import { BertEncoder } from './layer.js';

/** transformers' `BertPooler`: dense + tanh on the first token's hidden state. */
export class BertPooler extends Module<[tf.Tensor3D], tf.Tensor2D> {
  readonly dense: Linear;
  readonly activation: ActivationModule;

  constructor(
    settings: BertSettings,
    readonly family: BertFamily = 'Bert',
  ) {
    super();
    this.dense = this.registerModule('dense', new Linear(settings.hiddenSize, settings.hiddenSize));
    this.activation = this.registerModule('activation', new ActivationModule('tanh'));
  }

  override get typeName(): string {
    return `${this.family}Pooler`;
  }

  forward(hiddenStates: tf.Tensor3D): tf.Tensor2D {
    return tf.tidy(() => {
      const [batch, , hidden] = hiddenStates.shape;
      const first = hiddenStates.slice([0, 0, 0], [batch, 1, hidden]).reshape([batch, hidden]);
      return this.activation.call(this.dense.call(first)) as tf.Tensor2D;
    });
  }
}

/**
 * transformers' `BertPreTrainedModel._init_weights` over a whole tree: Linear and Embedding weights
 * `N(0, initializerRange)`, zero biases, padding rows zeroed, LayerNorm 1/0. Embeddings are filled
 * after linears because a tied MLM decoder shares the word embedding matrix, and transformers ties
 * after initialising, keeping the embedding's values (with its zero padding row).
 */
export function initBertWeights(root: Module, initializerRange: number): void {
  const modules = root.modules();
  for (const module of modules) {
    if (!(module instanceof Linear)) continue;
    fillNormal(module.weight, initializerRange);
    if (module.bias) fillConstant(module.bias, 0);
  }
  for (const module of modules) {
    if (!(module instanceof Embedding)) continue;
    fillNormal(module.weight, initializerRange);
    module.zeroPaddingRow();
  }
  for (const module of modules) {
    if (!(module instanceof LayerNorm)) continue;
    fillConstant(module.weight, 1);
    if (module.bias) fillConstant(module.bias, 0);
  }
}

/** Shared base of the BERT classes: config reading, `bert` prefix, transformers' initialisation. */
export abstract class BertPreTrainedModel extends PreTrainedModel {
  static readonly modelType: string = 'bert';
  readonly baseModelPrefix: string = 'bert';

  /** The typed settings read from {@link PreTrainedModel.config}. */
  readonly settings: BertSettings;

  constructor(config: PretrainedConfig, settings?: BertSettings) {
    super(config);
    this.settings = settings ?? readBertSettings(config);
  }

  initWeights(): void {
    initBertWeights(this, this.settings.initializerRange);
  }
}

/** Options of {@link BertModel}'s constructor. */
export interface BertModelOptions {
  /** Whether to build the pooler (transformers' `add_pooling_layer`, default true). MLM heads omit it. */
  addPoolingLayer?: boolean;
}

/**
 * transformers' `BertModel`: embeddings, encoder and (optionally) pooler. Returns `lastHiddenState`
 * and `poolerOutput`. RoBERTa subclasses it, replacing the embeddings and the type names.
 */
export class BertModel extends BertPreTrainedModel {
  readonly hasBaseModelPrefix: boolean = false;
  readonly embeddings: BertEmbeddings;
  readonly encoder: BertEncoder;
  readonly pooler: BertPooler | undefined;

  constructor(config: PretrainedConfig, options: BertModelOptions = {}, settings?: BertSettings) {
    super(config, settings);
    this.embeddings = this.registerModule('embeddings', this.createEmbeddings(this.settings));
    this.encoder = this.registerModule('encoder', new BertEncoder(this.settings, this.family));
    this.pooler =
      (options.addPoolingLayer ?? true)
        ? this.registerModule('pooler', new BertPooler(this.settings, this.family))
        : undefined;
  }

  /** The prefix of the submodules' type names. */
  protected get family(): BertFamily {
    return 'Bert';
  }

  /** The embedding layer; RoBERTa returns its own (different default position ids). */
  protected createEmbeddings(settings: BertSettings): BertEmbeddings {
    return new BertEmbeddings(settings);
  }

  /**
   * The additive self-attention mask `[batch, 1, 1 or seq, seq]`, or undefined when nothing is
   * masked (no padding mask given, not a decoder), which skips the addition.
   */
  protected extendedAttentionMask(
    mask: tf.Tensor2D | undefined,
    batch: number,
    seq: number,
  ): tf.Tensor | undefined {
    let extended: tf.Tensor | undefined = mask ? additivePaddingMask(mask) : undefined;
    if (this.settings.isDecoder) {
      const causal = additiveCausalMask(seq);
      extended = extended ? tf.add(extended, causal) : tf.broadcastTo(causal, [batch, 1, seq, seq]);
    }
    return extended;
  }

  protected compute(inputs: NormalizedInputs): ModelOutput {
    const embeddingOutput = this.embeddings.call({
      inputIds: inputs.inputIds,
      inputsEmbeds: inputs.inputsEmbeds,
      tokenTypeIds: inputs.tokenTypeIds,
      positionIds: inputs.positionIds,
    });
    const [batch, seq] = embeddingOutput.shape;
    const attentionMask = this.extendedAttentionMask(inputs.attentionMask, batch, seq);
    const lastHiddenState = this.encoder.call(embeddingOutput, { attentionMask });
    const output: ModelOutput = { lastHiddenState };
    if (this.pooler) output.poolerOutput = this.pooler.call(lastHiddenState);
    return output;
  }
}
