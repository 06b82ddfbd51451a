import type { GenerationModel } from '../generation/generate.js';
import { ensureBackend } from '../runtime/backend.js';
import type { PretrainedConfig } from './config.js';
import {
  buildFromConfig,
  hubIdOf,
  loadPretrainedWithConfig,
  readMergedConfig,
  resolvePretrainedFolder,
  type FromConfigOptions,
  type FromPretrainedOptions,
} from './loading.js';
import type { PreTrainedModel } from './pretrained-model.js';
import { resolveModelClass, type AutoTask } from './registry.js';

/**
 * An Auto class: picks the model class for a task from `config.json`'s `model_type`. `M` is what every
 * class of the task offers (the language-model heads all have `generate`).
 */
export interface AutoModelClass<M extends PreTrainedModel = PreTrainedModel> {
  /** Loads the right class for the folder's `config.json` (or a hub id, with the `deltahub` package). */
  fromPretrained(folder: string, options?: FromPretrainedOptions): Promise<M>;
  /** Builds the right class, randomly initialised (or shape-only, see the options), for a config object. */
  fromConfig(config: PretrainedConfig, options?: FromConfigOptions): M;
}

function autoClass<M extends PreTrainedModel = PreTrainedModel>(task: AutoTask): AutoModelClass<M> {
  return {
    async fromPretrained(folder, options) {
      await ensureBackend();
      const dir = await resolvePretrainedFolder(folder, options);
      const config = await readMergedConfig(dir, options);
      const model = await loadPretrainedWithConfig(resolveModelClass(config, task), dir, config, options);
      // A hub id, not the cache folder it was downloaded to.
      model.nameOrPath = folder;
      model.hubId = hubIdOf(folder, dir);
      return model as M;
    },
    fromConfig(config, options) {
      return buildFromConfig(resolveModelClass(config, task), config, options) as M;
    },
  };
}

/** The base model (`BertModel`, `GPT2Model`, `T5Model`, `BartModel`...). */
export const AutoModel = autoClass('base');
/** Masked language modelling heads (`BertForMaskedLM`...). */
export const AutoModelForMaskedLM = autoClass('maskedLM');
/** Causal language modelling heads (`GPT2LMHeadModel`), with `generate`. */
export const AutoModelForCausalLM = autoClass<GenerationModel>('causalLM');
/** Sequence-to-sequence heads (`T5ForConditionalGeneration`, `BartForConditionalGeneration`), with `generate`. */
export const AutoModelForSeq2SeqLM = autoClass<GenerationModel>('seq2seqLM');
/** Sequence classification heads; `num_labels` / `id2label` set the label count. */
export const AutoModelForSequenceClassification = autoClass('sequenceClassification');
/** Token classification heads (`BertForTokenClassification`...); `num_labels` / `id2label` set the label count. */
export const AutoModelForTokenClassification = autoClass('tokenClassification');
