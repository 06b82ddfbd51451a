import { DeltahubError } from '../../errors.js';
import {
  requireBoolean,
  requirePositiveInteger,
  resolveConfig,
  type ConfigOptions,
} from '../base/options.js';

/** Soft-prompt hyperparameters, OpenDelta's names in camelCase. */
export interface SoftPromptConfig {
  /** Number of learned embeddings prepended to the input (default 100). */
  softTokenNum: number;
  /** Bound of the uniform initialisation `U(-initRange, initRange)` when `tokenInit` is false (default 0.5). */
  initRange: number;
  /**
   * Initialise soft token `i` from the word embedding of vocabulary id `i` (OpenDelta's rule: the
   * first `softTokenNum` rows of the input embedding table; default true). When `softTokenNum`
   * exceeds the vocabulary, ids wrap around (`i mod vocabSize`), where OpenDelta would fail.
   */
  tokenInit: boolean;
}

/** OpenDelta's defaults. */
export const SOFT_PROMPT_DEFAULTS: SoftPromptConfig = {
  softTokenNum: 100,
  initRange: 0.5,
  tokenInit: true,
};

/** OpenDelta records the placement of a soft prompt as `modified_modules: ["root"]`. */
export const SOFT_PROMPT_ROOT = 'root';

/** A soft prompt sits on the model input: `modifiedModules` must be omitted or `['root']`. */
export function validateSoftPromptModules(modifiedModules: readonly string[] | undefined): void {
  if (modifiedModules && !(modifiedModules.length === 1 && modifiedModules[0] === SOFT_PROMPT_ROOT)) {
    throw new DeltahubError(
      'DELTA_OPTIONS_INVALID',
      `A soft prompt is placed on the model input; modifiedModules must be omitted or ['root'], got ${JSON.stringify(modifiedModules)}.`,
    );
  }
}

/** Checks option values; throws `DELTA_OPTIONS_INVALID` naming the first bad one. */
export function validateSoftPromptConfig(config: SoftPromptConfig): void {
  requirePositiveInteger('softTokenNum', config.softTokenNum);
  if (!(Number.isFinite(config.initRange) && config.initRange >= 0)) {
    throw new DeltahubError(
      'DELTA_OPTIONS_INVALID',
      `initRange must be a finite number ≥ 0, got ${config.initRange}.`,
    );
  }
  requireBoolean('tokenInit', config.tokenInit);
}

/** The config `options` ask for: OpenDelta's defaults where unset, validated. */
export function resolveSoftPromptConfig(options: ConfigOptions<SoftPromptConfig>): SoftPromptConfig {
  return resolveConfig(SOFT_PROMPT_DEFAULTS, options, validateSoftPromptConfig);
}
