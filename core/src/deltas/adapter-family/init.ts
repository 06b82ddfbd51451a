import { tf } from '../../runtime/tf.js';
import { parameterFrom, randomInitSkipped, zerosParameter } from '../../nn/init.js';
import type { Parameter } from '../../nn/module.js';

/** How the factors of a low-rank or PHM weight are initialised (OpenDelta's names). */
export type FactorInit = 'glorot-uniform' | 'glorot-normal';

/**
 * The compacter code base's `glorot_uniform` / `glorot_normal`: PyTorch's Xavier initialisers with
 * gain √2, on a 2-D factor (or on each 2-D slice of a stacked `[n, a, b]` factor, as PHM layers do).
 */
export function glorotParameter(shape: number[], init: FactorInit): Parameter {
  if (randomInitSkipped()) return zerosParameter(shape);
  const fanOut = shape[shape.length - 2]!;
  const fanIn = shape[shape.length - 1]!;
  if (init === 'glorot-uniform') {
    const bound = Math.SQRT2 * Math.sqrt(6 / (fanIn + fanOut));
    return parameterFrom(tf.randomUniform(shape, -bound, bound, 'float32'));
  }
  const std = Math.SQRT2 * Math.sqrt(2 / (fanIn + fanOut));
  return parameterFrom(tf.randomNormal(shape, 0, std, 'float32'));
}
