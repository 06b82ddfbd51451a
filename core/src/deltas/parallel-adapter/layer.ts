import { tf } from '../../runtime/tf.js';
import { BottleneckLayer } from '../adapter-family/bottleneck.js';

/**
 * OpenDelta's `ParallelAdapterLayer` (He et al., "Towards a unified view"): `scaled·up(act(down(x)))`
 * computed from the input `x` of the first module of a pair and added to the output of the second.
 * Projections initialised like the Adapter's (`N(0, 0.01)`, zero biases).
 */
export class ParallelAdapterLayer extends BottleneckLayer {
  constructor(
    hiddenDim: number,
    bottleneckDim: number,
    nonLinearity: string,
    readonly scaled: number,
  ) {
    super(hiddenDim, bottleneckDim, nonLinearity);
  }

  forward(x: tf.Tensor): tf.Tensor {
    return tf.tidy(() => {
      const out = this.modulelist.call(x);
      return this.scaled === 1 ? out : tf.mul(out, this.scaled);
    });
  }
}
