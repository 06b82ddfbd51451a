/**
 * BART (transformers' `modeling_bart`): encoder-decoder with learned positions and post-norm layers.
 * Registers `model_type: 'bart'` for the Auto classes.
 */
import { registerArchitecture } from '../registry.js';
import { BartForConditionalGeneration, BartForSequenceClassification } from './heads.js';
import { BartModel } from './model.js';

export { BartAttention, type BartAttentionOptions } from './attention.js';
export { readBartSettings, type BartSettings } from './config.js';
export { BartLearnedPositionalEmbedding } from './embeddings.js';
export {
  BartClassificationHead,
  BartEosTokenError,
  BartForConditionalGeneration,
  BartForSequenceClassification,
} from './heads.js';
export {
  BartDecoderLayer,
  BartEncoderLayer,
  type BartDecoderLayerOptions,
  type BartEncoderLayerOptions,
} from './layer.js';
export {
  BartDecoder,
  BartEncoder,
  BartModel,
  BartPreTrainedModel,
  type BartDecoderInputs,
  type BartEncoderInputs,
  type BartEncoderOutput,
} from './model.js';

registerArchitecture({
  modelType: 'bart',
  classes: { BartModel, BartForConditionalGeneration, BartForSequenceClassification },
  tasks: {
    base: BartModel,
    seq2seqLM: BartForConditionalGeneration,
    sequenceClassification: BartForSequenceClassification,
  },
});
