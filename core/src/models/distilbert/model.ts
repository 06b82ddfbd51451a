import type { PretrainedConfig } from '../config.js';
import { additivePaddingMask, type ModelOutput, type NormalizedInputs } from '../inputs.js';
import { PreTrainedModel } from '../pretrained-model.js';
import { distilBertSettings, type DistilBertConfig, type DistilBertSettings } from './config.js';
import { Embeddings } from './embeddings.js';
import { initDistilBertWeights } from './init.js';
import { Transformer } from './layer.js';

/**
 * The bare DistilBERT encoder (transformers' `DistilBertModel`): `embeddings` and `transformer`, no
 * pooler. Returns `lastHiddenState`.
 */
export class DistilBertModel extends PreTrainedModel<DistilBertConfig> {
  static readonly modelType = 'distilbert';
  readonly baseModelPrefix = 'distilbert';
  readonly hasBaseModelPrefix = false;
  readonly settings: DistilBertSettings;
  readonly embeddings: Embeddings;
  readonly transformer: Transformer;

  constructor(config: PretrainedConfig) {
    super(config as DistilBertConfig);
    this.settings = distilBertSettings(config);
    this.embeddings = this.registerModule('embeddings', new Embeddings(this.settings));
    this.transformer = this.registerModule('transformer', new Transformer(this.settings));
  }

  initWeights(): void {
    initDistilBertWeights(this, this.settings);
  }

  protected compute(inputs: NormalizedInputs): ModelOutput {
    const embeddingInputs = {
      ...(inputs.inputIds && { inputIds: inputs.inputIds }),
      ...(inputs.inputsEmbeds && { inputsEmbeds: inputs.inputsEmbeds }),
      ...(inputs.positionIds && { positionIds: inputs.positionIds }),
    };
    const hidden = this.embeddings.call(embeddingInputs);
    // No mask given means every position is attended: skipping the all-zero additive mask is equivalent.
    const mask = inputs.attentionMask ? additivePaddingMask(inputs.attentionMask) : undefined;
    return { lastHiddenState: this.transformer.call(hidden, mask) };
  }
}
