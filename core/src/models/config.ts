import { DeltahubError } from '../errors.js';

/**
 * A model configuration as Hugging Face writes it in `config.json`: snake_case keys, kept as they
 * are so a config round-trips to Python unchanged. Each architecture reads the keys it knows with
 * the same defaults as transformers.
 */
export interface PretrainedConfig {
  model_type: string;
  architectures?: string[];
  num_labels?: number;
  id2label?: Record<string, string>;
  label2id?: Record<string, number>;
  [key: string]: unknown;
}

/** The number of labels a classification head gets: `num_labels`, else `id2label`'s size, else 2. */
export function numLabels(config: PretrainedConfig): number {
  if (typeof config.num_labels === 'number') return config.num_labels;
  if (config.id2label) return Object.keys(config.id2label).length;
  return 2;
}

/** Reads a numeric config key, with the transformers default when absent. */
export function configNumber(config: PretrainedConfig, key: string, fallback?: number): number {
  const value = config[key] ?? fallback;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new DeltahubError(
      'CONFIG_INVALID',
      `config.json of model_type '${config.model_type}': '${key}' must be a number (got ${JSON.stringify(config[key])}).`,
    );
  }
  return value;
}

/** Reads a string config key, with a default when absent. */
export function configString(config: PretrainedConfig, key: string, fallback?: string): string {
  const value = config[key] ?? fallback;
  if (typeof value !== 'string') {
    throw new DeltahubError(
      'CONFIG_INVALID',
      `config.json of model_type '${config.model_type}': '${key}' must be a string (got ${JSON.stringify(config[key])}).`,
    );
  }
  return value;
}

/** Reads a boolean config key, with a default when absent. */
export function configBoolean(config: PretrainedConfig, key: string, fallback: boolean): boolean {
  const value = config[key] ?? fallback;
  if (typeof value !== 'boolean') {
    throw new DeltahubError(
      'CONFIG_INVALID',
      `config.json of model_type '${config.model_type}': '${key}' must be a boolean (got ${JSON.stringify(config[key])}).`,
    );
  }
  return value;
}

/**
 * Reads an attention-head count (`headsKey`, default `fallback`) and checks that it is a positive
 * integer dividing the model width `width` (read from `widthKey`), as every head needs the same size.
 */
export function configHeads(
  config: PretrainedConfig,
  headsKey: string,
  fallback: number,
  widthKey: string,
  width: number,
): number {
  const heads = configNumber(config, headsKey, fallback);
  if (!Number.isInteger(heads) || heads <= 0 || width % heads !== 0) {
    throw new DeltahubError(
      'CONFIG_INVALID',
      `config.json of model_type '${config.model_type}': ${widthKey} (${width}) is not a multiple of ${headsKey} (${heads}).`,
    );
  }
  return heads;
}
