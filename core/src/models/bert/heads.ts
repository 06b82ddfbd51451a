import { Dropout } from '../../nn/dropout.js';
import { zerosParameter } from '../../nn/init.js';
import { Linear } from '../../nn/linear.js';
import { Module, type Parameter } from '../../nn/module.js';
import { LayerNorm } from '../../nn/normalization.js';
import { tf } from '../../runtime/tf.js';
import type { PretrainedConfig } from '../config.js';
import type { ModelOutput, NormalizedInputs } from '../inputs.js';
import { ActivationModule } from '../../nn/activation-module.js';
import type { BertSettings } from './config.js';
import { BertModel, BertPreTrainedModel } from './model.js';
import { tieWeight } from '../tying.js';

/**
 * A vocabulary projection whose bias is a parameter of the parent (`cls.predictions.bias`,
 * `lm_head.bias`) and also registered as `decoder.bias`, exactly as transformers aliases them; the
 * weight is the word embedding matrix when `tiedWeight` is given.
 */
export function vocabularyDecoder(
  hiddenSize: number,
  vocabSize: number,
  bias: Parameter,
  tiedWeight: Parameter | undefined,
): Linear {
  const decoder = new Linear(hiddenSize, vocabSize, { bias: false });
  if (tiedWeight) tieWeight(decoder, tiedWeight);
  decoder.registerParameter('bias', bias);
  return decoder;
}

/** transformers' `BertPredictionHeadTransform`: dense, activation (`hidden_act`), LayerNorm. */
export class BertPredictionHeadTransform extends Module<[tf.Tensor3D], tf.Tensor3D> {
  readonly dense: Linear;
  readonly transform_act_fn: ActivationModule;
  readonly LayerNorm: LayerNorm;

  constructor(settings: BertSettings) {
    super();
    this.dense = this.registerModule('dense', new Linear(settings.hiddenSize, settings.hiddenSize));
    this.transform_act_fn = this.registerModule('transform_act_fn', new ActivationModule(settings.hiddenAct));
    this.LayerNorm = this.registerModule(
      'LayerNorm',
      new LayerNorm(settings.hiddenSize, settings.layerNormEps),
    );
  }

  forward(hiddenStates: tf.Tensor3D): tf.Tensor3D {
    return tf.tidy(
      () => this.LayerNorm.call(this.transform_act_fn.call(this.dense.call(hiddenStates))) as tf.Tensor3D,
    );
  }
}

/** transformers' `BertLMPredictionHead`: transform, then the (tied) decoder with its own `bias`. */
export class BertLMPredictionHead extends Module<[tf.Tensor3D], tf.Tensor3D> {
  readonly bias: Parameter;
  readonly transform: BertPredictionHeadTransform;
  readonly decoder: Linear;

  /** `wordEmbeddings` is the matrix to tie the decoder to, or undefined for an untied decoder. */
  constructor(settings: BertSettings, wordEmbeddings: Parameter | undefined) {
    super();
    this.bias = this.registerParameter('bias', zerosParameter([settings.vocabSize]));
    this.transform = this.registerModule('transform', new BertPredictionHeadTransform(settings));
    this.decoder = this.registerModule(
      'decoder',
      vocabularyDecoder(settings.hiddenSize, settings.vocabSize, this.bias, wordEmbeddings),
    );
  }

  forward(hiddenStates: tf.Tensor3D): tf.Tensor3D {
    return tf.tidy(() => this.decoder.call(this.transform.call(hiddenStates)) as tf.Tensor3D);
  }
}

/** transformers' `BertOnlyMLMHead` (`cls` of {@link BertForMaskedLM}). */
export class BertOnlyMLMHead extends Module<[tf.Tensor3D], tf.Tensor3D> {
  readonly predictions: BertLMPredictionHead;

  constructor(settings: BertSettings, wordEmbeddings: Parameter | undefined) {
    super();
    this.predictions = this.registerModule('predictions', new BertLMPredictionHead(settings, wordEmbeddings));
  }

  forward(sequenceOutput: tf.Tensor3D): tf.Tensor3D {
    return this.predictions.call(sequenceOutput);
  }
}

/** transformers' `BertPreTrainingHeads` (`cls` of {@link BertForPreTraining}): MLM and next-sentence heads. */
export class BertPreTrainingHeads extends Module<[tf.Tensor3D, tf.Tensor2D], [tf.Tensor3D, tf.Tensor2D]> {
  readonly predictions: BertLMPredictionHead;
  readonly seq_relationship: Linear;

  constructor(settings: BertSettings, wordEmbeddings: Parameter | undefined) {
    super();
    this.predictions = this.registerModule('predictions', new BertLMPredictionHead(settings, wordEmbeddings));
    this.seq_relationship = this.registerModule('seq_relationship', new Linear(settings.hiddenSize, 2));
  }

  forward(sequenceOutput: tf.Tensor3D, pooledOutput: tf.Tensor2D): [tf.Tensor3D, tf.Tensor2D] {
    return [this.predictions.call(sequenceOutput), this.seq_relationship.call(pooledOutput) as tf.Tensor2D];
  }
}

/** The keys of the MLM decoder that alias other parameters (absent from `save_pretrained` files). */
function decoderTiedKeys(prefix: string, tied: boolean): string[] {
  return [...(tied ? [`${prefix}.decoder.weight`] : []), `${prefix}.decoder.bias`];
}

/** transformers' `BertForMaskedLM`: `bert` without pooler, `cls` MLM head; logits `[batch, seq, vocab]`. */
export class BertForMaskedLM extends BertPreTrainedModel {
  readonly hasBaseModelPrefix: boolean = true;
  readonly bert: BertModel;
  readonly cls: BertOnlyMLMHead;

  constructor(config: PretrainedConfig) {
    super(config);
    this.bert = this.registerModule('bert', new BertModel(config, { addPoolingLayer: false }, this.settings));
    const tied = this.settings.tieWordEmbeddings ? this.bert.embeddings.word_embeddings.weight : undefined;
    this.cls = this.registerModule('cls', new BertOnlyMLMHead(this.settings, tied));
  }

  override tiedKeys(): string[] {
    return decoderTiedKeys('cls.predictions', this.settings.tieWordEmbeddings);
  }

  protected compute(inputs: NormalizedInputs): ModelOutput {
    const { lastHiddenState } = this.bert.call(inputs);
    return { lastHiddenState, logits: this.cls.call(lastHiddenState) };
  }
}

/** Output of {@link BertForPreTraining}: MLM `logits` plus next-sentence logits `[batch, 2]`. */
export interface BertForPreTrainingOutput extends ModelOutput {
  seqRelationshipLogits: tf.Tensor2D;
}

/** transformers' `BertForPreTraining`: `bert` with pooler, `cls` MLM + next-sentence heads. */
export class BertForPreTraining extends BertPreTrainedModel {
  readonly hasBaseModelPrefix: boolean = true;
  readonly bert: BertModel;
  readonly cls: BertPreTrainingHeads;

  constructor(config: PretrainedConfig) {
    super(config);
    this.bert = this.registerModule('bert', new BertModel(config, {}, this.settings));
    const tied = this.settings.tieWordEmbeddings ? this.bert.embeddings.word_embeddings.weight : undefined;
    this.cls = this.registerModule('cls', new BertPreTrainingHeads(this.settings, tied));
  }

  override tiedKeys(): string[] {
    return decoderTiedKeys('cls.predictions', this.settings.tieWordEmbeddings);
  }

  protected compute(inputs: NormalizedInputs): BertForPreTrainingOutput {
    const { lastHiddenState, poolerOutput } = this.bert.call(inputs);
    const [logits, seqRelationshipLogits] = this.cls.call(lastHiddenState, poolerOutput!);
    return { lastHiddenState, poolerOutput, logits, seqRelationshipLogits };
  }
}

/**
 * transformers' `BertForSequenceClassification`: dropout and a `classifier` Linear on the pooled
 * output; logits `[batch, numLabels]`.
 */
export class BertForSequenceClassification extends BertPreTrainedModel {
  readonly hasBaseModelPrefix: boolean = true;
  readonly bert: BertModel;
  readonly dropout: Dropout;
  readonly classifier: Linear;

  constructor(config: PretrainedConfig) {
    super(config);
    this.bert = this.registerModule('bert', new BertModel(config, {}, this.settings));
    this.dropout = this.registerModule('dropout', new Dropout(this.settings.classifierDropout));
    this.classifier = this.registerModule(
      'classifier',
      new Linear(this.settings.hiddenSize, this.settings.numLabels),
    );
  }

  protected compute(inputs: NormalizedInputs): ModelOutput {
    const { lastHiddenState, poolerOutput } = this.bert.call(inputs);
    const logits = this.classifier.call(this.dropout.call(poolerOutput!));
    return { lastHiddenState, poolerOutput, logits };
  }
}

/**
 * transformers' `BertForTokenClassification`: `bert` without pooler, dropout and a `classifier`
 * Linear on every position; logits `[batch, seq, numLabels]`.
 */
export class BertForTokenClassification extends BertPreTrainedModel {
  readonly hasBaseModelPrefix: boolean = true;
  readonly bert: BertModel;
  readonly dropout: Dropout;
  readonly classifier: Linear;

  constructor(config: PretrainedConfig) {
    super(config);
    this.bert = this.registerModule('bert', new BertModel(config, { addPoolingLayer: false }, this.settings));
    this.dropout = this.registerModule('dropout', new Dropout(this.settings.classifierDropout));
    this.classifier = this.registerModule(
      'classifier',
      new Linear(this.settings.hiddenSize, this.settings.numLabels),
    );
  }

  protected compute(inputs: NormalizedInputs): ModelOutput {
    const { lastHiddenState } = this.bert.call(inputs);
    return { lastHiddenState, logits: this.classifier.call(this.dropout.call(lastHiddenState)) };
  }
}
