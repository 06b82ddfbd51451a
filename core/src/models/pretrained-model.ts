import { DeltahubError } from '../errors.js';
import { tf } from '../runtime/tf.js';
import { Module } from '../nn/module.js';
import type { PretrainedConfig } from './config.js';
import { normalizeInputs, type ModelInputs, type ModelOutput, type NormalizedInputs } from './inputs.js';
import type { LoadReport } from './load-report.js';
import {
  buildFromConfig,
  loadPretrained,
  type FromConfigOptions,
  type FromPretrainedOptions,
} from './loading.js';
import type { PretrainedModelClass } from './registry.js';

/**
 * Base of every backbone and head model. Subclasses implement {@link PreTrainedModel.compute} on
 * normalised tensors; the public {@link PreTrainedModel.forward} converts inputs, runs the root's
 * hooks (soft prompts hook here) and disposes intermediates with `tf.tidy`.
 */
export abstract class PreTrainedModel<C extends PretrainedConfig = PretrainedConfig> extends Module<
  [NormalizedInputs],
  ModelOutput
> {
  /**
   * Where a head model keeps its base model (`bert`, `transformer`, `model`...), as transformers'
   * `base_model_prefix`; checkpoints of the base model load into the head model and back by adding or
   * removing it. Empty for models whose keys have no such prefix.
   */
  abstract readonly baseModelPrefix: string;

  /** Whether this class nests its base model under {@link PreTrainedModel.baseModelPrefix}. */
  abstract readonly hasBaseModelPrefix: boolean;

  /** The folder or hub id the weights came from; set by `fromPretrained`. */
  nameOrPath: string | undefined;

  /**
   * The hub id (`owner/name`, without a revision) the weights were downloaded from, set by
   * `fromPretrained` when a hub resolved the name; undefined for a local folder. A delta records
   * this as its backbone, never a local path.
   */
  hubId: string | undefined;

  /** What loading the checkpoint found (missing, unexpected keys); set by `fromPretrained`. */
  loadReport: LoadReport | undefined;

  /**
   * The folder's `generation_config.json` (transformers' generation defaults: `max_length`,
   * `num_beams`, `eos_token_id`...), when it has one; `generate` reads it before `config.json`.
   */
  generationConfig: Record<string, unknown> | undefined;

  /** Built by `fromConfig(config, { emptyWeights: true })`: shapes only, so it refuses to run. */
  hasEmptyWeights = false;

  constructor(readonly config: C) {
    super();
  }

  /**
   * Loads a model from a folder holding Hugging Face's `config.json` and `model.safetensors` (or a
   * sharded `model.safetensors.index.json`). The model is returned in eval mode.
   */
  static async fromPretrained<T extends PreTrainedModel>(
    this: PretrainedModelClass<T>,
    folder: string,
    options?: FromPretrainedOptions,
  ): Promise<T> {
    return loadPretrained(this, folder, options);
  }

  /** Builds a randomly initialised model from a config object, initialised as transformers does. */
  static fromConfig<T extends PreTrainedModel>(
    this: PretrainedModelClass<T>,
    config: PretrainedConfig,
    options?: FromConfigOptions,
  ): T {
    return buildFromConfig(this, config, options);
  }

  /**
   * State-dict keys that alias another parameter (e.g. `lm_head.weight` → the word embeddings).
   * Checkpoints may omit them; they are never reported as missing.
   */
  tiedKeys(): string[] {
    return [];
  }

  /**
   * Model keys a checkpoint may lack without being reported, because their constructed value is the
   * right one (BART's all-zero `final_logits_bias`), as transformers' `_keys_to_ignore_on_load_missing`.
   */
  keysToIgnoreOnLoadMissing(): RegExp[] {
    return [];
  }

  /** Checkpoint keys that are known and deliberately not loaded (e.g. GPT-2's causal-mask buffers). */
  ignoredCheckpointKeys(): RegExp[] {
    return [];
  }

  /** Applies transformers' weight initialisation to every parameter (used by `fromConfig`). */
  abstract initWeights(): void;

  /** The model computation on normalised inputs; runs inside `tf.tidy`. */
  protected abstract compute(inputs: NormalizedInputs): ModelOutput;

  /** The Module contract: same as {@link PreTrainedModel.compute}. Prefer {@link PreTrainedModel.forward}. */
  override call(inputs: NormalizedInputs): ModelOutput {
    if (this.hasEmptyWeights) {
      throw new DeltahubError(
        'MODEL_EMPTY_WEIGHTS',
        `${this.typeName} was built with emptyWeights (shapes only) and cannot run; use fromPretrained or fromConfig without emptyWeights.`,
      );
    }
    return this.runWithHooks([inputs], (normalized) => this.compute(normalized));
  }

  /**
   * Runs the model. Accepts tensors or nested number arrays; returns camelCase outputs. Intermediate
   * tensors are disposed; the returned ones belong to the caller.
   */
  override forward(inputs: ModelInputs | NormalizedInputs): ModelOutput {
    // ModelOutput holds only tensors; tidy's TensorContainer type just cannot see that.
    return tf.tidy(
      () => this.call(normalizeInputs(inputs)) as unknown as tf.TensorContainer,
    ) as unknown as ModelOutput;
  }
}
