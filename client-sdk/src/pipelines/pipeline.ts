/**
 * `pipeline(task, { model, tokenizer, delta })`: a task pipeline built from ids or folders. The model
 * loads with the task's head (through the hub and the cache for `owner/name` ids), the delta is
 * reapplied onto it (`fromFinetuned`), and the tokenizer comes from the options, else from the
 * delta's checkpoint, else from the model's repo or folder.
 */
import {
  AutoTokenizer,
  DeltahubError,
  PIPELINE_TASKS,
  PreTrainedTokenizer,
  type DeltaModel,
  type AnyPipeline,
  type FeatureExtractionPipeline,
  type FillMaskPipeline,
  type PipelineTask,
  type PreTrainedModel,
  type PretrainedConfig,
  type SummarizationPipeline,
  type Text2TextGenerationPipeline,
  type TextClassificationPipeline,
  type TextGenerationPipeline,
  type TokenClassificationPipeline,
} from '@deltahub/core';
import type { PretrainedHubOptions } from '../cache/pretrained.js';
import { fromFinetuned } from '../from-finetuned.js';

/** Options of {@link pipeline}; `hubUrl`, `token`, `cacheDir`, `offline` apply to every id. */
export interface PipelineOptions extends Omit<PretrainedHubOptions, 'revision'> {
  /** The backbone: a folder or hub id (loaded with the task's head), or a loaded model. */
  model: string | PreTrainedModel;
  /** A folder or hub id, or a loaded tokenizer; default the delta's tokenizer, else the model's. */
  tokenizer?: string | PreTrainedTokenizer;
  /** A delta to reapply to the model: a checkpoint folder or hub id, or a delta already attached to `model`. */
  delta?: string | DeltaModel;
  /** Branch, tag or commit of a hub `model` id (default `main`). */
  revision?: string;
  /** Branch, tag or revision id of a hub `delta` id (default `main`). */
  deltaRevision?: string;
  /** Replaces keys of the model's `config.json` (e.g. `{ id2label }`). */
  configOverrides?: Partial<PretrainedConfig>;
  /** Reapply the delta to other weights of the same structure (see `fromFinetuned`). */
  allowDifferentWeights?: boolean;
  /** Load warnings (new head weights, unknown config fields); default `console.warn`. */
  onWarning?: (message: string) => void;
}

/** The task names {@link pipeline} knows (transformers', with its aliases). */
export type PipelineTaskName = PipelineTask | 'sentiment-analysis' | 'ner';

/**
 * Builds a task pipeline, as transformers' `pipeline()`: `text-classification` (alias
 * `sentiment-analysis`), `token-classification` (alias `ner`), `fill-mask`, `feature-extraction`,
 * `text-generation`, `text2text-generation` and `summarization`.
 *
 * ```ts
 * const classify = await pipeline('text-classification', { model: 'alice/bert', delta: 'alice/bert-lora-sst2' });
 * await classify('A delightful film!'); // [{ label: 'positive', score: 0.97 }]
 * ```
 *
 * Errors: `PIPELINE_UNKNOWN_TASK`, `PIPELINE_OPTIONS_INVALID`, and those of loading the model, the
 * delta (`fromFinetuned`) and the tokenizer. A model loaded here is disposed when a later step fails.
 */
export async function pipeline(
  task: 'text-classification' | 'sentiment-analysis',
  options: PipelineOptions,
): Promise<TextClassificationPipeline>;
export async function pipeline(
  task: 'token-classification' | 'ner',
  options: PipelineOptions,
): Promise<TokenClassificationPipeline>;
export async function pipeline(task: 'fill-mask', options: PipelineOptions): Promise<FillMaskPipeline>;
export async function pipeline(
  task: 'feature-extraction',
  options: PipelineOptions,
): Promise<FeatureExtractionPipeline>;
export async function pipeline(
  task: 'text-generation',
  options: PipelineOptions,
): Promise<TextGenerationPipeline>;
export async function pipeline(
  task: 'text2text-generation',
  options: PipelineOptions,
): Promise<Text2TextGenerationPipeline>;
export async function pipeline(
  task: 'summarization',
  options: PipelineOptions,
): Promise<SummarizationPipeline>;
export async function pipeline(task: PipelineTaskName, options: PipelineOptions): Promise<AnyPipeline>;
export async function pipeline(task: PipelineTaskName, options: PipelineOptions) {
  const entry = Object.hasOwn(PIPELINE_TASKS, task) ? PIPELINE_TASKS[task] : undefined;
  if (!entry) {
    throw new DeltahubError(
      'PIPELINE_UNKNOWN_TASK',
      `Unknown pipeline task '${String(task)}'; known: ${Object.keys(PIPELINE_TASKS).join(', ')}.`,
    );
  }
  if (!options?.model)
    throw new DeltahubError('PIPELINE_OPTIONS_INVALID', `pipeline('${task}') needs { model }.`);
  const hub = {
    ...(options.hubUrl !== undefined ? { hubUrl: options.hubUrl } : {}),
    ...(options.token !== undefined ? { token: options.token } : {}),
    ...(options.cacheDir !== undefined ? { cacheDir: options.cacheDir } : {}),
    ...(options.offline !== undefined ? { offline: options.offline } : {}),
  };
  const warn = options.onWarning ? { onWarning: options.onWarning } : {};
  const ownModel = typeof options.model === 'string';
  const model =
    typeof options.model === 'string'
      ? await entry.autoModel.fromPretrained(options.model, {
          ...hub,
          ...warn,
          ...(options.revision !== undefined ? { revision: options.revision } : {}),
          ...(options.configOverrides ? { configOverrides: options.configOverrides } : {}),
        })
      : options.model;
  try {
    const delta =
      typeof options.delta === 'string'
        ? await fromFinetuned(options.delta, {
            backboneModel: model,
            ...hub,
            ...warn,
            ...(options.deltaRevision !== undefined ? { revision: options.deltaRevision } : {}),
            ...(options.allowDifferentWeights ? { allowDifferentWeights: true } : {}),
          })
        : options.delta;
    const tokenizer = await pickTokenizer(options, delta, model, hub);
    return entry.create({ model, tokenizer, delta });
  } catch (error) {
    if (ownModel) model.dispose();
    throw error;
  }
}

/** The tokenizer: given, else the delta's, else the model's (its folder or hub repo). */
async function pickTokenizer(
  options: PipelineOptions,
  delta: DeltaModel | undefined,
  model: PreTrainedModel,
  hub: Omit<PretrainedHubOptions, 'revision'>,
): Promise<PreTrainedTokenizer> {
  if (options.tokenizer instanceof PreTrainedTokenizer) return options.tokenizer;
  if (options.tokenizer === undefined && delta?.tokenizer) return delta.tokenizer;
  const source = options.tokenizer ?? (typeof options.model === 'string' ? options.model : model.nameOrPath);
  if (!source) {
    throw new DeltahubError(
      'PIPELINE_OPTIONS_INVALID',
      'No tokenizer: pass { tokenizer } (a folder, a hub id or a loaded tokenizer), or a model loaded from a folder or id.',
    );
  }
  const revision = options.tokenizer === undefined ? options.revision : undefined;
  return AutoTokenizer.fromPretrained(source, { ...hub, ...(revision !== undefined ? { revision } : {}) });
}
