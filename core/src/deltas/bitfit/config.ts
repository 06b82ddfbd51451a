import type { CommonStructure } from '../base/common-structure.js';

/**
 * BitFit's default placement in real module names: OpenDelta's `attn@`, `ff@`, `layer_norm@` and
 * `lm_head@.proj@` (attention blocks, feed-forward blocks, layer norms, the LM head's transform
 * where the model has one; cross-attention is not modified by default), resolved per architecture.
 * Composite targets stand for every bias-capable layer inside them, so a BERT `attention` target
 * covers query, key, value, the output projection and its LayerNorm, as in OpenDelta.
 */
export function bitfitDefaultPlacement(modelType: string | undefined, structure: CommonStructure): string[] {
  const blocks = BLOCKS[modelType ?? ''];
  if (!blocks) {
    // Unknown architecture with a common structure: the leaf layers themselves.
    return [
      ...(structure.fusedQkv ?? [...structure.query, ...structure.key, ...structure.value]),
      ...structure.attentionOutput,
      ...structure.ffnIn,
      ...structure.ffnOut,
      ...structure.layerNorms,
    ];
  }
  return [...blocks.attention, ...blocks.feedForward, ...(blocks.layerNorms ?? structure.layerNorms)];
}

/** Attention and feed-forward blocks per architecture (OpenDelta's `attn@` / `ff@` targets). */
const BLOCKS: Readonly<
  Record<
    string,
    { attention: readonly string[]; feedForward: readonly string[]; layerNorms?: readonly string[] }
  >
> = {
  // OpenDelta maps `attn@` to BertAttention (self-attention and its output projection) and `ff@`
  // to both BertIntermediate and BertOutput; `output` alone would also match `attention.output`.
  bert: { attention: ['attention'], feedForward: ['intermediate', '[r]layer\\.\\d+\\.output'] },
  roberta: { attention: ['attention'], feedForward: ['intermediate', '[r]layer\\.\\d+\\.output'] },
  distilbert: { attention: ['[r]layer\\.\\d+\\.attention'], feedForward: ['ffn'] },
  gpt2: { attention: ['[r]h\\.\\d+\\.attn'], feedForward: ['mlp'] },
  // T5's `attn@` is `block.N.layer.0` (T5LayerSelfAttention), its `ff@` the T5LayerFF (`layer.1` in
  // the encoder, `layer.2` in the decoder). OpenDelta's `layer_norm@` gives each T5LayerNorm (no
  // bias of its own) a `bitfit` BiasLayer that is never counted, saved or trained: a zero that
  // changes nothing, so deltahub adds none and T5's layer norms are not targets.
  t5: {
    attention: ['[r]block\\.\\d+\\.layer\\.0'],
    feedForward: ['[r]encoder\\.block\\.\\d+\\.layer\\.1', '[r]decoder\\.block\\.\\d+\\.layer\\.2'],
    layerNorms: [],
  },
  bart: { attention: ['self_attn'], feedForward: ['fc1', 'fc2'] },
  // Bias-free projections and RMSNorms: BitFit adds the biases, as OpenDelta does.
  llama: { attention: ['self_attn'], feedForward: ['mlp'] },
  mistral: { attention: ['self_attn'], feedForward: ['mlp'] },
  qwen2: { attention: ['self_attn'], feedForward: ['mlp'] },
};
