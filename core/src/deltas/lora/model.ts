import { DeltahubError } from '../../errors.js';
import { Conv1D, Linear } from '../../nn/linear.js';
import type { Module } from '../../nn/module.js';
import { tf } from '../../runtime/tf.js';
import type { CommonStructure } from '../base/common-structure.js';
import { DeltaModel, type DeltaAttachment, type DeltaModelOptions } from '../base/delta-model.js';
import { LORA_DEFAULTS, loraScaling, type LoraConfig } from './config.js';
import { LowRankLinear } from './layer.js';

/** Options of {@link LoraModel}. */
export type LoraModelOptions = DeltaModelOptions & Partial<LoraConfig>;

/**
 * LoRA: a trainable low-rank update in parallel to each target linear layer,
 * `y = W·x + b + dropout(x)·Aᵀ·Bᵀ·(alpha/r)`. Defaults to the attention query and value projections
 * (GPT-2's fused `c_attn`). `merge()` folds the update into the weights for inference at no cost.
 */
export class LoraModel extends DeltaModel {
  readonly deltaType = 'lora' as const;
  readonly config: LoraConfig;
  #layers = new Map<Module, LowRankLinear>();
  #merged = false;

  constructor(options: LoraModelOptions) {
    super(options);
    this.config = {
      loraR: options.loraR ?? LORA_DEFAULTS.loraR,
      loraAlpha: options.loraAlpha ?? LORA_DEFAULTS.loraAlpha,
      loraDropout: options.loraDropout ?? LORA_DEFAULTS.loraDropout,
      useRslora: options.useRslora ?? LORA_DEFAULTS.useRslora,
    };
    if (!Number.isInteger(this.config.loraR) || this.config.loraR < 1) {
      throw new DeltahubError('DELTA_OPTIONS_INVALID', `loraR must be a positive integer, got ${this.config.loraR}.`);
    }
    this.applyDeltas();
  }

  protected defaultModifiedModules(structure: CommonStructure): string[] {
    return structure.fusedQkv ? [...structure.fusedQkv] : [...structure.query, ...structure.value];
  }

  hyperparameters(): Record<string, unknown> {
    return { ...this.config };
  }

  protected createDelta(target: Module, name: string): DeltaAttachment {
    const [inFeatures, outFeatures] = linearShape(target, name);
    const layer = new LowRankLinear(inFeatures, outFeatures, this.config.loraR, loraScaling(this.config, this.config.loraR), this.config.loraDropout);
    this.#layers.set(target, layer);
    return {
      children: [['lora', layer]],
      install: () => [
        target.registerForwardHook((_module, [x], output) => {
          // Merged weights already contain the update.
          if (this.#merged) return output;
          return tf.add(output as tf.Tensor, layer.call(x as tf.Tensor));
        }),
      ],
    };
  }

  /** Whether the updates are currently folded into the backbone weights. */
  get isMerged(): boolean {
    return this.#merged;
  }

  /** Adds `scaling·B·A` to every target weight; outputs stay the same, the extra matmuls go. */
  merge(): void {
    if (this.#merged) return;
    this.#applyMerge(1);
    this.#merged = true;
  }

  /** Subtracts the update again, restoring the backbone weights (to float32 rounding). */
  unmerge(): void {
    if (!this.#merged) return;
    this.#applyMerge(-1);
    this.#merged = false;
  }

  #applyMerge(sign: 1 | -1): void {
    for (const [target, layer] of this.#layers) {
      const weight = (target as Linear | Conv1D).weight;
      tf.tidy(() => {
        const delta = layer.deltaWeight();
        weight.assign(tf.add(weight, tf.mul(target instanceof Conv1D ? delta.transpose() : delta, sign)));
      });
    }
  }
}

/** `[in, out]` of a Linear or GPT-2 Conv1D target; anything else cannot take LoRA. */
function linearShape(target: Module, name: string): [number, number] {
  if (target instanceof Linear) return [target.inFeatures, target.outFeatures];
  if (target instanceof Conv1D) return [target.inFeatures, target.outFeatures];
  throw new DeltahubError(
    'DELTA_TARGET_UNSUPPORTED',
    `LoRA needs a Linear or Conv1D target, but '${name}' is a ${target.typeName}.`,
  );
}
