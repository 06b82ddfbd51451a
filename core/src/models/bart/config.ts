import { DeltahubError } from '../../errors.js';
import type { PretrainedConfig } from '../config.js';
import { configBoolean, configHeads, configNumber, configString, numLabels } from '../config.js';

/**
 * The settings a BART model is built from, read once from the snake_case `config.json` with the
 * defaults of transformers' `BartConfig` (4.32).
 */
export interface BartSettings {
  readonly vocabSize: number;
  /** Rows of the learned position tables before BART's offset of 2. */
  readonly maxPositionEmbeddings: number;
  readonly dModel: number;
  readonly encoderLayers: number;
  readonly encoderFfnDim: number;
  readonly encoderAttentionHeads: number;
  readonly decoderLayers: number;
  readonly decoderFfnDim: number;
  readonly decoderAttentionHeads: number;
  /** Probability of skipping a whole encoder layer while training (LayerDrop). */
  readonly encoderLayerdrop: number;
  readonly decoderLayerdrop: number;
  /** Feed-forward activation name (`activation_function`, default `gelu`). */
  readonly activationFunction: string;
  /** Dropout on embeddings and on each sub-layer's output. */
  readonly dropout: number;
  /** Dropout on attention probabilities. */
  readonly attentionDropout: number;
  /** Dropout after the feed-forward activation. */
  readonly activationDropout: number;
  /** Dropout of the classification head (`classifier_dropout`; `null` counts as 0). */
  readonly classifierDropout: number;
  /** Standard deviation of the normal weight initialisation (`init_std`). */
  readonly initStd: number;
  /** Multiply token embeddings by √d_model (`scale_embedding`). */
  readonly scaleEmbedding: boolean;
  readonly padTokenId: number;
  readonly eosTokenId: number;
  /** First decoder token when decoder inputs are derived from `inputIds`; `null` when unset. */
  readonly decoderStartTokenId: number | null;
  /** Whether `lm_head` shares the token embedding matrix (`tie_word_embeddings`, default true). */
  readonly tieWordEmbeddings: boolean;
  /** Labels of the classification head: `num_labels`, else `id2label`'s size, else BartConfig's 3. */
  readonly numLabels: number;
}

/** A number key that may be `null` in the JSON (transformers' `Optional[int]`); absent → `fallback`. */
function nullableNumber(config: PretrainedConfig, key: string, fallback: number | null): number | null {
  if (config[key] === null) return null;
  if (config[key] === undefined) return fallback;
  return configNumber(config, key);
}

/** Reads and checks a BART config (`model_type: 'bart'`). */
export function readBartSettings(config: PretrainedConfig): BartSettings {
  const dModel = configNumber(config, 'd_model', 1024);
  const padTokenId = nullableNumber(config, 'pad_token_id', 1);
  if (padTokenId === null) {
    // BART's embeddings and shift_tokens_right both need it; transformers asserts the same.
    throw new DeltahubError('CONFIG_INVALID', 'BART needs a pad_token_id (config.json sets it to null).');
  }
  // BartConfig defaults num_labels to 3, unlike PretrainedConfig's 2.
  const labels = config.num_labels !== undefined || config.id2label !== undefined ? numLabels(config) : 3;
  return {
    vocabSize: configNumber(config, 'vocab_size', 50265),
    maxPositionEmbeddings: configNumber(config, 'max_position_embeddings', 1024),
    dModel,
    encoderLayers: configNumber(config, 'encoder_layers', 12),
    encoderFfnDim: configNumber(config, 'encoder_ffn_dim', 4096),
    encoderAttentionHeads: configHeads(config, 'encoder_attention_heads', 16, 'd_model', dModel),
    decoderLayers: configNumber(config, 'decoder_layers', 12),
    decoderFfnDim: configNumber(config, 'decoder_ffn_dim', 4096),
    decoderAttentionHeads: configHeads(config, 'decoder_attention_heads', 16, 'd_model', dModel),
    encoderLayerdrop: configNumber(config, 'encoder_layerdrop', 0),
    decoderLayerdrop: configNumber(config, 'decoder_layerdrop', 0),
    activationFunction: configString(config, 'activation_function', 'gelu'),
    dropout: configNumber(config, 'dropout', 0.1),
    attentionDropout: configNumber(config, 'attention_dropout', 0),
    activationDropout: configNumber(config, 'activation_dropout', 0),
    classifierDropout: nullableNumber(config, 'classifier_dropout', 0) ?? 0,
    initStd: configNumber(config, 'init_std', 0.02),
    scaleEmbedding: configBoolean(config, 'scale_embedding', false),
    padTokenId,
    eosTokenId: configNumber(config, 'eos_token_id', 2),
    decoderStartTokenId: nullableNumber(config, 'decoder_start_token_id', 2),
    tieWordEmbeddings: configBoolean(config, 'tie_word_embeddings', true),
    numLabels: labels,
  };
}
