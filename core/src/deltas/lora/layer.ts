import { tf } from '../../runtime/tf.js';
import { Dropout } from '../../nn/dropout.js';
import { kaimingUniformParameter, parameterFrom, zerosParameter } from '../../nn/init.js';
import { linearForward } from '../../nn/linear.js';
import { Module, type Parameter } from '../../nn/module.js';

/**
 * The LoRA branch OpenDelta calls `LowRankLinear`: `dropout(x)·Aᵀ·Bᵀ·scaling` with `lora_A [r, in]`
 * (Kaiming uniform, a = √5) and `lora_B [out, r]` (zeros), so a fresh delta changes nothing.
 *
 * With DoRA ({@link LowRankLinear.enableDora}) it also holds `lora_magnitude_vector [out]`, PEFT's
 * per-output magnitude (PEFT key `<module>.lora_magnitude_vector`, or `...lora_magnitude_vector.weight`
 * from PEFT 0.12 on).
 */
export class LowRankLinear extends Module<[tf.Tensor], tf.Tensor> {
  readonly dropout: Dropout;

  constructor(
    readonly inFeatures: number,
    readonly outFeatures: number,
    readonly r: number,
    readonly scaling: number,
    dropout: number,
  ) {
    super();
    this.registerParameter('lora_A', kaimingUniformParameter([r, inFeatures]));
    this.registerParameter('lora_B', zerosParameter([outFeatures, r]));
    this.dropout = this.registerModule('lora_dropout', new Dropout(dropout));
  }

  get loraA(): Parameter {
    return this.ownParameter('lora_A');
  }

  get loraB(): Parameter {
    return this.ownParameter('lora_B');
  }

  /** DoRA's magnitude `[out]`; undefined for plain LoRA. */
  get magnitude(): Parameter | undefined {
    return this.optionalOwnParameter('lora_magnitude_vector');
  }

  /**
   * Turns this branch into DoRA: the magnitude starts as the row norms of `W + scaling·B·A` (of `W`
   * while B is zero), so the output is unchanged at initialisation. `weight` is the target's weight
   * in `[out, in]` layout.
   */
  enableDora(weight: tf.Tensor2D): void {
    this.registerParameter('lora_magnitude_vector', parameterFrom(this.weightNorm(weight)));
  }

  forward(x: tf.Tensor): tf.Tensor {
    return this.#branch(this.dropout.call(x));
  }

  /** `x·Aᵀ·Bᵀ·scaling` without dropout. */
  #branch(x: tf.Tensor): tf.Tensor {
    return tf.tidy(() => {
      const flat = x.reshape([-1, this.inFeatures]) as tf.Tensor2D;
      const down = tf.matMul(flat, this.loraA as tf.Tensor2D, false, true);
      const up = tf.matMul(down, this.loraB as tf.Tensor2D, false, true);
      return tf.mul(up, this.scaling).reshape([...x.shape.slice(0, -1), this.outFeatures]);
    });
  }

  /** The dense update `scaling·B·A` in `[out, in]` layout. */
  deltaWeight(): tf.Tensor2D {
    return tf.tidy(() =>
      tf.mul(tf.matMul(this.loraB as tf.Tensor2D, this.loraA as tf.Tensor2D), this.scaling),
    );
  }

  /** `‖W + scaling·B·A‖` per output row (`[out]`), PEFT's `get_weight_norm`; `weight` is `[out, in]`. */
  weightNorm(weight: tf.Tensor2D): tf.Tensor1D {
    return tf.tidy(() => tf.sqrt(tf.sum(tf.square(tf.add(weight, this.deltaWeight())), 1)) as tf.Tensor1D);
  }

  /**
   * The target's output with DoRA applied, given its plain output `W·x + b`. PEFT's formula
   * (`DoraLinearLayer.forward`): with `f = m / ‖W + scaling·B·A‖` (norm detached from the gradient,
   * as the DoRA paper's section 4.3 suggests), the output is
   * `W·x + b + (f − 1)·W·x' + f·scaling·B·A·x'`, where `x'` is the dropped-out input. Without
   * active dropout `W·x'` is the plain output minus the bias, so no second matmul is needed; with it
   * PEFT recomputes `W·x'`, and so does this.
   */
  doraOutput(x: tf.Tensor, output: tf.Tensor, weight: tf.Tensor2D, bias: tf.Tensor | undefined): tf.Tensor {
    return tf.tidy(() => {
      const magnitude = this.magnitude;
      if (!magnitude) throw new Error('doraOutput called on a LowRankLinear without DoRA');
      const factor = tf.div(magnitude, stopGradient(this.weightNorm(weight)));
      const dropped = this.dropout.call(x);
      const base = dropped === x ? (bias ? tf.sub(output, bias) : output) : linearForward(dropped, weight);
      return tf.add(output, tf.add(tf.mul(tf.sub(factor, 1), base), tf.mul(factor, this.#branch(dropped))));
    });
  }
}

/**
 * The identity with a zero gradient (PyTorch's `.detach()`); tfjs has no `stopGradient`, so a
 * custom gradient supplies zeros.
 */
const detached = tf.customGrad((x) => ({
  value: tf.clone(x as tf.Tensor),
  gradFunc: (dy: tf.Tensor) => tf.zerosLike(dy),
}));

function stopGradient<T extends tf.Tensor>(x: T): T {
  return detached(x) as T;
}
