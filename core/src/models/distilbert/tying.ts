import type { Linear } from '../../nn/linear.js';
import type { Parameter } from '../../nn/module.js';

/**
 * Makes `linear` use `weight` (e.g. the word embedding matrix) as its weight: the same tf.Variable is
 * registered in both places, as transformers' `tie_weights` does (Linear reads its registered
 * parameter in forward), and the Linear's original weight is disposed.
 */
export function tieLinearWeight(linear: Linear, weight: Parameter): void {
  const own = linear.weight;
  if (own === weight) return;
  if (own.shape.join() !== weight.shape.join()) {
    throw new Error(
      `Cannot tie a Linear weight [${own.shape.join(', ')}] to a tensor [${weight.shape.join(', ')}].`,
    );
  }
  linear.registerParameter('weight', weight);
  own.dispose();
}
