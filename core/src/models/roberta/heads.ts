import { gelu } from '../../nn/activations.js';
import { Dropout } from '../../nn/dropout.js';
import { zerosParameter } from '../../nn/init.js';
import { Linear } from '../../nn/linear.js';
import { Module, type Parameter } from '../../nn/module.js';
import { LayerNorm } from '../../nn/normalization.js';
import { tf } from '../../runtime/tf.js';
import type { PretrainedConfig } from '../config.js';
import type { ModelOutput, NormalizedInputs } from '../inputs.js';
import type { BertSettings } from '../bert/config.js';
import { vocabularyDecoder } from '../bert/heads.js';
import { RobertaModel, RobertaPreTrainedModel } from './model.js';

/**
 * transformers' `RobertaLMHead`: dense, exact GELU (always, whatever `hidden_act` says), `layer_norm`,
 * then the decoder tied to the word embeddings with `bias` aliased as `decoder.bias`.
 */
export class RobertaLMHead extends Module<[tf.Tensor3D], tf.Tensor3D> {
  readonly dense: Linear;
  readonly layer_norm: LayerNorm;
  readonly decoder: Linear;
  readonly bias: Parameter;

  /** `wordEmbeddings` is the matrix to tie the decoder to, or undefined for an untied decoder. */
  constructor(settings: BertSettings, wordEmbeddings: Parameter | undefined) {
    super();
    this.dense = this.registerModule('dense', new Linear(settings.hiddenSize, settings.hiddenSize));
    this.layer_norm = this.registerModule(
      'layer_norm',
      new LayerNorm(settings.hiddenSize, settings.layerNormEps),
    );
    const bias = zerosParameter([settings.vocabSize]);
    this.decoder = this.registerModule(
      'decoder',
      vocabularyDecoder(settings.hiddenSize, settings.vocabSize, bias, wordEmbeddings),
    );
    this.bias = this.registerParameter('bias', bias);
  }

  forward(features: tf.Tensor3D): tf.Tensor3D {
    return tf.tidy(
      () => this.decoder.call(this.layer_norm.call(gelu(this.dense.call(features)))) as tf.Tensor3D,
    );
  }
}

/**
 * transformers' `RobertaClassificationHead`: on the `<s>` token, dropout → dense → tanh → dropout →
 * `out_proj`.
 */
export class RobertaClassificationHead extends Module<[tf.Tensor3D], tf.Tensor2D> {
  readonly dense: Linear;
  readonly dropout: Dropout;
  readonly out_proj: Linear;

  constructor(settings: BertSettings) {
    super();
    this.dense = this.registerModule('dense', new Linear(settings.hiddenSize, settings.hiddenSize));
    this.dropout = this.registerModule('dropout', new Dropout(settings.classifierDropout));
    this.out_proj = this.registerModule('out_proj', new Linear(settings.hiddenSize, settings.numLabels));
  }

  forward(features: tf.Tensor3D): tf.Tensor2D {
    return tf.tidy(() => {
      const [batch, , hidden] = features.shape;
      let x = features.slice([0, 0, 0], [batch, 1, hidden]).reshape([batch, hidden]);
      x = this.dropout.call(x);
      x = tf.tanh(this.dense.call(x));
      x = this.dropout.call(x);
      return this.out_proj.call(x) as tf.Tensor2D;
    });
  }
}

/** transformers' `RobertaForMaskedLM`: `roberta` without pooler and `lm_head`; logits `[batch, seq, vocab]`. */
export class RobertaForMaskedLM extends RobertaPreTrainedModel {
  readonly hasBaseModelPrefix: boolean = true;
  readonly roberta: RobertaModel;
  readonly lm_head: RobertaLMHead;

  constructor(config: PretrainedConfig) {
    super(config);
    this.roberta = this.registerModule(
      'roberta',
      new RobertaModel(config, { addPoolingLayer: false }, this.settings),
    );
    const tied = this.settings.tieWordEmbeddings ? this.roberta.embeddings.word_embeddings.weight : undefined;
    this.lm_head = this.registerModule('lm_head', new RobertaLMHead(this.settings, tied));
  }

  override tiedKeys(): string[] {
    return [...(this.settings.tieWordEmbeddings ? ['lm_head.decoder.weight'] : []), 'lm_head.decoder.bias'];
  }

  protected compute(inputs: NormalizedInputs): ModelOutput {
    const { lastHiddenState } = this.roberta.call(inputs);
    return { lastHiddenState, logits: this.lm_head.call(lastHiddenState) };
  }
}

/**
 * transformers' `RobertaForSequenceClassification`: `roberta` without pooler and a
 * {@link RobertaClassificationHead} named `classifier`; logits `[batch, numLabels]`.
 */
export class RobertaForSequenceClassification extends RobertaPreTrainedModel {
  readonly hasBaseModelPrefix: boolean = true;
  readonly roberta: RobertaModel;
  readonly classifier: RobertaClassificationHead;

  constructor(config: PretrainedConfig) {
    super(config);
    this.roberta = this.registerModule(
      'roberta',
      new RobertaModel(config, { addPoolingLayer: false }, this.settings),
    );
    this.classifier = this.registerModule('classifier', new RobertaClassificationHead(this.settings));
  }

  protected compute(inputs: NormalizedInputs): ModelOutput {
    const { lastHiddenState } = this.roberta.call(inputs);
    return { lastHiddenState, logits: this.classifier.call(lastHiddenState) };
  }
}

/**
 * transformers' `RobertaForTokenClassification`: `roberta` without pooler, dropout
 * (`classifier_dropout`, else `hidden_dropout_prob`) and a `classifier` Linear on every position;
 * logits `[batch, seq, numLabels]`.
 */
export class RobertaForTokenClassification extends RobertaPreTrainedModel {
  readonly hasBaseModelPrefix: boolean = true;
  readonly roberta: RobertaModel;
  readonly dropout: Dropout;
  readonly classifier: Linear;

  constructor(config: PretrainedConfig) {
    super(config);
    this.roberta = this.registerModule(
      'roberta',
      new RobertaModel(config, { addPoolingLayer: false }, this.settings),
    );
    this.dropout = this.registerModule('dropout', new Dropout(this.settings.classifierDropout));
    this.classifier = this.registerModule(
      'classifier',
      new Linear(this.settings.hiddenSize, this.settings.numLabels),
    );
  }

  protected compute(inputs: NormalizedInputs): ModelOutput {
    const { lastHiddenState } = this.roberta.call(inputs);
    return { lastHiddenState, logits: this.classifier.call(this.dropout.call(lastHiddenState)) };
  }
}
