import { DeltahubError } from '../../errors.js';
import { validateNonLinearity } from '../adapter-family/options.js';
import { requireOneOf, requirePositiveInteger, withDefaults, type ConfigOptions } from '../base/options.js';

/** Initialisation of the PHM weights `W` (OpenDelta `hypercomplex_nonlinearity`). */
export type PhmWInit = 'glorot-uniform' | 'glorot-normal' | 'normal';

/** Compacter hyperparameters, OpenDelta's names in camelCase. */
export interface CompacterConfig {
  /** The bottleneck is `hidden // reductionFactor` (default 16); it must be divisible by `hypercomplexDivision`. */
  reductionFactor: number;
  /** Activation between the projections (default `gelu_new`). */
  nonLinearity: string;
  /** Initialisation of the PHM rules: `N(0, 0.01)` or `U(-0.01, 0.01)` (default `normal`). */
  phmCInit: 'normal' | 'uniform';
  /** n, the number of Kronecker terms; both sides of each projection must be divisible by it (default 4). */
  hypercomplexDivision: number;
  /** Whether the PHM rules are learned (default true); when false they are fixed buffers. */
  learnPhm: boolean;
  /** Initialisation of the weights `W_i` (default `glorot-uniform`). */
  hypercomplexNonlinearity: PhmWInit;
  /** Share one rule across layers. Not supported, as in OpenDelta 0.3 (default false). */
  sharedPhmRule: boolean;
  /** Factorise each `W_i` as `W_left_i·W_right_i` of rank `phmRank` (default true). */
  factorizedPhm: boolean;
  /** Share the weights across layers. Not supported, as in OpenDelta 0.3 (default false). */
  sharedWPhm: boolean;
  /** Factorise each rule as `rule_left·rule_right` (default false). */
  factorizedPhmRule: boolean;
  /** Rank of the `W` factorisation (default 1). */
  phmRank: number;
  /** Standard deviation of the `normal` weight initialisation (default 0.0001). */
  phmInitRange: number;
  /** OpenDelta's choice between two equal Kronecker-product implementations; kept for configs (default false). */
  kroneckerProd: boolean;
  /** Bias on the up projection (default true). */
  useBiasUpSampler: boolean;
  /** Bias on the down projection (default true). */
  useBiasDownSampler: boolean;
}

/** OpenDelta's defaults. */
export const COMPACTER_DEFAULTS: CompacterConfig = {
  reductionFactor: 16,
  nonLinearity: 'gelu_new',
  phmCInit: 'normal',
  hypercomplexDivision: 4,
  learnPhm: true,
  hypercomplexNonlinearity: 'glorot-uniform',
  sharedPhmRule: false,
  factorizedPhm: true,
  sharedWPhm: false,
  factorizedPhmRule: false,
  phmRank: 1,
  phmInitRange: 0.0001,
  kroneckerProd: false,
  useBiasUpSampler: true,
  useBiasDownSampler: true,
};

/** Checks option values; throws `DELTA_OPTIONS_INVALID` naming the first bad one. */
export function validateCompacterConfig(config: CompacterConfig): void {
  requirePositiveInteger('reductionFactor', config.reductionFactor);
  requirePositiveInteger('hypercomplexDivision', config.hypercomplexDivision);
  requirePositiveInteger('phmRank', config.phmRank);
  if (config.sharedPhmRule || config.sharedWPhm) {
    throw new DeltahubError(
      'DELTA_OPTIONS_INVALID',
      'sharedPhmRule and sharedWPhm are not supported (OpenDelta 0.3 does not support them either).',
    );
  }
  requireOneOf('phmCInit', config.phmCInit, ['normal', 'uniform']);
  requireOneOf('hypercomplexNonlinearity', config.hypercomplexNonlinearity, [
    'glorot-uniform',
    'glorot-normal',
    'normal',
  ]);
  if (!(config.phmInitRange > 0)) {
    throw new DeltahubError(
      'DELTA_OPTIONS_INVALID',
      `phmInitRange must be positive, got ${config.phmInitRange}.`,
    );
  }
  validateNonLinearity(config.nonLinearity);
}

/**
 * The config `options` ask for: OpenDelta's defaults where unset (its configs write `null` for unset
 * options such as `kronecker_prod`), validated.
 */
export function resolveCompacterConfig(options: ConfigOptions<CompacterConfig>): CompacterConfig {
  const config = withDefaults(COMPACTER_DEFAULTS, options);
  // OpenDelta's `shared_W_phm` camel-cases to `shared_WPhm` in generic config readers.
  if ((options as Record<string, unknown>)['shared_WPhm'] === true) config.sharedWPhm = true;
  validateCompacterConfig(config);
  return config;
}
