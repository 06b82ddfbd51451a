import { tf } from '../runtime/tf.js';
import { kaimingUniformParameter, normalParameter, uniformParameter, zerosParameter } from './init.js';
import { Module, type Parameter } from './module.js';

/** Applies `x` to a weight stored `[out, in]`: flattens leading dimensions for one 2-D matmul. */
export function linearForward(x: tf.Tensor, weight: tf.Tensor, bias?: tf.Tensor): tf.Tensor {
  return tf.tidy(() => {
    const inFeatures = x.shape[x.shape.length - 1]!;
    const outFeatures = weight.shape[0]!;
    const flat = x.rank === 2 ? (x as tf.Tensor2D) : x.reshape([-1, inFeatures]);
    let y: tf.Tensor = tf.matMul(flat, weight as tf.Tensor2D, false, true);
    if (bias) y = tf.add(y, bias);
    return x.rank === 2 ? y : y.reshape([...x.shape.slice(0, -1), outFeatures]);
  });
}

/**
 * `y = x·Wᵀ + b` with the weight stored `[out, in]` as in PyTorch's `nn.Linear`, so checkpoint
 * tensors load without transposition. Initialised like PyTorch (Kaiming uniform, a = √5).
 */
export class Linear extends Module<[tf.Tensor], tf.Tensor> {
  /** `[out, in]`. */
  get weight(): Parameter {
    return this.ownParameter('weight');
  }

  /** Undefined when built with `bias: false` (BitFit may add one later through `registerParameter`). */
  get bias(): Parameter | undefined {
    return this.optionalOwnParameter('bias');
  }

  constructor(
    readonly inFeatures: number,
    readonly outFeatures: number,
    options: { bias?: boolean } = {},
  ) {
    super();
    this.registerParameter('weight', kaimingUniformParameter([outFeatures, inFeatures]));
    if (options.bias ?? true)
      this.registerParameter('bias', uniformParameter([outFeatures], 1 / Math.sqrt(inFeatures)));
  }

  forward(x: tf.Tensor): tf.Tensor {
    return linearForward(x, this.weight, this.bias);
  }
}

/**
 * GPT-2's `Conv1D`: a linear layer whose weight is stored `[in, out]` (`y = x·W + b`), exactly as
 * the checkpoints hold it.
 */
export class Conv1D extends Module<[tf.Tensor], tf.Tensor> {
  /** `[in, out]`. */
  get weight(): Parameter {
    return this.ownParameter('weight');
  }

  get bias(): Parameter {
    return this.ownParameter('bias');
  }

  constructor(
    /** Output features (`nf` in transformers). */
    readonly outFeatures: number,
    /** Input features (`nx` in transformers). */
    readonly inFeatures: number,
  ) {
    super();
    this.registerParameter('weight', normalParameter([inFeatures, outFeatures], 0.02));
    this.registerParameter('bias', zerosParameter([outFeatures]));
  }

  forward(x: tf.Tensor): tf.Tensor {
    return tf.tidy(() => {
      const flat = x.reshape([-1, this.inFeatures]) as tf.Tensor2D;
      const y = tf.add(tf.matMul(flat, this.weight as tf.Tensor2D), this.bias);
      return y.reshape([...x.shape.slice(0, -1), this.outFeatures]);
    });
  }
}
