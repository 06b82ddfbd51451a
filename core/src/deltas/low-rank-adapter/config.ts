/** How the factors of a low-rank or PHM weight are initialised (OpenDelta's names). */
export type FactorInit = 'glorot-uniform' | 'glorot-normal';

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
