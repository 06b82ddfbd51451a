import { tf } from '../../runtime/tf.js';
import { BottleneckLayer } from '../adapter-family/bottleneck.js';

/**
 * The sequential adapter of Houlsby et al. as OpenDelta's `AdapterLayer`: applied to a module's
 * output `h`, it returns `h + up(act(down(h)))` with `down [b, d]`, `up [d, b]`.
 */
export class AdapterLayer extends BottleneckLayer {
  forward(hiddens: tf.Tensor): tf.Tensor {
    return tf.tidy(() => tf.add(this.modulelist.call(hiddens), hiddens));
  }
}
