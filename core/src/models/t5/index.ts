/**
 * T5 (transformers' `modeling_t5`): `T5Model`, `T5ForConditionalGeneration`, `T5EncoderModel`, with
 * the same module tree, parameter names and numerics as transformers, registered for the Auto
 * classes under `model_type: 't5'`.
 */
import { registerArchitecture } from '../registry.js';
import { T5ForConditionalGeneration } from './heads.js';
import { T5EncoderModel, T5Model } from './model.js';

export { type T5Settings, readT5Config } from './config.js';
export {
  type T5PrefixKeyValue,
  type T5AttentionOptions,
  T5Attention,
  relativePositionBucket,
  relativePositionBuckets,
} from './attention.js';
export { T5DenseActDense, T5DenseGatedActDense, T5LayerFF } from './feed-forward.js';
export {
  type T5BlockOptions,
  type T5LayerAttentionOptions,
  type T5LayerCrossAttentionOptions,
  T5Block,
  T5LayerCrossAttention,
  T5LayerSelfAttention,
} from './layer.js';
export { type T5StackInputs, T5Stack } from './stack.js';
export { T5EncoderDecoderModel, T5EncoderModel, T5Model, T5PreTrainedModel } from './model.js';
export { T5ForConditionalGeneration, t5ShiftTokensRight } from './heads.js';

registerArchitecture({
  modelType: 't5',
  classes: { T5Model, T5ForConditionalGeneration, T5EncoderModel },
  tasks: { base: T5Model, seq2seqLM: T5ForConditionalGeneration, encoder: T5EncoderModel },
});
