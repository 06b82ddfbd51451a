import { nextDropoutSeed } from '../../nn/dropout-seeds.js';
import { tf } from '../../runtime/tf.js';

/**
 * `nn.functional.dropout(x, p, training)`: BART applies its hidden, attention and activation dropouts
 * functionally (no `Dropout` submodules), so the module tree matches transformers'.
 */
export function functionalDropout<T extends tf.Tensor>(x: T, p: number, training: boolean): T {
  return training && p > 0 ? (tf.dropout(x, p, undefined, nextDropoutSeed()) as T) : x;
}
