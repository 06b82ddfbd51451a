/**
 * BERT (transformers' `modeling_bert`): the base model, masked-LM, pre-training, sequence and token
 * classification heads, with transformers' module names so checkpoints load as they are.
 */
import { registerArchitecture } from '../registry.js';
import {
  BertForMaskedLM,
  BertForPreTraining,
  BertForSequenceClassification,
  BertForTokenClassification,
} from './heads.js';
import { BertModel } from './model.js';

export {
  BertAttention,
  BertSelfAttention,
  BertSelfOutput,
  type BertAttentionOptions,
  type BertFamily,
  type BertPrefixKeyValue,
} from './attention.js';
export { BERT_DEFAULTS, readBertSettings, type BertFamilyDefaults, type BertSettings } from './config.js';
export { BertEmbeddings, type BertEmbeddingsInputs } from './embeddings.js';
export {
  BertForMaskedLM,
  BertForPreTraining,
  BertForSequenceClassification,
  BertForTokenClassification,
  BertLMPredictionHead,
  BertOnlyMLMHead,
  BertPredictionHeadTransform,
  BertPreTrainingHeads,
  type BertForPreTrainingOutput,
} from './heads.js';
export { BertEncoder, BertIntermediate, BertLayer, BertOutput, type BertLayerOptions } from './layer.js';
export {
  BertModel,
  BertPooler,
  BertPreTrainedModel,
  initBertWeights,
  type BertModelOptions,
} from './model.js';

registerArchitecture({
  modelType: 'bert',
  classes: {
    BertModel,
    BertForMaskedLM,
    BertForPreTraining,
    BertForSequenceClassification,
    BertForTokenClassification,
  },
  tasks: {
    base: BertModel,
    maskedLM: BertForMaskedLM,
    sequenceClassification: BertForSequenceClassification,
    tokenClassification: BertForTokenClassification,
  },
});
