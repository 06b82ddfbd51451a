import type { PretrainedConfig } from '../config.js';
import type { BertFamily } from '../bert/attention.js';
import type { BertSettings } from '../bert/config.js';
import type { BertEmbeddings } from '../bert/embeddings.js';
import { BertModel, BertPreTrainedModel, type BertModelOptions } from '../bert/model.js';
import { readRobertaSettings } from './config.js';
import { RobertaEmbeddings } from './embeddings.js';

/** Shared base of the RoBERTa head classes: RoBERTa config defaults, `roberta` prefix, BERT's init. */
export abstract class RobertaPreTrainedModel extends BertPreTrainedModel {
  static override readonly modelType: string = 'roberta';
  override readonly baseModelPrefix: string = 'roberta';

  constructor(config: PretrainedConfig) {
    super(config, readRobertaSettings(config));
  }
}

/**
 * transformers' `RobertaModel`: BERT's computation with {@link RobertaEmbeddings} and `Roberta*`
 * module type names (`RobertaLayer`, `RobertaSelfAttention`...).
 */
export class RobertaModel extends BertModel {
  static override readonly modelType: string = 'roberta';
  override readonly baseModelPrefix: string = 'roberta';

  constructor(config: PretrainedConfig, options: BertModelOptions = {}, settings?: BertSettings) {
    super(config, options, settings ?? readRobertaSettings(config));
  }

  protected override get family(): BertFamily {
    return 'Roberta';
  }

  protected override createEmbeddings(settings: BertSettings): BertEmbeddings {
    return new RobertaEmbeddings(settings);
  }
}
