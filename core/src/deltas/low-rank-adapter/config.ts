import type { FactorInit } from '../adapter-family/init.js';
import { validateNonLinearity } from '../adapter-family/options.js';
import { requireOneOf, requirePositiveInteger, resolveConfig, type ConfigOptions } from '../base/options.js';

export type { FactorInit };

/** LowRankAdapter hyperparameters, OpenDelta's names in camelCase. */
export interface LowRankAdapterConfig {
  /** The bottleneck is `hidden // reductionFactor` (default 32). */
  reductionFactor: number;
  /** Activation between the projections (default `gelu_new`). */
  nonLinearity: string;
  /** Initialisation of `W_left` and `W_right` (OpenDelta `low_rank_w_init`, default `glorot-uniform`). */
  lowRankWInit: FactorInit;
  /** Rank of each projection's factorisation `W_left·W_right` (default 1). */
  lowRankRank: number;
}

/** OpenDelta's defaults. */
export const LOW_RANK_ADAPTER_DEFAULTS: LowRankAdapterConfig = {
  reductionFactor: 32,
  nonLinearity: 'gelu_new',
  lowRankWInit: 'glorot-uniform',
  lowRankRank: 1,
};

/** Checks option values; throws `DELTA_OPTIONS_INVALID` naming the first bad one. */
export function validateLowRankAdapterConfig(config: LowRankAdapterConfig): void {
  requirePositiveInteger('reductionFactor', config.reductionFactor);
  requirePositiveInteger('lowRankRank', config.lowRankRank);
  requireOneOf('lowRankWInit', config.lowRankWInit, ['glorot-uniform', 'glorot-normal']);
  validateNonLinearity(config.nonLinearity);
}

/** The config `options` ask for: OpenDelta's defaults where unset, validated. */
export function resolveLowRankAdapterConfig(
  options: ConfigOptions<LowRankAdapterConfig>,
): LowRankAdapterConfig {
  return resolveConfig(LOW_RANK_ADAPTER_DEFAULTS, options, validateLowRankAdapterConfig);
}
