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

/** An Auto class: picks the model class for a task from `config.json`'s `model_type`. */
export interface AutoModelClass {
  /** Loads the right class for the folder's `config.json` (or a hub id, with the `deltahub` package). */
  fromPretrained(folder: string, options?: FromPretrainedOptions): Promise<PreTrainedModel>;
  /** Builds the right class, randomly initialised (or shape-only, see the options), for a config object. */
  fromConfig(config: PretrainedConfig, options?: FromConfigOptions): PreTrainedModel;
}

function autoClass(task: AutoTask): AutoModelClass {
  return {
    async fromPretrained(folder, options) {
      await ensureBackend();
      const dir = await resolvePretrainedFolder(folder, options);
      const config = await readMergedConfig(dir, options);
      const model = await loadPretrainedWithConfig(resolveModelClass(config, task), dir, config, options);
      // A hub id, not the cache folder it was downloaded to.
      model.nameOrPath = folder;
      model.hubId = hubIdOf(folder, dir);
      return model;
    },
    fromConfig(config, options) {
      return buildFromConfig(resolveModelClass(config, task), config, options);
    },
  };
}

/** The base model (`BertModel`, `GPT2Model`, `T5Model`, `BartModel`...). */
export const AutoModel = autoClass('base');
/** Masked language modelling heads (`BertForMaskedLM`...). */
export const AutoModelForMaskedLM = autoClass('maskedLM');
/** Causal language modelling heads (`GPT2LMHeadModel`). */
export const AutoModelForCausalLM = autoClass('causalLM');
/** Sequence-to-sequence heads (`T5ForConditionalGeneration`, `BartForConditionalGeneration`). */
export const AutoModelForSeq2SeqLM = autoClass('seq2seqLM');
/** Sequence classification heads; `num_labels` / `id2label` set the label count. */
export const AutoModelForSequenceClassification = autoClass('sequenceClassification');
