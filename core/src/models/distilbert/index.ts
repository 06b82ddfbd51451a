/**
 * DistilBERT (transformers' `modeling_distilbert`): the base encoder and its masked-LM and sequence
 * classification heads, registered for the Auto classes under `model_type: 'distilbert'`.
 */
import { registerArchitecture } from '../registry.js';
import {
  DistilBertForMaskedLM,
  DistilBertForSequenceClassification,
  DistilBertForTokenClassification,
} from './heads.js';
import { DistilBertModel } from './model.js';

export { type DistilBertConfig, type DistilBertSettings, distilBertSettings } from './config.js';
export { type DistilBertEmbeddingInputs, Embeddings } from './embeddings.js';
export { type DistilBertAttentionOptions, MultiHeadSelfAttention } from './attention.js';
export { FFN, Transformer, TransformerBlock } from './layer.js';
export { DistilBertModel } from './model.js';
export {
  DistilBertForMaskedLM,
  DistilBertForSequenceClassification,
  DistilBertForTokenClassification,
} from './heads.js';

registerArchitecture({
  modelType: 'distilbert',
  classes: {
    DistilBertModel,
    DistilBertForMaskedLM,
    DistilBertForSequenceClassification,
    DistilBertForTokenClassification,
  },
  tasks: {
    base: DistilBertModel,
    maskedLM: DistilBertForMaskedLM,
    sequenceClassification: DistilBertForSequenceClassification,
    tokenClassification: DistilBertForTokenClassification,
  },
});
