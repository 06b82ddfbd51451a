/**
 * Checks shared by the header parser (validating what a file claims) and the writers (validating what
 * a caller passes), so both reject the same things with the same codes.
 */
import { type SafetensorsDtype, dtypeSize } from './dtypes.js';
import { SafetensorsError, quoteName } from './errors.js';

/** The header key reserved for the string→string metadata map. */
export const METADATA_KEY = '__metadata__';

// With the `u` flag a well-formed surrogate pair is one code point, so this matches only lone halves,
// which UTF-8 cannot encode (the Rust reference rejects them in headers).
const LONE_SURROGATE = /\p{Surrogate}/u;

/** Throw SAFETENSORS_BAD_NAME unless `name` can name a tensor. */
export function checkName(name: string): void {
  if (name.length === 0) {
    throw new SafetensorsError('SAFETENSORS_BAD_NAME', 'a tensor has an empty name', { tensor: name });
  }
  if (name === METADATA_KEY) {
    throw new SafetensorsError(
      'SAFETENSORS_BAD_NAME',
      `"${METADATA_KEY}" is reserved and cannot name a tensor`,
      {
        tensor: name,
      },
    );
  }
  if (LONE_SURROGATE.test(name)) {
    throw new SafetensorsError(
      'SAFETENSORS_BAD_NAME',
      `tensor name ${quoteName(name)} contains a lone UTF-16 surrogate, which UTF-8 cannot encode`,
      { tensor: name },
    );
  }
}

/**
 * Throw SAFETENSORS_BAD_SHAPE unless `shape` is an array of non-negative safe integers, and return it
 * typed. An empty shape is a scalar (one element).
 */
export function checkShape(shape: unknown, name: string): readonly number[] {
  if (!Array.isArray(shape)) {
    throw new SafetensorsError(
      'SAFETENSORS_BAD_SHAPE',
      `tensor ${quoteName(name)}: shape must be an array of non-negative integers, got ${describe(shape)}`,
      { tensor: name },
    );
  }
  for (let i = 0; i < shape.length; i++) {
    const d: unknown = shape[i];
    if (typeof d !== 'number' || !Number.isSafeInteger(d) || d < 0) {
      throw new SafetensorsError(
        'SAFETENSORS_BAD_SHAPE',
        `tensor ${quoteName(name)}: shape[${i}] must be a non-negative integer, got ${describe(d)}`,
        { tensor: name },
      );
    }
  }
  return shape as number[];
}

/**
 * Bytes that `shape` of `dtype` occupies, or Infinity when that exceeds 2^53 (which no real buffer can
 * hold, so any comparison with a real byte length fails as it should instead of overflowing).
 */
export function byteLengthOf(dtype: SafetensorsDtype, shape: readonly number[]): number {
  // A zero dimension makes the tensor empty whatever the others are; checking it first keeps huge
  // dimensions from multiplying into Infinity and then into NaN.
  if (shape.includes(0)) return 0;
  let bytes = dtypeSize(dtype);
  for (const d of shape) {
    bytes *= d;
    if (bytes > Number.MAX_SAFE_INTEGER) return Infinity;
  }
  return bytes;
}

/** Throw SAFETENSORS_BAD_METADATA unless `metadata` is a plain object of string values. */
export function checkMetadata(metadata: unknown): Record<string, string> {
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
    throw new SafetensorsError(
      'SAFETENSORS_BAD_METADATA',
      `"${METADATA_KEY}" must be an object of string values, got ${describe(metadata)}`,
    );
  }
  for (const [key, value] of Object.entries(metadata)) {
    if (typeof value !== 'string') {
      throw new SafetensorsError(
        'SAFETENSORS_BAD_METADATA',
        `"${METADATA_KEY}" value of key ${quoteName(key)} must be a string, got ${describe(value)}`,
      );
    }
    if (LONE_SURROGATE.test(key) || LONE_SURROGATE.test(value)) {
      throw new SafetensorsError(
        'SAFETENSORS_BAD_METADATA',
        `"${METADATA_KEY}" entry ${quoteName(key)} contains a lone UTF-16 surrogate, which UTF-8 cannot encode`,
      );
    }
  }
  return metadata as Record<string, string>;
}

/** A short description of an unexpected JSON value for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the string ${quoteName(value)}`;
  if (typeof value === 'bigint') return `${value}n`;
  return String(value);
}
