import { DeltahubError } from '../../errors.js';
import type { Module } from '../../nn/module.js';
import { sequentialAttachment } from '../adapter-family/sequential.js';
import { afterAttentionAndFfn, outputFeatures } from '../adapter-family/targets.js';
import type { CommonStructure } from '../base/common-structure.js';
import { DeltaModel, type DeltaAttachment, type DeltaModelOptions } from '../base/delta-model.js';
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
export class LowRankAdapterModel extends DeltaModel {
  readonly deltaType = 'low_rank_adapter' as const;
  readonly config: LowRankAdapterConfig;

  constructor(options: LowRankAdapterModelOptions) {
    super(options);
    this.config = resolveLowRankAdapterConfig(options);
    this.applyDeltas();
  }

  protected defaultModifiedModules(structure: CommonStructure): string[] {
    return afterAttentionAndFfn(structure);
  }

  hyperparameters(): Record<string, unknown> {
    return { ...this.config };
  }

  protected createDelta(target: Module, name: string): DeltaAttachment {
    const hidden = outputFeatures(target, name, this.backboneModel, 'LowRankAdapter');
    const downSampleSize = Math.floor(hidden / this.config.reductionFactor);
    if (downSampleSize < 1) {
      throw new DeltahubError(
        'DELTA_OPTIONS_INVALID',
        `LowRankAdapter on '${name}': the bottleneck hidden // reductionFactor = ${hidden} // ${this.config.reductionFactor} is 0; use a reductionFactor of at most ${hidden}.`,
      );
    }
    const { nonLinearity, lowRankRank, lowRankWInit } = this.config;
    const layer = new LowRankAdapter(hidden, downSampleSize, nonLinearity, lowRankRank, lowRankWInit);
    return sequentialAttachment(target, name, 'low_rank_adapter', layer, 'LowRankAdapter');
  }
}
