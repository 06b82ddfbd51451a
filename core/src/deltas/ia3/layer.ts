import { onesParameter } from '../../nn/init.js';
import { Module, type Parameter } from '../../nn/module.js';
import { tf } from '../../runtime/tf.js';

/**
 * The (IA)³ vector of one target: `ia3_l`, ones at initialisation (so a fresh delta changes
 * nothing), multiplying the target's output (`[out]`) or, for a feed-forward target, its input
 * (`[in]`).
 *
 * PEFT mapping: PEFT stores the vector on the wrapped layer as `<module>.ia3_l` (`.default` in the
 * live model) with shape `[out, 1]` for output scaling and `[1, in]` for feed-forward targets;
 * deltahub holds it in a child module, `<module>.ia3.ia3_l`, as a flat `[out]` / `[in]` vector:
 * reshape to convert either way.
 */
export class IA3Vector extends Module<[tf.Tensor], tf.Tensor> {
  constructor(
    readonly features: number,
    /** Whether the vector scales the target's input (PEFT `is_feedforward`) rather than its output. */
    readonly isFeedforward: boolean,
  ) {
    super();
    this.registerParameter('ia3_l', onesParameter([features]));
  }

  get ia3L(): Parameter {
    return this.ownParameter('ia3_l');
  }

  /** Scales the last dimension of `x` by the vector. */
  forward(x: tf.Tensor): tf.Tensor {
    return tf.mul(x, this.ia3L);
  }
}
