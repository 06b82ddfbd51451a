/** Option defaulting and the typed `DELTA_OPTIONS_INVALID` checks the delta methods share. */
import { DeltahubError } from '../../errors.js';

/** What a method's options may say about its config: any key, unset or `null` meaning the default. */
export type ConfigOptions<C extends object> = { readonly [K in keyof C]?: C[K] | null };

/**
 * The config of a method: each key of `defaults`, from `options` where set. OpenDelta's saved
 * configs write `null` for unset options: the default is kept then too.
 */
export function withDefaults<C extends object>(defaults: Readonly<C>, options: ConfigOptions<C>): C {
  const config = { ...defaults } as C;
  for (const key of Object.keys(defaults) as Array<keyof C>) {
    const value = options[key];
    if (value !== undefined && value !== null) config[key] = value as C[keyof C];
  }
  return config;
}

/** `withDefaults`, then `validate` (which throws `DELTA_OPTIONS_INVALID` naming a bad value). */
export function resolveConfig<C extends object>(
  defaults: Readonly<C>,
  options: ConfigOptions<C>,
  validate: (config: C) => void,
): C {
  const config = withDefaults(defaults, options);
  validate(config);
  return config;
}

/** Throws `DELTA_OPTIONS_INVALID` unless `value` is an integer ≥ 1. */
export function requirePositiveInteger(name: string, value: unknown): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new DeltahubError(
      'DELTA_OPTIONS_INVALID',
      `${name} must be a positive integer, got ${String(value)}.`,
    );
  }
}

/** Throws `DELTA_OPTIONS_INVALID` unless `value` is a boolean. */
export function requireBoolean(name: string, value: unknown): void {
  if (typeof value !== 'boolean') {
    throw new DeltahubError('DELTA_OPTIONS_INVALID', `${name} must be a boolean, got ${String(value)}.`);
  }
}

/** Throws `DELTA_OPTIONS_INVALID` unless `value` is one of `allowed` (`'a', 'b' or 'c'`). */
export function requireOneOf(name: string, value: unknown, allowed: readonly string[]): void {
  if (allowed.includes(value as string)) return;
  const quoted = allowed.map((a) => `'${a}'`);
  const list = quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)!}` : quoted[0]!;
  throw new DeltahubError('DELTA_OPTIONS_INVALID', `${name} must be ${list}, got '${String(value)}'.`);
}
