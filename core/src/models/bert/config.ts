import { DeltahubError } from '../../errors.js';
import type { PretrainedConfig } from '../config.js';
import { configBoolean, configHeads, configNumber, configString, numLabels } from '../config.js';

/**
 * The settings a BERT-family model is built from, read once from the snake_case `config.json` with
 * the defaults of transformers' `BertConfig` (RoBERTa overrides a few of them).
 */
export interface BertSettings {
  readonly vocabSize: number;
  readonly hiddenSize: number;
  readonly numHiddenLayers: number;
  readonly numAttentionHeads: number;
  readonly intermediateSize: number;
  /** Name of the feed-forward activation (`gelu`...), as in `hidden_act`. */
  readonly hiddenAct: string;
  readonly hiddenDropoutProb: number;
  readonly attentionProbsDropoutProb: number;
  readonly maxPositionEmbeddings: number;
  readonly typeVocabSize: number;
  readonly initializerRange: number;
  readonly layerNormEps: number;
  /** Padding token id; `null` when the config sets none (the word embedding then has no padding row). */
  readonly padTokenId: number | null;
  /** Dropout of classification heads: `classifier_dropout`, else `hidden_dropout_prob`. */
  readonly classifierDropout: number;
  /** Whether the MLM decoder shares the word embedding matrix (`tie_word_embeddings`, default true). */
  readonly tieWordEmbeddings: boolean;
  /** BERT used as a decoder: self-attention becomes causal. */
  readonly isDecoder: boolean;
  /** Labels of sequence classification heads (`num_labels`, else `id2label`'s size, else 2). */
  readonly numLabels: number;
}

/** Defaults that differ between members of the BERT family (`BertConfig` vs `RobertaConfig`). */
export interface BertFamilyDefaults {
  readonly vocabSize: number;
  readonly padTokenId: number;
}

/** transformers' `BertConfig` defaults. */
export const BERT_DEFAULTS: BertFamilyDefaults = { vocabSize: 30522, padTokenId: 0 };

/** A number key that may be `null` in the JSON (transformers' `Optional[int]`); absent → `fallback`. */
function nullableNumber(config: PretrainedConfig, key: string, fallback: number | null): number | null {
  if (config[key] === null) return null;
  if (config[key] === undefined) return fallback;
  return configNumber(config, key);
}

/**
 * Reads and checks a BERT-family config. Options this implementation does not support (relative
 * position embeddings, cross-attention) are a typed error rather than silently different outputs.
 */
export function readBertSettings(
  config: PretrainedConfig,
  defaults: BertFamilyDefaults = BERT_DEFAULTS,
): BertSettings {
  const hiddenSize = configNumber(config, 'hidden_size', 768);
  const numAttentionHeads = configHeads(config, 'num_attention_heads', 12, 'hidden_size', hiddenSize);
  const positionEmbeddingType = configString(config, 'position_embedding_type', 'absolute');
  if (positionEmbeddingType !== 'absolute') {
    throw new DeltahubError(
      'CONFIG_UNSUPPORTED',
      `position_embedding_type '${positionEmbeddingType}' is not supported for model_type '${config.model_type}' (only 'absolute').`,
    );
  }
  if (configBoolean(config, 'add_cross_attention', false)) {
    throw new DeltahubError(
      'CONFIG_UNSUPPORTED',
      `add_cross_attention is not supported for model_type '${config.model_type}'.`,
    );
  }
  const hiddenDropoutProb = configNumber(config, 'hidden_dropout_prob', 0.1);
  return {
    vocabSize: configNumber(config, 'vocab_size', defaults.vocabSize),
    hiddenSize,
    numHiddenLayers: configNumber(config, 'num_hidden_layers', 12),
    numAttentionHeads,
    intermediateSize: configNumber(config, 'intermediate_size', 3072),
    hiddenAct: configString(config, 'hidden_act', 'gelu'),
    hiddenDropoutProb,
    attentionProbsDropoutProb: configNumber(config, 'attention_probs_dropout_prob', 0.1),
    maxPositionEmbeddings: configNumber(config, 'max_position_embeddings', 512),
    typeVocabSize: configNumber(config, 'type_vocab_size', 2),
    initializerRange: configNumber(config, 'initializer_range', 0.02),
    layerNormEps: configNumber(config, 'layer_norm_eps', 1e-12),
    padTokenId: nullableNumber(config, 'pad_token_id', defaults.padTokenId),
    classifierDropout: nullableNumber(config, 'classifier_dropout', null) ?? hiddenDropoutProb,
    tieWordEmbeddings: configBoolean(config, 'tie_word_embeddings', true),
    isDecoder: configBoolean(config, 'is_decoder', false),
    numLabels: numLabels(config),
  };
}
