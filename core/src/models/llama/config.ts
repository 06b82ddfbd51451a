import { DeltahubError } from '../../errors.js';
import type { PretrainedConfig } from '../config.js';
import { configBoolean, configNumber, configString, numLabels } from '../config.js';

/** The `model_type`s one Llama implementation serves, as transformers' Llama, Mistral and Qwen2. */
export type LlamaFamily = 'llama' | 'mistral' | 'qwen2';

/** `rope_scaling` of a Llama-family `config.json` (`type` in older files, `rope_type` in newer). */
export interface RopeScalingConfig {
  rope_type?: string;
  type?: string;
  factor?: number;
  low_freq_factor?: number;
  high_freq_factor?: number;
  original_max_position_embeddings?: number;
}

/** A Llama, Mistral or Qwen2 `config.json`, snake_case as on the hub. */
export interface LlamaConfig extends PretrainedConfig {
  model_type: LlamaFamily;
  vocab_size?: number;
  hidden_size?: number;
  intermediate_size?: number;
  num_hidden_layers?: number;
  num_attention_heads?: number;
  num_key_value_heads?: number | null;
  head_dim?: number | null;
  hidden_act?: string;
  max_position_embeddings?: number;
  initializer_range?: number;
  rms_norm_eps?: number;
  rope_theta?: number;
  rope_scaling?: RopeScalingConfig | null;
  attention_bias?: boolean;
  attention_dropout?: number;
  mlp_bias?: boolean;
  sliding_window?: number | null;
  use_sliding_window?: boolean;
  max_window_layers?: number;
  pad_token_id?: number | null;
  tie_word_embeddings?: boolean;
}

/** Rotary position embedding parameters, as transformers' `modeling_rope_utils` reads them. */
export type RopeScaling =
  | { readonly type: 'default' }
  | { readonly type: 'linear'; readonly factor: number }
  | { readonly type: 'dynamic'; readonly factor: number }
  | {
      readonly type: 'llama3';
      readonly factor: number;
      readonly lowFreqFactor: number;
      readonly highFreqFactor: number;
      readonly originalMaxPositionEmbeddings: number;
    };

/** The Llama-family hyperparameters in camelCase, with the defaults of the family's config class. */
export interface LlamaSettings {
  readonly family: LlamaFamily;
  /** The class-name prefix of the family (`Llama`, `Mistral`, `Qwen2`), for module type names. */
  readonly typePrefix: string;
  readonly vocabSize: number;
  readonly hiddenSize: number;
  readonly intermediateSize: number;
  readonly numHiddenLayers: number;
  readonly numAttentionHeads: number;
  /** Key/value heads (grouped-query attention); equal to the attention heads without GQA. */
  readonly numKeyValueHeads: number;
  /** Width of one head: `head_dim`, else hidden_size / num_attention_heads. */
  readonly headDim: number;
  readonly hiddenAct: string;
  readonly maxPositionEmbeddings: number;
  readonly initializerRange: number;
  readonly rmsNormEps: number;
  readonly ropeTheta: number;
  readonly ropeScaling: RopeScaling;
  /** Biases on the query, key and value projections (Llama's `attention_bias`; always on in Qwen2). */
  readonly qkvBias: boolean;
  /** Bias on the output projection (Llama's `attention_bias`; never in Qwen2 or Mistral). */
  readonly outputBias: boolean;
  readonly mlpBias: boolean;
  readonly attentionDropout: number;
  /**
   * Per layer, how many past positions a query sees (itself included), or undefined for all:
   * Mistral's `sliding_window`, Qwen2's when `use_sliding_window` (layers from `max_window_layers` on).
   */
  readonly slidingWindows: readonly (number | undefined)[];
  readonly padTokenId: number | undefined;
  readonly tieWordEmbeddings: boolean;
  readonly numLabels: number;
}

/** What differs between the families' config classes (transformers' defaults). */
const FAMILY_DEFAULTS: Readonly<
  Record<
    LlamaFamily,
    {
      typePrefix: string;
      vocabSize: number;
      intermediateSize: number;
      maxPositionEmbeddings: number;
      /** Default key/value heads; undefined means as many as the attention heads. */
      numKeyValueHeads?: number;
    }
  >
> = {
  llama: { typePrefix: 'Llama', vocabSize: 32000, intermediateSize: 11008, maxPositionEmbeddings: 2048 },
  mistral: {
    typePrefix: 'Mistral',
    vocabSize: 32000,
    intermediateSize: 14336,
    maxPositionEmbeddings: 4096 * 32,
    numKeyValueHeads: 8,
  },
  qwen2: { typePrefix: 'Qwen2', vocabSize: 151936, intermediateSize: 22016, maxPositionEmbeddings: 32768 },
};

function invalid(config: PretrainedConfig, message: string): DeltahubError {
  return new DeltahubError('CONFIG_INVALID', `config.json of model_type '${config.model_type}': ${message}`);
}

function isFamily(modelType: string): modelType is LlamaFamily {
  return Object.hasOwn(FAMILY_DEFAULTS, modelType);
}

/** A positive integer config key (null counts as absent). */
function positiveInteger(config: PretrainedConfig, key: string, fallback: number): number {
  const value = configNumber(config, key, fallback);
  if (!Number.isInteger(value) || value <= 0) throw invalid(config, `'${key}' must be a positive integer.`);
  return value;
}

/** Reads `rope_scaling` as transformers' `rope_config_validation` accepts it. */
export function ropeScaling(config: PretrainedConfig): RopeScaling {
  const raw = config['rope_scaling'];
  if (raw === undefined || raw === null) return { type: 'default' };
  if (typeof raw !== 'object' || Array.isArray(raw))
    throw invalid(config, `'rope_scaling' must be an object.`);
  const scaling = raw as RopeScalingConfig;
  const type = scaling.rope_type ?? scaling.type;
  const number = (key: keyof RopeScalingConfig, fallback?: number): number => {
    const value = scaling[key] ?? fallback;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw invalid(config, `rope_scaling.${key} must be a number for rope type '${type}'.`);
    }
    return value;
  };
  const factor = (): number => {
    const value = number('factor');
    if (value < 1) throw invalid(config, `rope_scaling.factor must be at least 1 (got ${value}).`);
    return value;
  };
  switch (type) {
    case 'default':
      return { type: 'default' };
    case 'linear':
      return { type: 'linear', factor: factor() };
    case 'dynamic':
      return { type: 'dynamic', factor: factor() };
    case 'llama3': {
      const lowFreqFactor = number('low_freq_factor');
      const highFreqFactor = number('high_freq_factor');
      if (highFreqFactor <= lowFreqFactor) {
        throw invalid(config, 'rope_scaling.high_freq_factor must be larger than low_freq_factor.');
      }
      return {
        type: 'llama3',
        factor: factor(),
        lowFreqFactor,
        highFreqFactor,
        originalMaxPositionEmbeddings: number('original_max_position_embeddings'),
      };
    }
    default:
      throw invalid(
        config,
        `rope_scaling type '${String(type)}' is not supported (supported: default, linear, dynamic, llama3).`,
      );
  }
}

/** The sliding window of each layer (see {@link LlamaSettings.slidingWindows}). */
function slidingWindows(
  config: PretrainedConfig,
  family: LlamaFamily,
  layers: number,
): (number | undefined)[] {
  const window = config['sliding_window'];
  const none = Array.from({ length: layers }, (): number | undefined => undefined);
  if (family === 'llama' || window === null) return none;
  const size = positiveInteger(config, 'sliding_window', 4096);
  if (family === 'mistral') return none.map(() => size);
  if (!configBoolean(config, 'use_sliding_window', false)) return none;
  const from = configNumber(config, 'max_window_layers', 28);
  return none.map((_, layer) => (layer >= from ? size : undefined));
}

/** Reads a Llama, Mistral or Qwen2 config with the defaults of its transformers config class. */
export function llamaSettings(config: PretrainedConfig): LlamaSettings {
  const family = config.model_type;
  if (!isFamily(family)) throw invalid(config, 'not a Llama-family model_type (llama, mistral, qwen2).');
  const defaults = FAMILY_DEFAULTS[family];
  const hiddenSize = positiveInteger(config, 'hidden_size', 4096);
  const numAttentionHeads = positiveInteger(config, 'num_attention_heads', 32);
  const numKeyValueHeads = positiveInteger(
    config,
    'num_key_value_heads',
    defaults.numKeyValueHeads ?? numAttentionHeads,
  );
  if (numAttentionHeads % numKeyValueHeads !== 0) {
    throw invalid(
      config,
      `num_attention_heads (${numAttentionHeads}) is not a multiple of num_key_value_heads (${numKeyValueHeads}).`,
    );
  }
  const headDimGiven = config['head_dim'];
  if ((headDimGiven === undefined || headDimGiven === null) && hiddenSize % numAttentionHeads !== 0) {
    throw invalid(
      config,
      `hidden_size (${hiddenSize}) is not a multiple of num_attention_heads (${numAttentionHeads}).`,
    );
  }
  const headDim = positiveInteger(config, 'head_dim', hiddenSize / numAttentionHeads);
  if (headDim % 2 !== 0) throw invalid(config, `head_dim (${headDim}) must be even for rotary embeddings.`);
  const numHiddenLayers = positiveInteger(config, 'num_hidden_layers', 32);
  const attentionBias = configBoolean(config, 'attention_bias', false);
  const pad = config['pad_token_id'];
  return {
    family,
    typePrefix: defaults.typePrefix,
    vocabSize: positiveInteger(config, 'vocab_size', defaults.vocabSize),
    hiddenSize,
    intermediateSize: positiveInteger(config, 'intermediate_size', defaults.intermediateSize),
    numHiddenLayers,
    numAttentionHeads,
    numKeyValueHeads,
    headDim,
    hiddenAct: configString(config, 'hidden_act', 'silu'),
    maxPositionEmbeddings: positiveInteger(config, 'max_position_embeddings', defaults.maxPositionEmbeddings),
    initializerRange: configNumber(config, 'initializer_range', 0.02),
    rmsNormEps: configNumber(config, 'rms_norm_eps', 1e-6),
    ropeTheta: configNumber(config, 'rope_theta', 10000),
    ropeScaling: ropeScaling(config),
    qkvBias: family === 'qwen2' || (family === 'llama' && attentionBias),
    outputBias: family === 'llama' && attentionBias,
    mlpBias: family === 'llama' && configBoolean(config, 'mlp_bias', false),
    attentionDropout: configNumber(config, 'attention_dropout', 0),
    slidingWindows: slidingWindows(config, family, numHiddenLayers),
    padTokenId: pad === null || pad === undefined ? undefined : configNumber(config, 'pad_token_id'),
    tieWordEmbeddings: configBoolean(config, 'tie_word_embeddings', false),
    numLabels: numLabels(config),
  };
}
