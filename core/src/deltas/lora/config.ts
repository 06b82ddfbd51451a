import { DeltahubError } from '../../errors.js';
import { requirePositiveInteger, withDefaults, type ConfigOptions } from '../base/options.js';

/** LoRA hyperparameters, OpenDelta's names in camelCase plus PEFT's extras. */
export interface LoraConfig {
  /** Rank r of the update (OpenDelta `lora_r`, default 8). */
  loraR: number;
  /** Scaling numerator (default 16): the update is multiplied by alpha/r, or alpha/√r with rsLoRA. */
  loraAlpha: number;
  /** Dropout on the LoRA branch's input (default 0). */
  loraDropout: number;
  /** rsLoRA: scale by alpha/√r (PEFT `use_rslora`), stable at high ranks. */
  useRslora: boolean;
  /**
   * DoRA (PEFT `use_dora`): a trainable magnitude per output feature, `lora_magnitude_vector`,
   * initialised to the row norms of the weight; the output becomes
   * `m / ‖W + scaling·B·A‖ · (W + scaling·B·A)·x + b`, the norm detached from the gradient.
   */
  useDora: boolean;
  /**
   * Per-module ranks (PEFT `rank_pattern`): `{ pattern: r }`, where a pattern is a regular
   * expression matched as `(.*\.)?(pattern)$` against the full module name; the first key that
   * matches wins, other modules use `loraR`.
   */
  rankPattern: Readonly<Record<string, number>>;
  /** Per-module alphas (PEFT `alpha_pattern`), matched like `rankPattern`. */
  alphaPattern: Readonly<Record<string, number>>;
}

/** OpenDelta's defaults; the PEFT extras are off. */
export const LORA_DEFAULTS: LoraConfig = {
  loraR: 8,
  loraAlpha: 16,
  loraDropout: 0,
  useRslora: false,
  useDora: false,
  rankPattern: {},
  alphaPattern: {},
};

/** The factor applied to the low-rank product. */
export function loraScaling(config: Pick<LoraConfig, 'loraAlpha' | 'useRslora'>, r: number): number {
  return config.useRslora ? config.loraAlpha / Math.sqrt(r) : config.loraAlpha / r;
}

/**
 * The value of the first key of `patterns` that matches `moduleName` as PEFT's `get_pattern_key`
 * does (`re.match(rf"(.*\.)?({key})$", name)`: the key must match a whole dot-bounded suffix), or
 * undefined when none does.
 */
export function patternValue(
  patterns: Readonly<Record<string, number>>,
  moduleName: string,
): number | undefined {
  for (const [key, value] of Object.entries(patterns)) {
    let regex: RegExp;
    try {
      regex = new RegExp(`^(.*\\.)?(${key})$`);
    } catch (cause) {
      throw new DeltahubError(
        'DELTA_OPTIONS_INVALID',
        `Invalid regular expression '${key}' in a LoRA rank/alpha pattern.`,
        {
          cause,
        },
      );
    }
    if (regex.test(moduleName)) return value;
  }
  return undefined;
}

/** Checks option values; throws `DELTA_OPTIONS_INVALID` naming the first bad one. */
export function validateLoraConfig(config: LoraConfig): void {
  requirePositiveInteger('loraR', config.loraR);
  for (const [key, r] of Object.entries(config.rankPattern))
    requirePositiveInteger(`rankPattern['${key}']`, r);
  for (const [key, alpha] of Object.entries({
    loraAlpha: config.loraAlpha,
    ...prefixed('alphaPattern', config.alphaPattern),
  })) {
    if (!Number.isFinite(alpha)) {
      throw new DeltahubError('DELTA_OPTIONS_INVALID', `${key} must be a finite number, got ${alpha}.`);
    }
  }
  if (!(config.loraDropout >= 0 && config.loraDropout < 1)) {
    throw new DeltahubError(
      'DELTA_OPTIONS_INVALID',
      `loraDropout must be in [0, 1), got ${config.loraDropout}.`,
    );
  }
}

function prefixed(name: string, record: Readonly<Record<string, number>>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [`${name}['${k}']`, v]));
}

/** The config `options` ask for: OpenDelta's defaults where unset (the PEFT extras off), validated. */
export function resolveLoraConfig(options: ConfigOptions<LoraConfig>): LoraConfig {
  const config = withDefaults(LORA_DEFAULTS, options);
  // Copies: the caller's records stay theirs.
  config.rankPattern = { ...config.rankPattern };
  config.alphaPattern = { ...config.alphaPattern };
  validateLoraConfig(config);
  return config;
}
