import type { PretrainedConfig } from '../config.js';
import { readBertSettings, type BertFamilyDefaults, type BertSettings } from '../bert/config.js';

/** transformers' `RobertaConfig` defaults where they differ from `BertConfig`'s. */
export const ROBERTA_DEFAULTS: BertFamilyDefaults = { vocabSize: 50265, padTokenId: 1 };

/** Reads a RoBERTa config: BERT's keys and defaults except the vocabulary size and padding id. */
export function readRobertaSettings(config: PretrainedConfig): BertSettings {
  return readBertSettings(config, ROBERTA_DEFAULTS);
}
