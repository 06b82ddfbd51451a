import { tf } from '../../runtime/tf.js';
import { Module } from '../../nn/module.js';
import { adapterBottleneck, type Sequential } from '../adapter/layer.js';

/**
 * OpenDelta's `ParallelAdapterLayer` (He et al., "Towards a unified view"): `scaled·up(act(down(x)))`
 * computed from the input `x` of the first module of a pair and added to the output of the second.
 * Projections initialised like the Adapter's (`N(0, 0.01)`, zero biases).
 */
export class ParallelAdapterLayer extends Module<[tf.Tensor], tf.Tensor> {
  readonly modulelist: Sequential;

  constructor(
    readonly hiddenDim: number,
    readonly bottleneckDim: number,
    readonly nonLinearity: string,
    readonly scaled: number,
  ) {
    super();
    this.modulelist = this.registerModule(
      'modulelist',
      adapterBottleneck(hiddenDim, bottleneckDim, nonLinearity),
    );
  }

  forward(x: tf.Tensor): tf.Tensor {
    return tf.tidy(() => {
      const out = this.modulelist.call(x);
      return this.scaled === 1 ? out : tf.mul(out, this.scaled);
    });
  }
}
