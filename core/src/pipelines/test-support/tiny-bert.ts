/**
 * Pipelines need a model whose vocabulary is a real tokenizer's: tiny BERTs (hidden size 32, two
 * layers, randomly initialised) with bert-base-uncased's 30522 ids, and that tokenizer.
 */
import { join } from 'node:path';
// Registers BERT with the Auto classes.
import '../../models/bert/index.js';
import type { PretrainedConfig } from '../../models/config.js';
import type { AutoModelClass } from '../../models/auto.js';
import type { PreTrainedModel } from '../../models/pretrained-model.js';
import { AutoTokenizer } from '../../tokenizers/auto.js';
import type { PreTrainedTokenizer } from '../../tokenizers/tokenizer.js';
import { TOKENIZER_FIXTURES } from '../../tokenizers/test-support/fixtures.js';

/** A tiny BERT config with bert-base-uncased's vocabulary size. */
export function tinyBertConfig(extra: Partial<PretrainedConfig> = {}): PretrainedConfig {
  return {
    model_type: 'bert',
    vocab_size: 30522,
    hidden_size: 32,
    num_hidden_layers: 2,
    num_attention_heads: 4,
    intermediate_size: 37,
    max_position_embeddings: 128,
    type_vocab_size: 2,
    pad_token_id: 0,
    ...extra,
  };
}

/** bert-base-uncased's tokenizer (the real files). */
export function bertTokenizer(): Promise<PreTrainedTokenizer> {
  return AutoTokenizer.fromPretrained(join(TOKENIZER_FIXTURES, 'bert-base-uncased'));
}

/** A tiny BERT with `auto`'s head, randomly initialised, in eval mode. */
export function tinyBert(auto: AutoModelClass, extra: Partial<PretrainedConfig> = {}): PreTrainedModel {
  return auto.fromConfig(tinyBertConfig(extra)).eval();
}
