import {
  requireBoolean,
  requireOneOf,
  requirePositiveInteger,
  resolveConfig,
  type ConfigOptions,
} from '../base/options.js';

/** Prefix-tuning hyperparameters, OpenDelta's names in camelCase. */
export interface PrefixConfig {
  /** Number of prefix positions prepended to every modified attention's keys and values (default 6). */
  prefixTokenNum: number;
  /**
   * Generate the prefixes with a shared MLP (`reparams`: embedding → Linear → tanh → Linear), as
   * OpenDelta and the prefix-tuning paper do (default true); otherwise each modified attention owns
   * its `past_key` / `past_value` directly.
   */
  reparameterize: boolean;
  /** Width of the reparameterisation's prefix embedding `wte` (default 512). */
  embedDim: number;
  /** Hidden width of the reparameterisation MLP (default 512). */
  midDim: number;
  /**
   * T5 only: the relative position bias of a prefixed self-attention, whose prefix is a past.
   * `'perLayer'` (default, OpenDelta): each attention computes its own, so blocks without
   * `relative_attention_bias` (all but the first of a stack) have none. `'shared'` (transformers
   * given `past_key_values`, as PEFT's prefix tuning does): every block uses its stack's first
   * block's bias over the prefix and the keys.
   */
  t5PositionBias: 'perLayer' | 'shared';
}

/** OpenDelta's defaults. */
export const PREFIX_DEFAULTS: PrefixConfig = {
  prefixTokenNum: 6,
  reparameterize: true,
  embedDim: 512,
  midDim: 512,
  t5PositionBias: 'perLayer',
};

/** Checks option values; throws `DELTA_OPTIONS_INVALID` naming the first bad one. */
export function validatePrefixConfig(config: PrefixConfig): void {
  for (const key of ['prefixTokenNum', 'embedDim', 'midDim'] as const)
    requirePositiveInteger(key, config[key]);
  requireBoolean('reparameterize', config.reparameterize);
  requireOneOf('t5PositionBias', config.t5PositionBias, ['perLayer', 'shared']);
}

/** The config `options` ask for: OpenDelta's defaults where unset, validated. */
export function resolvePrefixConfig(options: ConfigOptions<PrefixConfig>): PrefixConfig {
  return resolveConfig(PREFIX_DEFAULTS, options, validatePrefixConfig);
}
