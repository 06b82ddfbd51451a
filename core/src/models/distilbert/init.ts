import { Embedding } from '../../nn/embedding.js';
import { fillConstant, fillNormal } from '../../nn/init.js';
import { Linear } from '../../nn/linear.js';
import type { Module } from '../../nn/module.js';
import { LayerNorm } from '../../nn/normalization.js';
import type { DistilBertSettings } from './config.js';
import { Embeddings } from './embeddings.js';

/**
 * transformers' `DistilBertPreTrainedModel._init_weights` over a whole model: Linear and Embedding
 * weights ~ N(0, initializer_range), zero biases, LayerNorm 1/0, zeroed padding rows, and the fixed
 * sinusoidal table restored when the config asks for it.
 */
export function initDistilBertWeights(root: Module, settings: DistilBertSettings): void {
  const std = settings.initializerRange;
  const modules = root.modules();
  for (const module of modules) {
    if (module instanceof Linear) {
      fillNormal(module.weight, std);
      if (module.bias) fillConstant(module.bias, 0);
    } else if (module instanceof Embedding) {
      fillNormal(module.weight, std);
    } else if (module instanceof LayerNorm) {
      fillConstant(module.weight, 1);
      if (module.bias) fillConstant(module.bias, 0);
    }
  }
  // Last, because a tied MLM projector (a Linear) shares the word embedding matrix and was just redrawn.
  for (const module of modules) {
    if (module instanceof Embedding) module.zeroPaddingRow();
    if (module instanceof Embeddings && settings.sinusoidalPosEmbds) module.resetSinusoidalPositions();
  }
}
