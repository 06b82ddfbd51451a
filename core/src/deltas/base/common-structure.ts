import { DeltahubError } from '../../errors.js';

/**
 * Where each architecture keeps the parts delta methods target, as module-name patterns (see
 * addressing.ts). OpenDelta writes its defaults against a "common structure" and marks mapped names
 * with `@`, which leaks into users' patterns; here every default resolves to real module names of
 * the backbone, which is what users see and can exclude.
 */
export interface CommonStructure {
  /** Self-attention query, key, value and output projections (encoder and decoder). */
  readonly query: readonly string[];
  readonly key: readonly string[];
  readonly value: readonly string[];
  readonly attentionOutput: readonly string[];
  /** GPT-2 fuses query, key and value into one projection; LoRA and IA3 target it instead. */
  readonly fusedQkv?: readonly string[];
  /** Modules whose forward takes the attention options (`prefixKeyValue`...): self-attention. */
  readonly selfAttention: readonly string[];
  /**
   * OpenDelta's `attn@` where it is a wrapper around {@link selfAttention} rather than the attention
   * itself: T5's `block.N.layer.0` (`T5LayerSelfAttention`: layer norm, `SelfAttention`, residual).
   */
  readonly attentionBlock?: readonly string[];
  /** Cross-attention modules of encoder-decoders (not modified by default, as in OpenDelta). */
  readonly crossAttention: readonly string[];
  /** Feed-forward input (w1, possibly gated) and output (w2) projections. */
  readonly ffnIn: readonly string[];
  readonly ffnOut: readonly string[];
  /** Layer norms inside the blocks. */
  readonly layerNorms: readonly string[];
  /** Language-model head projection, where the model has one. */
  readonly lmHead: readonly string[];
}

const BERT_LIKE: CommonStructure = {
  query: ['attention.self.query'],
  key: ['attention.self.key'],
  value: ['attention.self.value'],
  attentionOutput: ['attention.output.dense'],
  selfAttention: ['attention.self'],
  crossAttention: [],
  ffnIn: ['intermediate.dense'],
  // `output.dense` alone would also match `attention.output.dense`.
  ffnOut: ['[r]layer\\.\\d+\\.output\\.dense'],
  layerNorms: ['attention.output.LayerNorm', '[r]layer\\.\\d+\\.output\\.LayerNorm'],
  lmHead: ['cls.predictions.transform.dense', 'lm_head.dense'],
};

/** Llama, Mistral and Qwen2 share one implementation and its module names. */
const LLAMA_LIKE: CommonStructure = {
  query: ['self_attn.q_proj'],
  key: ['self_attn.k_proj'],
  value: ['self_attn.v_proj'],
  attentionOutput: ['self_attn.o_proj'],
  selfAttention: ['self_attn'],
  crossAttention: [],
  // The SwiGLU input is two projections: the gate and the up projection.
  ffnIn: ['mlp.gate_proj', 'mlp.up_proj'],
  ffnOut: ['mlp.down_proj'],
  layerNorms: ['input_layernorm', 'post_attention_layernorm'],
  lmHead: [],
};

const STRUCTURES: Readonly<Record<string, CommonStructure>> = {
  bert: BERT_LIKE,
  roberta: BERT_LIKE,
  distilbert: {
    query: ['attention.q_lin'],
    key: ['attention.k_lin'],
    value: ['attention.v_lin'],
    attentionOutput: ['attention.out_lin'],
    selfAttention: ['[r]layer\\.\\d+\\.attention'],
    crossAttention: [],
    ffnIn: ['ffn.lin1'],
    ffnOut: ['ffn.lin2'],
    layerNorms: ['sa_layer_norm', 'output_layer_norm'],
    lmHead: ['vocab_transform'],
  },
  gpt2: {
    query: [],
    key: [],
    value: [],
    fusedQkv: ['attn.c_attn'],
    attentionOutput: ['attn.c_proj'],
    selfAttention: ['[r]h\\.\\d+\\.attn'],
    crossAttention: [],
    ffnIn: ['mlp.c_fc'],
    ffnOut: ['mlp.c_proj'],
    layerNorms: ['ln_1', 'ln_2'],
    lmHead: [],
  },
  t5: {
    query: ['SelfAttention.q'],
    key: ['SelfAttention.k'],
    value: ['SelfAttention.v'],
    attentionOutput: ['SelfAttention.o'],
    selfAttention: ['SelfAttention'],
    attentionBlock: ['[r]block\\.\\d+\\.layer\\.0'],
    crossAttention: ['EncDecAttention'],
    ffnIn: ['DenseReluDense.wi', 'DenseReluDense.wi_0', 'DenseReluDense.wi_1'],
    ffnOut: ['DenseReluDense.wo'],
    layerNorms: ['[r]layer\\.\\d+\\.layer_norm'],
    lmHead: [],
  },
  bart: {
    query: ['self_attn.q_proj'],
    key: ['self_attn.k_proj'],
    value: ['self_attn.v_proj'],
    attentionOutput: ['self_attn.out_proj'],
    selfAttention: ['self_attn'],
    crossAttention: ['encoder_attn'],
    ffnIn: ['fc1'],
    ffnOut: ['fc2'],
    layerNorms: ['self_attn_layer_norm', 'encoder_attn_layer_norm', 'final_layer_norm'],
    lmHead: [],
  },
  llama: LLAMA_LIKE,
  mistral: LLAMA_LIKE,
  qwen2: LLAMA_LIKE,
};

/** The common structure of `modelType`, or a typed error naming the supported ones. */
export function commonStructure(modelType: string): CommonStructure {
  const structure = STRUCTURES[modelType];
  if (!structure) {
    throw new DeltahubError(
      'NO_DEFAULT_PLACEMENT',
      `No default placement for model_type '${modelType}'; pass modifiedModules explicitly (supported defaults: ${Object.keys(STRUCTURES).join(', ')}).`,
    );
  }
  return structure;
}
