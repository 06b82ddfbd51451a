import { DeltahubError } from '../../errors.js';
import { SequentialAdapterModel } from '../adapter-family/sequential-model.js';
import type { DeltaModelOptions } from '../base/delta-model.js';
import { resolveCompacterConfig, type CompacterConfig } from './config.js';
import { HyperComplexAdapterLayer } from './layer.js';

/** Options of {@link CompacterModel}. */
export type CompacterModelOptions = DeltaModelOptions & Partial<CompacterConfig>;

/**
 * Compacter (Karimi Mahabadi et al. 2021) as OpenDelta's `CompacterModel`: an adapter after each
 * target whose projections are parameterised hypercomplex multiplications, registered as the
 * target's child `compactor` (OpenDelta's spelling: `...dense.compactor.down_sampler.phm_rule`).
 * Bottleneck `hidden // reductionFactor`, which must be divisible by `hypercomplexDivision`.
 * Defaults to the attention output projection and the second FFN projection of every layer.
 */
export class CompacterModel extends SequentialAdapterModel<CompacterConfig> {
  readonly deltaType = 'compacter' as const;
  protected readonly childName = 'compactor';
  protected readonly methodName = 'Compacter';

  constructor(options: CompacterModelOptions) {
    super(options, () => resolveCompacterConfig(options));
    this.applyDeltas();
  }

  protected createLayer(hidden: number, name: string): HyperComplexAdapterLayer {
    const { reductionFactor, hypercomplexDivision: n } = this.config;
    const downSampleSize = Math.floor(hidden / reductionFactor);
    if (downSampleSize < 1 || hidden % n !== 0 || downSampleSize % n !== 0) {
      // OpenDelta fails here with a bare assertion (hidden 32, default reductionFactor 16: bottleneck 2).
      const fitting = fittingReductionFactors(hidden, n);
      throw new DeltahubError(
        'DELTA_OPTIONS_INVALID',
        `Compacter on '${name}': hidden size ${hidden} and bottleneck ${hidden} // reductionFactor ${reductionFactor} = ${downSampleSize} must both be positive multiples of hypercomplexDivision ${n}` +
          (fitting.length
            ? `; reductionFactor values that fit: ${fitting.join(', ')}.`
            : '; no reductionFactor fits this hypercomplexDivision.'),
      );
    }
    return new HyperComplexAdapterLayer(hidden, downSampleSize, this.config);
  }
}

/** Reduction factors giving a bottleneck that is a positive multiple of `n` (at most 8 listed). */
function fittingReductionFactors(hidden: number, n: number): number[] {
  if (hidden % n !== 0) return [];
  const fits: number[] = [];
  for (let r = 1; r <= hidden && fits.length < 8; r++) {
    const b = Math.floor(hidden / r);
    if (b >= n && b % n === 0) fits.push(r);
  }
  return fits;
}
