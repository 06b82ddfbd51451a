import { Embedding } from '../../nn/embedding.js';
import { fillConstant, fillNormal } from '../../nn/init.js';
import { Linear } from '../../nn/linear.js';
import type { Module } from '../../nn/module.js';
import { RMSNorm } from '../../nn/normalization.js';
import type { LlamaSettings } from './config.js';

/**
 * Checkpoint keys known and not loaded: the rotary inverse frequencies older Llama checkpoints saved
 * as a buffer (transformers ignores them too; they are computed from the config).
 */
export const LLAMA_IGNORED_CHECKPOINT_KEYS: readonly RegExp[] = [/(^|\.)self_attn\.rotary_emb\.inv_freq$/];

/**
 * transformers' `LlamaPreTrainedModel._init_weights` over a whole model: Linear and Embedding weights
 * ~ N(0, initializer_range), zero biases, the padding row of the embedding zeroed, RMSNorm weights 1.
 */
export function initLlamaWeights(root: Module, settings: LlamaSettings): void {
  const std = settings.initializerRange;
  for (const module of root.modules()) {
    if (module instanceof Linear) {
      fillNormal(module.weight, std);
      if (module.bias) fillConstant(module.bias, 0);
    } else if (module instanceof Embedding) {
      fillNormal(module.weight, std);
      module.zeroPaddingRow();
    } else if (module instanceof RMSNorm) {
      fillConstant(module.weight, 1);
    }
  }
}
