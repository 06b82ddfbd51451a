import { tf } from '../../runtime/tf.js';
import { zerosParameter } from '../../nn/init.js';
import { Module, type Parameter } from '../../nn/module.js';
import { Activations } from '../adapter-family/bottleneck.js';
import { glorotParameter, type FactorInit } from '../adapter-family/init.js';

/**
 * OpenDelta's low-rank projection `y = x·(W_left·W_right) + b` with `W_left [in, rank]`,
 * `W_right [rank, out]` (Glorot-initialised) and `b [out]` (zeros). Shown as `LowRankLinear`, its
 * OpenDelta name; the TypeScript class has another name because LoRA's branch already has that one.
 *
 * OpenDelta multiplies the factors element-wise (`W_left * W_right`), which is their matrix product
 * only for rank 1 and fails for higher ranks; this computes the matrix product, identical at rank 1.
 */
export class LowRankAdapterLinear extends Module<[tf.Tensor], tf.Tensor> {
  constructor(
    readonly inFeatures: number,
    readonly outFeatures: number,
    readonly rank: number,
    init: FactorInit,
  ) {
    super();
    this.registerParameter('W_left', glorotParameter([inFeatures, rank], init));
    this.registerParameter('W_right', glorotParameter([rank, outFeatures], init));
    this.registerParameter('b', zerosParameter([outFeatures]));
  }

  override get typeName(): string {
    return 'LowRankLinear';
  }

  get wLeft(): Parameter {
    return this.ownParameter('W_left');
  }

  get wRight(): Parameter {
    return this.ownParameter('W_right');
  }

  get b(): Parameter {
    return this.ownParameter('b');
  }

  forward(x: tf.Tensor): tf.Tensor {
    return tf.tidy(() => {
      const weight = tf.matMul(this.wLeft as tf.Tensor2D, this.wRight as tf.Tensor2D);
      const flat = x.reshape([-1, this.inFeatures]) as tf.Tensor2D;
      const y = tf.add(tf.matMul(flat, weight), this.b);
      return y.reshape([...x.shape.slice(0, -1), this.outFeatures]);
    });
  }
}

/**
 * OpenDelta's `LowRankAdapter` (the Compacter paper's baseline): `h + up(act(down(h)))` where both
 * projections are {@link LowRankAdapterLinear}s and the bottleneck is `hidden // reductionFactor`.
 */
export class LowRankAdapter extends Module<[tf.Tensor], tf.Tensor> {
  readonly activation: Activations;
  readonly downSampler: LowRankAdapterLinear;
  readonly upSampler: LowRankAdapterLinear;

  constructor(
    readonly hiddenDim: number,
    readonly downSampleSize: number,
    nonLinearity: string,
    rank: number,
    init: FactorInit,
  ) {
    super();
    this.activation = this.registerModule('activation', new Activations(nonLinearity));
    this.downSampler = this.registerModule(
      'down_sampler',
      new LowRankAdapterLinear(hiddenDim, downSampleSize, rank, init),
    );
    this.upSampler = this.registerModule(
      'up_sampler',
      new LowRankAdapterLinear(downSampleSize, hiddenDim, rank, init),
    );
  }

  forward(hiddens: tf.Tensor): tf.Tensor {
    return tf.tidy(() =>
      tf.add(this.upSampler.call(this.activation.call(this.downSampler.call(hiddens))), hiddens),
    );
  }
}
