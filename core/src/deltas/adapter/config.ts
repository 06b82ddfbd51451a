import { validateBottleneckOptions } from '../adapter-family/options.js';
import { resolveConfig, type ConfigOptions } from '../base/options.js';

/** Adapter hyperparameters, OpenDelta's names in camelCase. */
export interface AdapterConfig {
  /** Width of the bottleneck between the down and up projections (OpenDelta `bottleneck_dim`, default 24). */
  bottleneckDim: number;
  /** Activation between the projections, by its transformers name (default `gelu_new`). */
  nonLinearity: string;
}

/** OpenDelta's defaults. */
export const ADAPTER_DEFAULTS: AdapterConfig = { bottleneckDim: 24, nonLinearity: 'gelu_new' };

/** Checks option values; throws `DELTA_OPTIONS_INVALID` naming the first bad one. */
export function validateAdapterConfig(config: AdapterConfig): void {
  validateBottleneckOptions(config);
}

/** The config `options` ask for: OpenDelta's defaults where unset, validated. */
export function resolveAdapterConfig(options: ConfigOptions<AdapterConfig>): AdapterConfig {
  return resolveConfig(ADAPTER_DEFAULTS, options, validateAdapterConfig);
}
