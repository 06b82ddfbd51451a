import { DeltahubError } from '../../errors.js';
import { BartAttention } from '../../models/bart/attention.js';
import { BertAttention, BertSelfAttention } from '../../models/bert/attention.js';
import { MultiHeadSelfAttention } from '../../models/distilbert/attention.js';
import { GPT2Attention } from '../../models/gpt2/attention.js';
import { LlamaAttention } from '../../models/llama/attention.js';
import { T5Attention } from '../../models/t5/attention.js';
import { T5LayerSelfAttention } from '../../models/t5/layer.js';
import type { Module } from '../../nn/module.js';
import { tf } from '../../runtime/tf.js';

/** What a prefix needs to know about the attention module it extends. */
export interface PrefixTarget {
  /** Suffix of OpenDelta's prefix-layer class for this architecture (`Bert` → `PrefixLayerBert`). */
  readonly family: string;
  readonly numHeads: number;
  /** Width of one head's keys and values (T5's `d_kv`). */
  readonly headDim: number;
}

/** Keys and values for an attention's `prefixKeyValue` option, `[batch, heads, p, headDim]` each. */
export interface PrefixKeyValueTensors {
  readonly key: tf.Tensor4D;
  readonly value: tf.Tensor4D;
}

/**
 * The attention module that takes the prefix when `module` is targeted: T5's `T5LayerSelfAttention`
 * (`block.N.layer.0`, OpenDelta's `attn@`) hands it to its `SelfAttention`, as OpenDelta's prefix
 * does; any other module takes it itself.
 */
export function prefixedAttention(module: Module): Module {
  return module instanceof T5LayerSelfAttention ? module.selfAttention : module;
}

/**
 * The attention modules of deltahub's backbones that accept `prefixKeyValue` in their forward
 * options (the second argument of `forward(hiddenStates, options)`), with their head geometry. BERT's
 * `BertAttention` is OpenDelta's target; its `BertSelfAttention` works too. Anything else is a
 * `DELTA_TARGET_UNSUPPORTED` error naming the module.
 */
export function prefixTarget(module: Module, name: string): PrefixTarget {
  if (module instanceof BertAttention) {
    return { family: module.family, numHeads: module.self.numHeads, headDim: module.self.headDim };
  }
  if (module instanceof BertSelfAttention) {
    return { family: module.family, numHeads: module.numHeads, headDim: module.headDim };
  }
  if (module instanceof MultiHeadSelfAttention) {
    return { family: 'DistilBert', numHeads: module.nHeads, headDim: module.headDim };
  }
  if (module instanceof GPT2Attention)
    return { family: 'GPT2', numHeads: module.nHead, headDim: module.headDim };
  if (module instanceof T5Attention) return { family: 'T5', numHeads: module.numHeads, headDim: module.dKv };
  if (module instanceof BartAttention)
    return { family: 'Bart', numHeads: module.numHeads, headDim: module.headDim };
  // Grouped-query attention: one prefix key and value per key/value head, as PEFT sizes its
  // past_key_values by num_key_value_heads; the query heads of a group share them.
  if (module instanceof LlamaAttention)
    return { family: 'Llama', numHeads: module.numKeyValueHeads, headDim: module.headDim };
  throw new DeltahubError(
    'DELTA_TARGET_UNSUPPORTED',
    `Prefix tuning needs an attention module (BertAttention, BertSelfAttention, MultiHeadSelfAttention, GPT2Attention, T5Attention, BartAttention or LlamaAttention), but '${name}' is a ${module.typeName}.`,
  );
}

/**
 * Forward options with `prefix` added. A prefix already set (another prefix delta stacked on the
 * same module, attached earlier) stays first; this one follows it.
 */
export function withPrefix<O extends { prefixKeyValue?: PrefixKeyValueTensors | undefined }>(
  options: O | undefined,
  prefix: PrefixKeyValueTensors,
): O {
  const existing = options?.prefixKeyValue;
  if (!existing) return { ...(options as O), prefixKeyValue: prefix };
  const batch = prefix.key.shape[0];
  const join = (first: tf.Tensor4D, second: tf.Tensor4D): tf.Tensor4D => {
    const [b, heads, p, dim] = first.shape;
    const expanded = b === batch ? first : tf.broadcastTo(first, [batch, heads, p, dim]);
    return tf.concat([expanded, second], 2) as tf.Tensor4D;
  };
  return {
    ...(options as O),
    prefixKeyValue: { key: join(existing.key, prefix.key), value: join(existing.value, prefix.value) },
  };
}
