/**
 * What LoRA and (IA)³ share to fold their updates into Linear / GPT-2 Conv1D target weights: the
 * merge state (merge, unmerge, detach unmerging first) and the target weight in `[out, in]` layout
 * whatever the module stores.
 */
import { DeltahubError } from '../../errors.js';
import { Conv1D, Linear } from '../../nn/linear.js';
import type { Module } from '../../nn/module.js';
import { tf } from '../../runtime/tf.js';
import { DeltaModel } from './delta-model.js';

/** A delta whose updates can be folded into the backbone weights and taken out again. */
export abstract class MergeableDeltaModel extends DeltaModel {
  #merged = false;

  /** Folds every update into its target's weights (called unmerged and attached). */
  protected abstract mergeWeights(): void;

  /** Takes the updates back out of the weights (called merged). */
  protected abstract unmergeWeights(): void;

  /**
   * Takes the delta out; merged weights are unmerged first, so the backbone computes as before
   * (to float32 rounding of the merge round trip; exactly when it was never merged).
   */
  override detach(): void {
    if (this.#merged) this.unmerge();
    super.detach();
  }

  /** Whether the updates are currently folded into the backbone weights. */
  get isMerged(): boolean {
    return this.#merged;
  }

  /** Folds the updates into the target weights: outputs stay the same, the extra computation goes. */
  merge(): void {
    if (this.#merged) return;
    if (!this.isAttached) {
      throw new DeltahubError(
        'DELTA_NOT_ATTACHED',
        'merge() folds an attached delta into the backbone: attach() it first.',
      );
    }
    this.mergeWeights();
    this.#merged = true;
  }

  /** Undoes {@link MergeableDeltaModel.merge}, restoring the backbone weights to float32 rounding. */
  unmerge(): void {
    if (!this.#merged) return;
    this.unmergeWeights();
    this.#merged = false;
  }
}

/** A Linear or GPT-2 Conv1D target; anything else cannot take the `method`. */
export function linearTarget(target: Module, name: string, method: string): Linear | Conv1D {
  if (target instanceof Linear || target instanceof Conv1D) return target;
  throw new DeltahubError(
    'DELTA_TARGET_UNSUPPORTED',
    `${method} needs a Linear or Conv1D target, but '${name}' is a ${target.typeName}.`,
  );
}

/** The target's weight in `[out, in]` layout (Conv1D stores `[in, out]`: PEFT's `fan_in_fan_out`). */
export function weightOutIn(target: Linear | Conv1D): tf.Tensor2D {
  return (target instanceof Conv1D ? tf.transpose(target.weight) : target.weight) as tf.Tensor2D;
}

/** Writes an `[out, in]` weight back in the target's own layout. */
export function assignOutIn(target: Linear | Conv1D, weight: tf.Tensor2D): void {
  target.weight.assign(target instanceof Conv1D ? tf.transpose(weight) : weight);
}
