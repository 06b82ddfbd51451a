import { Dropout } from '../../nn/dropout.js';
import { withoutRandomInit } from '../../nn/init.js';
import { Linear } from '../../nn/linear.js';
import { LayerNorm } from '../../nn/normalization.js';
import { tf } from '../../runtime/tf.js';
import type { PretrainedConfig } from '../config.js';
import type { ModelOutput, NormalizedInputs } from '../inputs.js';
import { PreTrainedModel } from '../pretrained-model.js';
import { ActivationModule } from '../../nn/activation-module.js';
import { distilBertSettings, type DistilBertConfig, type DistilBertSettings } from './config.js';
import { initDistilBertWeights } from './init.js';
import { DistilBertModel } from './model.js';
import { tieWeight } from '../tying.js';

/** Shared by the DistilBERT head models: the base model under `distilbert`. */
abstract class DistilBertHeadModel extends PreTrainedModel<DistilBertConfig> {
  static readonly modelType = 'distilbert';
  readonly baseModelPrefix = 'distilbert';
  readonly hasBaseModelPrefix = true;
  readonly settings: DistilBertSettings;

  constructor(config: PretrainedConfig) {
    super(config as DistilBertConfig);
    this.settings = distilBertSettings(config);
  }

  initWeights(): void {
    initDistilBertWeights(this, this.settings);
  }
}

/**
 * DistilBERT with its masked-language-modelling head (transformers' `DistilBertForMaskedLM`):
 * `vocab_transform` → activation → `vocab_layer_norm` → `vocab_projector`, the projector's weight tied
 * to the word embeddings (unless `tie_word_embeddings` is false). Returns `logits` `[batch, seq, vocab]`.
 */
export class DistilBertForMaskedLM extends DistilBertHeadModel {
  readonly activation: ActivationModule;
  readonly distilbert: DistilBertModel;
  readonly vocabTransform: Linear;
  readonly vocabLayerNorm: LayerNorm;
  readonly vocabProjector: Linear;

  constructor(config: PretrainedConfig) {
    super(config);
    const { dim, vocabSize, tieWordEmbeddings } = this.settings;
    // Registration order follows transformers (the activation comes first there too).
    this.activation = this.registerModule('activation', new ActivationModule(this.settings.activation));
    this.distilbert = this.registerModule('distilbert', new DistilBertModel(config));
    this.vocabTransform = this.registerModule('vocab_transform', new Linear(dim, dim));
    this.vocabLayerNorm = this.registerModule('vocab_layer_norm', new LayerNorm(dim, 1e-12));
    // A tied projector's own weight is thrown away at once: no point drawing random numbers for it.
    const build = (): Linear => new Linear(dim, vocabSize);
    this.vocabProjector = this.registerModule(
      'vocab_projector',
      tieWordEmbeddings ? withoutRandomInit(build) : build(),
    );
    if (tieWordEmbeddings) tieWeight(this.vocabProjector, this.distilbert.embeddings.wordEmbeddings.weight);
  }

  override tiedKeys(): string[] {
    return this.settings.tieWordEmbeddings ? ['vocab_projector.weight'] : [];
  }

  protected compute(inputs: NormalizedInputs): ModelOutput {
    const { lastHiddenState } = this.distilbert.call(inputs);
    const transformed = this.activation.call(this.vocabTransform.call(lastHiddenState));
    const logits = this.vocabProjector.call(this.vocabLayerNorm.call(transformed));
    return { lastHiddenState, logits };
  }
}

/**
 * DistilBERT with a sequence classification head (transformers' `DistilBertForSequenceClassification`):
 * the first token's hidden state → `pre_classifier` → ReLU → dropout (`seq_classif_dropout`) →
 * `classifier`. Returns `logits` `[batch, numLabels]`.
 */
export class DistilBertForSequenceClassification extends DistilBertHeadModel {
  readonly distilbert: DistilBertModel;
  readonly preClassifier: Linear;
  readonly classifier: Linear;
  readonly dropout: Dropout;

  constructor(config: PretrainedConfig) {
    super(config);
    const { dim, numLabels, seqClassifDropout } = this.settings;
    this.distilbert = this.registerModule('distilbert', new DistilBertModel(config));
    this.preClassifier = this.registerModule('pre_classifier', new Linear(dim, dim));
    this.classifier = this.registerModule('classifier', new Linear(dim, numLabels));
    this.dropout = this.registerModule('dropout', new Dropout(seqClassifDropout));
  }

  protected compute(inputs: NormalizedInputs): ModelOutput {
    const { lastHiddenState } = this.distilbert.call(inputs);
    const [batch, , dim] = lastHiddenState.shape;
    const first = tf.slice(lastHiddenState, [0, 0, 0], [batch, 1, dim]).reshape([batch, dim]);
    const pooled = this.dropout.call(tf.relu(this.preClassifier.call(first)));
    return { lastHiddenState, logits: this.classifier.call(pooled) };
  }
}

/**
 * DistilBERT with a token classification head (transformers' `DistilBertForTokenClassification`):
 * dropout (`dropout`) and a `classifier` Linear on every position; logits `[batch, seq, numLabels]`.
 */
export class DistilBertForTokenClassification extends DistilBertHeadModel {
  readonly distilbert: DistilBertModel;
  readonly dropout: Dropout;
  readonly classifier: Linear;

  constructor(config: PretrainedConfig) {
    super(config);
    const { dim, numLabels, dropout } = this.settings;
    this.distilbert = this.registerModule('distilbert', new DistilBertModel(config));
    this.dropout = this.registerModule('dropout', new Dropout(dropout));
    this.classifier = this.registerModule('classifier', new Linear(dim, numLabels));
  }

  protected compute(inputs: NormalizedInputs): ModelOutput {
    const { lastHiddenState } = this.distilbert.call(inputs);
    return { lastHiddenState, logits: this.classifier.call(this.dropout.call(lastHiddenState)) };
  }
}
