import { DeltahubError } from '../../errors.js';
import type { PretrainedConfig } from '../config.js';
import { configBoolean, configHeads, configNumber, configString, numLabels } from '../config.js';

/** A GPT-2 `config.json` (transformers' `GPT2Config`), snake_case as on the hub. */
export interface GPT2Config extends PretrainedConfig {
  model_type: 'gpt2';
  vocab_size?: number;
  n_positions?: number;
  n_embd?: number;
  n_layer?: number;
  n_head?: number;
  n_inner?: number | null;
  activation_function?: string;
  resid_pdrop?: number;
  embd_pdrop?: number;
  attn_pdrop?: number;
  layer_norm_epsilon?: number;
  initializer_range?: number;
  scale_attn_weights?: boolean;
  scale_attn_by_inverse_layer_idx?: boolean;
  reorder_and_upcast_attn?: boolean;
  add_cross_attention?: boolean;
  pad_token_id?: number | null;
  tie_word_embeddings?: boolean;
}

/** The GPT-2 hyperparameters in camelCase, with transformers' defaults filled in. */
export interface GPT2Settings {
  readonly vocabSize: number;
  /** Learned positions (`n_positions`, a.k.a. `max_position_embeddings`). */
  readonly nPositions: number;
  /** Hidden size (`n_embd`). */
  readonly nEmbd: number;
  readonly nLayer: number;
  readonly nHead: number;
  /** Feed-forward inner size: `n_inner`, or 4·n_embd when null. */
  readonly nInner: number;
  readonly activationFunction: string;
  readonly residPdrop: number;
  readonly embdPdrop: number;
  readonly attnPdrop: number;
  readonly layerNormEpsilon: number;
  readonly initializerRange: number;
  /** Divide attention scores by √headDim. */
  readonly scaleAttnWeights: boolean;
  /** Also divide layer i's scores by i+1. */
  readonly scaleAttnByInverseLayerIdx: boolean;
  /** Token id marking padding, used by the classification head to find each row's last token. */
  readonly padTokenId: number | undefined;
  /** Whether `lm_head` shares the `wte` matrix. */
  readonly tieWordEmbeddings: boolean;
  readonly numLabels: number;
}

/** Reads a GPT-2 config with the defaults of transformers' `GPT2Config`. */
export function gpt2Settings(config: PretrainedConfig): GPT2Settings {
  const nEmbd = configNumber(config, 'n_embd', 768);
  const nHead = configHeads(config, 'n_head', 12, 'n_embd', nEmbd);
  if (configBoolean(config, 'add_cross_attention', false)) {
    throw new DeltahubError(
      'CONFIG_INVALID',
      'GPT-2 with add_cross_attention (encoder-decoder use) is not supported.',
    );
  }
  const pad = config['pad_token_id'];
  return {
    vocabSize: configNumber(config, 'vocab_size', 50257),
    nPositions: configNumber(config, 'n_positions', 1024),
    nEmbd,
    nLayer: configNumber(config, 'n_layer', 12),
    nHead,
    // `n_inner: null` (the hub's gpt2) means 4·n_embd; configNumber treats null as absent.
    nInner: configNumber(config, 'n_inner', 4 * nEmbd),
    activationFunction: configString(config, 'activation_function', 'gelu_new'),
    residPdrop: configNumber(config, 'resid_pdrop', 0.1),
    embdPdrop: configNumber(config, 'embd_pdrop', 0.1),
    attnPdrop: configNumber(config, 'attn_pdrop', 0.1),
    layerNormEpsilon: configNumber(config, 'layer_norm_epsilon', 1e-5),
    initializerRange: configNumber(config, 'initializer_range', 0.02),
    scaleAttnWeights: configBoolean(config, 'scale_attn_weights', true),
    scaleAttnByInverseLayerIdx: configBoolean(config, 'scale_attn_by_inverse_layer_idx', false),
    padTokenId: pad === null || pad === undefined ? undefined : configNumber(config, 'pad_token_id'),
    tieWordEmbeddings: configBoolean(config, 'tie_word_embeddings', true),
    numLabels: numLabels(config),
  };
}
