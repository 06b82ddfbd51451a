import { DeltahubError } from '../../errors.js';
import { configBoolean, configNumber, configString, type PretrainedConfig } from '../config.js';

/** The fields of a T5 `config.json` the backbone uses, camelCased, with transformers' defaults applied. */
export interface T5Settings {
  readonly vocabSize: number;
  /** Hidden size of every layer (`d_model`). */
  readonly dModel: number;
  /** Size of one attention head (`d_kv`); the attention inner size is `numHeads * dKv`. */
  readonly dKv: number;
  /** Feed-forward inner size (`d_ff`). */
  readonly dFf: number;
  /** Encoder blocks (`num_layers`). */
  readonly numLayers: number;
  /** Decoder blocks (`num_decoder_layers`, defaulting to `num_layers`). */
  readonly numDecoderLayers: number;
  readonly numHeads: number;
  readonly relativeAttentionNumBuckets: number;
  readonly relativeAttentionMaxDistance: number;
  /** Used by every dropout, attention probabilities included. */
  readonly dropoutRate: number;
  readonly layerNormEpsilon: number;
  /** Scales every init standard deviation (`initializer_factor`). */
  readonly initializerFactor: number;
  /** `relu`, `gelu`, `gated-gelu`, `gated-relu`, ... */
  readonly feedForwardProj: string;
  /** Activation of the feed-forward block, as transformers derives it from `feed_forward_proj`. */
  readonly denseActFn: string;
  /** Whether the feed-forward block is gated (`wi_0`, `wi_1`) rather than plain (`wi`). */
  readonly isGatedAct: boolean;
  /** Whether `lm_head` shares the `shared` embedding (and the decoder output is rescaled). */
  readonly tieWordEmbeddings: boolean;
  readonly padTokenId: number;
  /** Undefined when the config has none (transformers then refuses to shift labels). */
  readonly decoderStartTokenId: number | undefined;
}

/**
 * Reads a T5 config with the defaults of transformers' `T5Config`. `dense_act_fn` and `is_gated_act`
 * are derived from `feed_forward_proj` as `T5Config.__init__` does (`gated-gelu` means `gelu_new`);
 * explicit `dense_act_fn` / `is_gated_act` keys in the file win, because `PretrainedConfig` sets the
 * remaining kwargs after T5Config's own derivation.
 */
export function readT5Config(config: PretrainedConfig): T5Settings {
  const numLayers = configNumber(config, 'num_layers', 6);
  const feedForwardProj = configString(config, 'feed_forward_proj', 'relu');
  const actInfo = feedForwardProj.split('-');
  if ((actInfo.length > 1 && actInfo[0] !== 'gated') || actInfo.length > 2) {
    throw new DeltahubError(
      'CONFIG_INVALID',
      `feed_forward_proj '${feedForwardProj}' is not valid: use 'gated-{ACT_FN}' or '{ACT_FN}', e.g. 'gated-gelu' or 'relu'.`,
    );
  }
  const derivedAct = feedForwardProj === 'gated-gelu' ? 'gelu_new' : actInfo[actInfo.length - 1]!;
  const decoderStart = config['decoder_start_token_id'];
  return {
    vocabSize: configNumber(config, 'vocab_size', 32128),
    dModel: configNumber(config, 'd_model', 512),
    dKv: configNumber(config, 'd_kv', 64),
    dFf: configNumber(config, 'd_ff', 2048),
    numLayers,
    numDecoderLayers: configNumber(config, 'num_decoder_layers', numLayers),
    numHeads: configNumber(config, 'num_heads', 8),
    relativeAttentionNumBuckets: configNumber(config, 'relative_attention_num_buckets', 32),
    relativeAttentionMaxDistance: configNumber(config, 'relative_attention_max_distance', 128),
    dropoutRate: configNumber(config, 'dropout_rate', 0.1),
    layerNormEpsilon: configNumber(config, 'layer_norm_epsilon', 1e-6),
    initializerFactor: configNumber(config, 'initializer_factor', 1.0),
    feedForwardProj,
    denseActFn: configString(config, 'dense_act_fn', derivedAct),
    isGatedAct: configBoolean(config, 'is_gated_act', actInfo[0] === 'gated'),
    tieWordEmbeddings: configBoolean(config, 'tie_word_embeddings', true),
    padTokenId: configNumber(config, 'pad_token_id', 0),
    decoderStartTokenId: typeof decoderStart === 'number' ? decoderStart : undefined,
  };
}
