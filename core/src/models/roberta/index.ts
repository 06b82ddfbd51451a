/**
 * RoBERTa (transformers' `modeling_roberta`): BERT's layers under `Roberta*` type names, RoBERTa's
 * position ids, and its masked-LM and classification heads.
 */
import { registerArchitecture } from '../registry.js';
import {
  RobertaForMaskedLM,
  RobertaForSequenceClassification,
  RobertaForTokenClassification,
} from './heads.js';
import { RobertaModel } from './model.js';

export { ROBERTA_DEFAULTS, readRobertaSettings } from './config.js';
export {
  RobertaEmbeddings,
  createPositionIdsFromInputIds,
  createPositionIdsFromInputsEmbeds,
} from './embeddings.js';
export {
  RobertaClassificationHead,
  RobertaForMaskedLM,
  RobertaForSequenceClassification,
  RobertaForTokenClassification,
  RobertaLMHead,
} from './heads.js';
export { RobertaModel, RobertaPreTrainedModel } from './model.js';

registerArchitecture({
  modelType: 'roberta',
  classes: {
    RobertaModel,
    RobertaForMaskedLM,
    RobertaForSequenceClassification,
    RobertaForTokenClassification,
  },
  tasks: {
    base: RobertaModel,
    maskedLM: RobertaForMaskedLM,
    sequenceClassification: RobertaForSequenceClassification,
    tokenClassification: RobertaForTokenClassification,
  },
});
