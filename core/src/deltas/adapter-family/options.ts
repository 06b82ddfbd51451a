/** Option checks the adapter family shares (Adapter, Compacter, LowRankAdapter, ParallelAdapter). */
import { DeltahubError } from '../../errors.js';
import { getActivation } from '../../nn/activations.js';
import { requirePositiveInteger } from '../base/options.js';

/** `nonLinearity` must name a known activation; throws `DELTA_OPTIONS_INVALID` otherwise. */
export function validateNonLinearity(nonLinearity: string): void {
  try {
    getActivation(String(nonLinearity).toLowerCase());
  } catch (cause) {
    throw new DeltahubError(
      'DELTA_OPTIONS_INVALID',
      `nonLinearity '${nonLinearity}' is not a known activation.`,
      { cause },
    );
  }
}

/** Checks the options of a bottleneck of fixed width (Adapter, ParallelAdapter). */
export function validateBottleneckOptions(options: { bottleneckDim: number; nonLinearity: string }): void {
  requirePositiveInteger('bottleneckDim', options.bottleneckDim);
  validateNonLinearity(options.nonLinearity);
}
