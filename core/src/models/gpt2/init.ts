import { Embedding } from '../../nn/embedding.js';
import { fillConstant, fillNormal } from '../../nn/init.js';
import { Conv1D, Linear } from '../../nn/linear.js';
import type { Module } from '../../nn/module.js';
import { LayerNorm } from '../../nn/normalization.js';
import { GPT2Attention } from './attention.js';
import type { GPT2Settings } from './config.js';
import { GPT2MLP } from './layer.js';

/**
 * transformers' `GPT2PreTrainedModel._init_weights` over a whole model: Linear, Conv1D and Embedding
 * weights ~ N(0, initializer_range), zero biases, LayerNorm 1/0; then, as in the GPT-2 paper, the
 * residual projections (`attn.c_proj`, `mlp.c_proj`) ~ N(0, initializer_range/√(2·n_layer)).
 */
export function initGPT2Weights(root: Module, settings: GPT2Settings): void {
  const std = settings.initializerRange;
  const modules = root.modules();
  for (const module of modules) {
    if (module instanceof Linear || module instanceof Conv1D) {
      fillNormal(module.weight, std);
      if (module.bias) fillConstant(module.bias, 0);
    } else if (module instanceof Embedding) {
      fillNormal(module.weight, std);
      module.zeroPaddingRow();
    } else if (module instanceof LayerNorm) {
      fillConstant(module.weight, 1);
      if (module.bias) fillConstant(module.bias, 0);
    }
  }
  const residualStd = std / Math.sqrt(2 * settings.nLayer);
  for (const module of modules) {
    if (module instanceof GPT2Attention || module instanceof GPT2MLP)
      fillNormal(module.cProj.weight, residualStd);
  }
}

/**
 * transformers' GPT-2 checkpoints written before 4.31 hold the causal-mask buffers `attn.bias` and
 * `attn.masked_bias`; they are recomputed here, so loading skips them silently.
 */
export const GPT2_IGNORED_CHECKPOINT_KEYS: readonly RegExp[] = [/(^|\.)h\.\d+\.attn\.(bias|masked_bias)$/];
