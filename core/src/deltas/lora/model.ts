import type { Conv1D, Linear } from '../../nn/linear.js';
import type { Module } from '../../nn/module.js';
import { tf } from '../../runtime/tf.js';
import type { CommonStructure } from '../base/common-structure.js';
import type { DeltaAttachment, DeltaModelOptions } from '../base/delta-model.js';
import { MergeableDeltaModel, assignOutIn, linearTarget, weightOutIn } from '../base/mergeable.js';
import { loraScaling, patternValue, resolveLoraConfig, type LoraConfig } from './config.js';
import { LowRankLinear } from './layer.js';

/** Options of {@link LoraModel}. */
export type LoraModelOptions = DeltaModelOptions & Partial<LoraConfig>;

/**
 * LoRA: a trainable low-rank update in parallel to each target linear layer,
 * `y = W·x + b + dropout(x)·Aᵀ·Bᵀ·(alpha/r)`. Defaults to the attention query and value projections
 * (GPT-2's fused `c_attn`). PEFT's extras: rsLoRA (`useRslora`), DoRA (`useDora`) and per-module
 * ranks and alphas (`rankPattern`, `alphaPattern`). `merge()` folds the update into the weights for
 * inference at no cost.
 */
export class LoraModel extends MergeableDeltaModel {
  readonly deltaType = 'lora' as const;
  readonly config: LoraConfig;
  #layers = new Map<Linear | Conv1D, LowRankLinear>();
  /** DoRA's `‖W + ΔW‖` per target at merge time: unmerging needs the norm of the original weight. */
  #mergedNorms = new Map<Linear | Conv1D, tf.Tensor1D>();

  constructor(options: LoraModelOptions) {
    super(options);
    this.config = resolveLoraConfig(options);
    this.applyDeltas();
  }

  protected defaultModifiedModules(structure: CommonStructure): string[] {
    return structure.fusedQkv ? [...structure.fusedQkv] : [...structure.query, ...structure.value];
  }

  hyperparameters(): Record<string, unknown> {
    return {
      ...this.config,
      rankPattern: { ...this.config.rankPattern },
      alphaPattern: { ...this.config.alphaPattern },
    };
  }

  /** The rank and alpha used for one module: its rank/alpha pattern entry, else `loraR` / `loraAlpha`. */
  rankAndAlpha(moduleName: string): { r: number; alpha: number } {
    return {
      r: patternValue(this.config.rankPattern, moduleName) ?? this.config.loraR,
      alpha: patternValue(this.config.alphaPattern, moduleName) ?? this.config.loraAlpha,
    };
  }

  protected createDelta(target: Module, name: string): DeltaAttachment {
    const layerTarget = linearTarget(target, name, 'LoRA');
    const { r, alpha } = this.rankAndAlpha(name);
    const scaling = loraScaling({ loraAlpha: alpha, useRslora: this.config.useRslora }, r);
    const layer = new LowRankLinear(
      layerTarget.inFeatures,
      layerTarget.outFeatures,
      r,
      scaling,
      this.config.loraDropout,
    );
    if (this.config.useDora) tf.tidy(() => layer.enableDora(weightOutIn(layerTarget)));
    this.#layers.set(layerTarget, layer);
    return {
      children: [['lora', layer]],
      install: () => [
        target.registerForwardHook((_module, [x], output) => {
          // Merged weights already contain the update.
          if (this.isMerged) return output;
          if (layer.magnitude) {
            return tf.tidy(() =>
              layer.doraOutput(
                x as tf.Tensor,
                output as tf.Tensor,
                weightOutIn(layerTarget),
                layerTarget.bias,
              ),
            );
          }
          return tf.tidy(() => tf.add(output as tf.Tensor, layer.call(x as tf.Tensor)));
        }),
      ],
    };
  }

  /**
   * Folds the updates into the target weights; outputs stay the same, the extra matmuls go. LoRA
   * adds `scaling·B·A`; DoRA sets `W ← m/‖W + ΔW‖ · (W + ΔW)` row-wise, as PEFT's merge does (the
   * bias is untouched in both).
   */
  protected mergeWeights(): void {
    for (const [target, layer] of this.#layers) {
      tf.tidy(() => {
        const weight = weightOutIn(target);
        const delta = layer.deltaWeight();
        let merged: tf.Tensor2D = tf.add(weight, delta);
        const magnitude = layer.magnitude;
        if (magnitude) {
          const norm = tf.keep(layer.weightNorm(weight));
          this.#mergedNorms.set(target, norm);
          merged = tf.mul(merged, tf.div(magnitude, norm).reshape([-1, 1]));
        }
        assignOutIn(target, merged);
      });
    }
  }

  /**
   * Undoes {@link LoraModel.merge}, restoring the backbone weights to float32 rounding: subtracts
   * `scaling·B·A`, for DoRA after dividing by the factor computed from the original weight's norm
   * (cached at merge, as PEFT does, since the merged weight no longer gives it).
   */
  protected unmergeWeights(): void {
    for (const [target, layer] of this.#layers) {
      tf.tidy(() => {
        let weight = weightOutIn(target);
        const magnitude = layer.magnitude;
        const norm = this.#mergedNorms.get(target);
        if (magnitude && norm) weight = tf.div(weight, tf.div(magnitude, norm).reshape([-1, 1]));
        assignOutIn(target, tf.sub(weight, layer.deltaWeight()));
      });
    }
    for (const norm of this.#mergedNorms.values()) norm.dispose();
    this.#mergedNorms.clear();
  }
}
