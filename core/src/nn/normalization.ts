import { tf } from '../runtime/tf.js';
import { onesParameter, zerosParameter } from './init.js';
import { Module, type Parameter } from './module.js';

/** Layer normalisation over the last dimension, with weight and (optional) bias as in PyTorch. */
export class LayerNorm extends Module<[tf.Tensor], tf.Tensor> {
  get weight(): Parameter {
    return this.ownParameter('weight');
  }

  constructor(
    readonly normalizedShape: number,
    readonly eps = 1e-5,
    options: { bias?: boolean } = {},
  ) {
    super();
    this.registerParameter('weight', onesParameter([normalizedShape]));
    if (options.bias ?? true) this.registerParameter('bias', zerosParameter([normalizedShape]));
  }

  /** Undefined for bias-free norms until BitFit adds one. */
  get bias(): Parameter | undefined {
    return this.optionalOwnParameter('bias');
  }

  forward(x: tf.Tensor): tf.Tensor {
    return tf.tidy(() => {
      const { mean, variance } = tf.moments(x, -1, true);
      const normalized = tf.mul(tf.sub(x, mean), tf.rsqrt(tf.add(variance, this.eps)));
      const scaled = tf.mul(normalized, this.weight);
      const bias = this.bias;
      return bias ? tf.add(scaled, bias) : scaled;
    });
  }
}

/**
 * T5's layer norm: root-mean-square scaling with a weight and no mean subtraction or bias
 * (`T5LayerNorm`). BitFit may register a bias, which is then added.
 */
export class RMSNorm extends Module<[tf.Tensor], tf.Tensor> {
  get weight(): Parameter {
    return this.ownParameter('weight');
  }

  /** T5 norms have no bias; BitFit may register one, which is then added. */
  get bias(): Parameter | undefined {
    return this.optionalOwnParameter('bias');
  }

  constructor(
    readonly normalizedShape: number,
    readonly eps = 1e-6,
  ) {
    super();
    this.registerParameter('weight', onesParameter([normalizedShape]));
  }

  override get typeName(): string {
    return 'T5LayerNorm';
  }

  forward(x: tf.Tensor): tf.Tensor {
    return tf.tidy(() => {
      const variance = tf.mean(tf.square(x), -1, true);
      const scaled = tf.mul(tf.mul(x, tf.rsqrt(tf.add(variance, this.eps))), this.weight);
      const bias = this.bias;
      return bias ? tf.add(scaled, bias) : scaled;
    });
  }
}
