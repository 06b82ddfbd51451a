import { DeltahubError } from '../../errors.js';
import { validateBottleneckOptions } from '../adapter-family/options.js';
import { resolveConfig, type ConfigOptions } from '../base/options.js';

/** ParallelAdapter hyperparameters, OpenDelta's names in camelCase. */
export interface ParallelAdapterConfig {
  /** Width of the bottleneck (default 24). */
  bottleneckDim: number;
  /** Activation between the projections (default `gelu_new`). */
  nonLinearity: string;
  /** Factor on the adapter's output before it is added (default 1). */
  scaled: number;
}

/** OpenDelta's defaults. */
export const PARALLEL_ADAPTER_DEFAULTS: ParallelAdapterConfig = {
  bottleneckDim: 24,
  nonLinearity: 'gelu_new',
  scaled: 1,
};

/** Checks option values; throws `DELTA_OPTIONS_INVALID` naming the first bad one. */
export function validateParallelAdapterConfig(config: ParallelAdapterConfig): void {
  validateBottleneckOptions(config);
  if (typeof config.scaled !== 'number' || !Number.isFinite(config.scaled)) {
    throw new DeltahubError(
      'DELTA_OPTIONS_INVALID',
      `scaled must be a finite number, got ${String(config.scaled)}.`,
    );
  }
}

/** The config `options` ask for: OpenDelta's defaults where unset (its saved configs write `scaled: null`), validated. */
export function resolveParallelAdapterConfig(
  options: ConfigOptions<ParallelAdapterConfig>,
): ParallelAdapterConfig {
  return resolveConfig(PARALLEL_ADAPTER_DEFAULTS, options, validateParallelAdapterConfig);
}
