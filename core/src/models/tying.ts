import type { Module, Parameter } from '../nn/module.js';

/**
 * Makes `module` (a Linear or an Embedding) use `weight` (e.g. the word embedding matrix) as its
 * `weight`: the same tf.Variable is registered in both places, as transformers' `tie_weights` does
 * (the module reads its registered parameter in forward), and the module's original weight is
 * disposed.
 */
export function tieWeight(module: Module & { readonly weight: Parameter }, weight: Parameter): void {
  const own = module.weight;
  if (own === weight) return;
  if (own.shape.join() !== weight.shape.join()) {
    throw new Error(
      `Cannot tie a ${module.typeName} weight [${own.shape.join(', ')}] to a tensor [${weight.shape.join(', ')}].`,
    );
  }
  module.registerParameter('weight', weight);
  own.dispose();
}
