import type { PretrainedConfig } from '../config.js';
import { configBoolean, configHeads, configNumber, configString, numLabels } from '../config.js';

/** A DistilBERT `config.json` (transformers' `DistilBertConfig`), snake_case as on the hub. */
export interface DistilBertConfig extends PretrainedConfig {
  model_type: 'distilbert';
  vocab_size?: number;
  max_position_embeddings?: number;
  sinusoidal_pos_embds?: boolean;
  n_layers?: number;
  n_heads?: number;
  dim?: number;
  hidden_dim?: number;
  dropout?: number;
  attention_dropout?: number;
  activation?: string;
  initializer_range?: number;
  seq_classif_dropout?: number;
  pad_token_id?: number | null;
  tie_word_embeddings?: boolean;
}

/** The DistilBERT hyperparameters in camelCase, with transformers' defaults filled in. */
export interface DistilBertSettings {
  readonly vocabSize: number;
  readonly maxPositionEmbeddings: number;
  /** Fixed sinusoidal position embeddings (not trained) instead of learned ones. */
  readonly sinusoidalPosEmbds: boolean;
  readonly nLayers: number;
  readonly nHeads: number;
  /** Hidden size. */
  readonly dim: number;
  /** Feed-forward inner size. */
  readonly hiddenDim: number;
  readonly dropout: number;
  readonly attentionDropout: number;
  /** Name of the feed-forward (and MLM head) activation, e.g. `gelu`. */
  readonly activation: string;
  readonly initializerRange: number;
  readonly seqClassifDropout: number;
  /** Row of the word embeddings kept at zero at initialisation; null when the config has none. */
  readonly padTokenId: number | null;
  /** Whether the MLM projector shares the word embedding matrix. */
  readonly tieWordEmbeddings: boolean;
  readonly numLabels: number;
}

/** Reads a DistilBERT config with the defaults of transformers' `DistilBertConfig`. */
export function distilBertSettings(config: PretrainedConfig): DistilBertSettings {
  const dim = configNumber(config, 'dim', 768);
  const nHeads = configHeads(config, 'n_heads', 12, 'dim', dim);
  const pad = config['pad_token_id'];
  return {
    vocabSize: configNumber(config, 'vocab_size', 30522),
    maxPositionEmbeddings: configNumber(config, 'max_position_embeddings', 512),
    sinusoidalPosEmbds: configBoolean(config, 'sinusoidal_pos_embds', false),
    nLayers: configNumber(config, 'n_layers', 6),
    nHeads,
    dim,
    hiddenDim: configNumber(config, 'hidden_dim', 4 * 768),
    dropout: configNumber(config, 'dropout', 0.1),
    attentionDropout: configNumber(config, 'attention_dropout', 0.1),
    activation: configString(config, 'activation', 'gelu'),
    initializerRange: configNumber(config, 'initializer_range', 0.02),
    seqClassifDropout: configNumber(config, 'seq_classif_dropout', 0.2),
    // transformers' default is 0; an explicit null means "no padding row".
    padTokenId: pad === null ? null : configNumber(config, 'pad_token_id', 0),
    tieWordEmbeddings: configBoolean(config, 'tie_word_embeddings', true),
    numLabels: numLabels(config),
  };
}
