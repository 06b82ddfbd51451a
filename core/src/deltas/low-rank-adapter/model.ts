import { DeltahubError } from '../../errors.js';
import { SequentialAdapterModel } from '../adapter-family/sequential-model.js';
import type { DeltaModelOptions } from '../base/delta-model.js';
import { resolveLowRankAdapterConfig, type LowRankAdapterConfig } from './config.js';
import { LowRankAdapter } from './layer.js';

/** Options of {@link LowRankAdapterModel}. */
export type LowRankAdapterModelOptions = DeltaModelOptions & Partial<LowRankAdapterConfig>;

/**
 * OpenDelta's `LowRankAdapterModel`: an adapter after each target whose projections are low-rank
 * products `W_left·W_right`, registered as the target's child `low_rank_adapter`
 * (`...dense.low_rank_adapter.down_sampler.W_left`). Bottleneck `hidden // reductionFactor`.
 * Defaults to the attention output projection and the second FFN projection of every layer.
 */
export class LowRankAdapterModel extends SequentialAdapterModel<LowRankAdapterConfig> {
  readonly deltaType = 'low_rank_adapter' as const;
  protected readonly childName = 'low_rank_adapter';
  protected readonly methodName = 'LowRankAdapter';

  constructor(options: LowRankAdapterModelOptions) {
    super(options, () => resolveLowRankAdapterConfig(options));
    this.applyDeltas();
  }

  protected createLayer(hidden: number, name: string): LowRankAdapter {
    const downSampleSize = Math.floor(hidden / this.config.reductionFactor);
    if (downSampleSize < 1) {
      throw new DeltahubError(
        'DELTA_OPTIONS_INVALID',
        `LowRankAdapter on '${name}': the bottleneck hidden // reductionFactor = ${hidden} // ${this.config.reductionFactor} is 0; use a reductionFactor of at most ${hidden}.`,
      );
    }
    const { nonLinearity, lowRankRank, lowRankWInit } = this.config;
    return new LowRankAdapter(hidden, downSampleSize, nonLinearity, lowRankRank, lowRankWInit);
  }
}
