import { DeltahubError } from '../../errors.js';
import type { HookHandle } from '../../nn/module.js';
import { extendMaskForPrefix } from '../../models/attention.js';
import { T5Attention, type T5AttentionOptions } from '../../models/t5/attention.js';
import type { Module } from '../../nn/module.js';
import { tf } from '../../runtime/tf.js';

/**
 * The first block's self-attention of the T5 stack that holds `attentionName`
 * (`decoder.block.3.layer.0.SelfAttention` → `decoder.block.0.layer.0.SelfAttention`): the one with
 * `relative_attention_bias`. `undefined` when `attentionName` is no T5 self-attention.
 */
export function firstBlockAttention(backbone: Module, attentionName: string): T5Attention | undefined {
  const target = backbone.getSubmodule(attentionName);
  if (!(target instanceof T5Attention) || !/(^|\.)block\.\d+\.layer\.0\.SelfAttention$/.test(attentionName))
    return undefined;
  const first = backbone.getSubmodule(attentionName.replace(/(^|\.)block\.\d+\.layer\.0\./, '$1block.0.layer.0.'));
  if (!(first instanceof T5Attention) || !first.relativeAttentionBias) {
    throw new DeltahubError(
      'DELTA_TARGET_UNSUPPORTED',
      `t5PositionBias 'shared' needs the stack's first block to hold relative_attention_bias; ${attentionName}'s does not.`,
    );
  }
  return first;
}

/**
 * The position bias transformers shares between the blocks of a T5 stack given `past_key_values`
 * of `pastLength` (PEFT's prefix tuning): the first block's `compute_bias` over the past and the
 * `queryLength` new positions, sliced to the new queries, plus the self-attention mask extended
 * with zeros over the past (always visible). Shaped `[batch or 1, heads, query, past + query]`.
 */
export function sharedPastBias(
  first: T5Attention,
  queryLength: number,
  pastLength: number,
  options: Pick<T5AttentionOptions, 'attentionMask'>,
): tf.Tensor {
  return tf.tidy(() => {
    const bias = first.computeBias(queryLength, pastLength + queryLength, pastLength);
    const mask = options.attentionMask;
    return mask ? tf.add(bias, extendMaskForPrefix(mask, pastLength, queryLength)) : bias;
  });
}

/**
 * OpenDelta's prefix layer on a T5 self-attention hands the next block `position_bias = None`, so
 * every later block of that stack recomputes its bias, and all but the first have no
 * `relative_attention_bias`: they run with the mask alone, prefixed or not. The self-attentions
 * that are not prefixed but follow a prefixed one in their stack, for `'perLayer'`.
 */
export function t5AttentionsAfterPrefix(backbone: Module, prefixed: readonly string[]): T5Attention[] {
  const stacks = new Map<string, number>();
  for (const name of prefixed) {
    const match = /^(.*?)(?:^|\.)block\.(\d+)\.layer\.0\.SelfAttention$/.exec(name);
    if (!match || !(backbone.getSubmodule(name) instanceof T5Attention)) continue;
    const stack = match[1]!;
    stacks.set(stack, Math.min(stacks.get(stack) ?? Infinity, Number(match[2])));
  }
  const after: T5Attention[] = [];
  for (const [stack, firstBlock] of stacks) {
    const blocks = backbone.getSubmodule(`${stack ? `${stack}.` : ''}block`).children();
    blocks.forEach((_, i) => {
      const name = `${stack ? `${stack}.` : ''}block.${i}.layer.0.SelfAttention`;
      if (i > firstBlock && !prefixed.includes(name)) after.push(backbone.getSubmodule(name) as T5Attention);
    });
  }
  return after;
}

/** Makes `attention` compute its own position bias (zeros plus the mask, without a bias table). */
export function dropSharedPositionBias(attention: T5Attention): HookHandle {
  return attention.registerForwardPreHook((_module, inputs: unknown[]) => {
    const [hidden, options, ...rest] = inputs as [tf.Tensor3D, T5AttentionOptions | undefined];
    const { positionBias: _dropped, ...own } = options ?? {};
    return [hidden, own, ...rest];
  });
}
