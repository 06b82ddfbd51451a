import type { Parameter } from '../nn/module.js';
import { tf } from '../runtime/tf.js';

/** AdamW's hyperparameters (PyTorch's `torch.optim.AdamW`, the transformers default). */
export interface AdamWOptions {
  beta1: number;
  beta2: number;
  epsilon: number;
  weightDecay: number;
}

/** One trainable parameter under AdamW: its name, whether it decays, and its two moments. */
interface Slot {
  readonly name: string;
  readonly parameter: Parameter;
  readonly decay: boolean;
  readonly expAvg: tf.Variable;
  readonly expAvgSq: tf.Variable;
}

/**
 * AdamW with decoupled weight decay, step for step as `torch.optim.AdamW`:
 * `p ← p − lr·wd·p`, then `m ← β1·m + (1−β1)·g`, `v ← β2·v + (1−β2)·g²`,
 * `p ← p − (lr / (1−β1ᵗ)) · m / (√v / √(1−β2ᵗ) + ε)`. The learning rate is given per step (the
 * schedule's). Its state (the moments and the step count) is what a checkpoint saves.
 */
export class AdamW {
  private readonly slots: Slot[];
  /** Optimizer steps taken. */
  step = 0;

  /** `decays(name)` says which parameters get weight decay (not biases and norm weights). */
  constructor(
    parameters: ReadonlyArray<readonly [string, Parameter]>,
    private readonly options: AdamWOptions,
    decays: (name: string) => boolean,
  ) {
    this.slots = parameters.map(([name, parameter]) => ({
      name,
      parameter,
      decay: decays(name),
      // In a tidy: the zero tensors go, the variables (which tidy never disposes) stay.
      expAvg: tf.tidy(() => tf.variable(tf.zerosLike(parameter), false)),
      expAvgSq: tf.tidy(() => tf.variable(tf.zerosLike(parameter), false)),
    }));
  }

  /** Applies one update with gradients by parameter name and learning rate `lr`. */
  applyGradients(gradients: Record<string, tf.Tensor>, lr: number): void {
    this.step++;
    const { beta1, beta2, epsilon, weightDecay } = this.options;
    const biasCorrection1 = 1 - beta1 ** this.step;
    const biasCorrection2Sqrt = Math.sqrt(1 - beta2 ** this.step);
    const stepSize = lr / biasCorrection1;
    tf.tidy(() => {
      for (const slot of this.slots) {
        const grad = gradients[slot.name];
        if (!grad) continue;
        let p: tf.Tensor = slot.parameter;
        if (slot.decay && weightDecay > 0) p = tf.mul(p, 1 - lr * weightDecay);
        const m = tf.add(tf.mul(slot.expAvg, beta1), tf.mul(grad, 1 - beta1));
        const v = tf.add(tf.mul(slot.expAvgSq, beta2), tf.mul(tf.square(grad), 1 - beta2));
        const denom = tf.add(tf.div(tf.sqrt(v), biasCorrection2Sqrt), epsilon);
        slot.expAvg.assign(m);
        slot.expAvgSq.assign(v);
        slot.parameter.assign(tf.sub(p, tf.mul(tf.div(m, denom), stepSize)));
      }
    });
  }

  /** The moments by `<name>.exp_avg` / `<name>.exp_avg_sq` (PyTorch's state names). */
  stateTensors(): Map<string, tf.Tensor> {
    const state = new Map<string, tf.Tensor>();
    for (const slot of this.slots) {
      state.set(`${slot.name}.exp_avg`, slot.expAvg);
      state.set(`${slot.name}.exp_avg_sq`, slot.expAvgSq);
    }
    return state;
  }

  /** Restores the moments saved by {@link stateTensors}; returns the names missing or misshapen. */
  loadState(
    values: ReadonlyMap<string, { shape: readonly number[]; data: Float32Array }>,
    step: number,
  ): string[] {
    const problems: string[] = [];
    for (const [name, variable] of this.stateTensors()) {
      const saved = values.get(name);
      if (!saved || saved.shape.join() !== variable.shape.join()) problems.push(name);
    }
    if (problems.length) return problems;
    for (const [name, variable] of this.stateTensors()) {
      const saved = values.get(name)!;
      (variable as tf.Variable).assign(tf.tensor(saved.data, [...saved.shape], 'float32'));
    }
    this.step = step;
    return [];
  }

  dispose(): void {
    for (const slot of this.slots) tf.dispose([slot.expAvg, slot.expAvgSq]);
  }
}
