/**
 * The Llama family (transformers' `modeling_llama`, `modeling_mistral`, `modeling_qwen2`): one
 * implementation driven by the config, with the base decoder and its language-modelling and sequence
 * classification heads registered for the Auto classes under `model_type` `llama`, `mistral` and
 * `qwen2`.
 */
import { registerArchitecture, type PretrainedModelClass } from '../registry.js';
import {
  MistralForCausalLM,
  MistralForSequenceClassification,
  MistralModel,
  Qwen2ForCausalLM,
  Qwen2ForSequenceClassification,
  Qwen2Model,
} from './families.js';
import { LlamaForCausalLM, LlamaForSequenceClassification } from './heads.js';
import { LlamaModel } from './model.js';

export {
  type LlamaConfig,
  type LlamaFamily,
  type LlamaSettings,
  type RopeScaling,
  type RopeScalingConfig,
  llamaSettings,
} from './config.js';
export { type LlamaAttentionOptions, LlamaAttention } from './attention.js';
export { LlamaDecoderLayer, LlamaMLP, LlamaRMSNorm } from './layer.js';
export { LlamaRotaryEmbedding } from './rotary.js';
export { LlamaModel } from './model.js';
export { LlamaForCausalLM, LlamaForSequenceClassification } from './heads.js';
export {
  MistralForCausalLM,
  MistralForSequenceClassification,
  MistralModel,
  Qwen2ForCausalLM,
  Qwen2ForSequenceClassification,
  Qwen2Model,
} from './families.js';

const FAMILIES: ReadonlyArray<[string, PretrainedModelClass, PretrainedModelClass, PretrainedModelClass]> = [
  ['llama', LlamaModel, LlamaForCausalLM, LlamaForSequenceClassification],
  ['mistral', MistralModel, MistralForCausalLM, MistralForSequenceClassification],
  ['qwen2', Qwen2Model, Qwen2ForCausalLM, Qwen2ForSequenceClassification],
];

for (const [modelType, base, causalLM, sequenceClassification] of FAMILIES) {
  registerArchitecture({
    modelType,
    classes: Object.fromEntries([base, causalLM, sequenceClassification].map((c) => [c.name, c])),
    tasks: { base, causalLM, sequenceClassification },
  });
}
