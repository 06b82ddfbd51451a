/**
 * GPT-2 (transformers' `modeling_gpt2`): the base decoder and its language-modelling and sequence
 * classification heads, registered for the Auto classes under `model_type: 'gpt2'`.
 */
import { registerArchitecture } from '../registry.js';
import { GPT2ForSequenceClassification, GPT2LMHeadModel } from './heads.js';
import { GPT2Model } from './model.js';

export { type GPT2Config, type GPT2Settings, gpt2Settings } from './config.js';
export { type GPT2AttentionOptions, GPT2Attention } from './attention.js';
export { GPT2Block, GPT2MLP } from './layer.js';
export { GPT2Model } from './model.js';
export { GPT2ForSequenceClassification, GPT2LMHeadModel } from './heads.js';

registerArchitecture({
  modelType: 'gpt2',
  classes: { GPT2Model, GPT2LMHeadModel, GPT2ForSequenceClassification },
  tasks: {
    base: GPT2Model,
    causalLM: GPT2LMHeadModel,
    sequenceClassification: GPT2ForSequenceClassification,
  },
});
