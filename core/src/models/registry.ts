import { DeltahubError } from '../errors.js';
import type { PretrainedConfig } from './config.js';
import type { PreTrainedModel } from './pretrained-model.js';

/** A model class that can be built from a config (every backbone and head class). */
export interface PretrainedModelClass<T extends PreTrainedModel = PreTrainedModel> {
  new (config: PretrainedConfig): T;
  /** The `model_type` of the configs this class accepts (`bert`, `gpt2`...). */
  readonly modelType: string;
  readonly name: string;
}

/** The tasks the Auto classes choose a model class for. */
export type AutoTask =
  | 'base'
  | 'maskedLM'
  | 'causalLM'
  | 'seq2seqLM'
  | 'sequenceClassification'
  | 'tokenClassification'
  | 'encoder';

/** One architecture's model classes: by transformers class name, and per Auto task. */
export interface ArchitectureEntry {
  readonly modelType: string;
  /** Every class of the architecture by its transformers name (`BertForMaskedLM`...). */
  readonly classes: Readonly<Record<string, PretrainedModelClass>>;
  /** The class each Auto class picks for this architecture. */
  readonly tasks: Readonly<Partial<Record<AutoTask, PretrainedModelClass>>>;
}

const architectures = new Map<string, ArchitectureEntry>();

/** Makes an architecture known to the Auto classes. Each backbone's `index.ts` calls this once. */
export function registerArchitecture(entry: ArchitectureEntry): void {
  architectures.set(entry.modelType, entry);
}

/** The registered architectures by `model_type`. */
export function registeredArchitectures(): ReadonlyMap<string, ArchitectureEntry> {
  return architectures;
}

/** The class an Auto class builds for `config`, or a typed error naming what is supported. */
export function resolveModelClass(config: PretrainedConfig, task: AutoTask): PretrainedModelClass {
  const entry = architectures.get(config.model_type);
  if (!entry) {
    throw new DeltahubError(
      'UNSUPPORTED_ARCHITECTURE',
      `model_type '${config.model_type}' is not supported; supported: ${[...architectures.keys()].join(', ')}.`,
    );
  }
  const modelClass = entry.tasks[task];
  if (!modelClass) {
    throw new DeltahubError(
      'UNSUPPORTED_TASK',
      `model_type '${config.model_type}' has no model for task '${task}'; available: ${Object.keys(entry.tasks).join(', ')}.`,
    );
  }
  return modelClass;
}
