/** Test helpers: build raw (possibly invalid) files and assert on SafetensorsError codes. */
import { Buffer } from 'node:buffer';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { SafetensorsError, type SafetensorsErrorCode } from '../errors.js';

/** Path of a file under core/test-fixtures (the in-repo copy of the shared fixtures). */
export function fixturePath(relative: string): string {
  return fileURLToPath(new URL(`../../../test-fixtures/${relative}`, import.meta.url));
}

/**
 * A file made of the 8-byte length field, `header` (JSON text, or a value to stringify) and `data`
 * (bytes, or a byte count of 0..n-1 values). `length` overrides the length field.
 */
export function rawFile(header: string | object, data: Uint8Array | number = 0, length?: bigint): Uint8Array {
  const json = new TextEncoder().encode(typeof header === 'string' ? header : JSON.stringify(header));
  const body = typeof data === 'number' ? Uint8Array.from({ length: data }, (_, i) => i & 0xff) : data;
  const out = new Uint8Array(8 + json.length + body.length);
  new DataView(out.buffer).setBigUint64(0, length ?? BigInt(json.length), true);
  out.set(json, 8);
  out.set(body, 8 + json.length);
  return out;
}

/** The SafetensorsError `fn` throws; fails the test if it throws anything else or nothing. */
export function errorOf(fn: () => unknown): SafetensorsError {
  try {
    fn();
  } catch (error) {
    if (error instanceof SafetensorsError) return error;
    throw new Error(`expected a SafetensorsError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected a SafetensorsError, nothing was thrown');
}

/** Like {@link errorOf} for a promise. */
export async function asyncErrorOf(promise: Promise<unknown>): Promise<SafetensorsError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SafetensorsError) return error;
    throw new Error(`expected a SafetensorsError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected a SafetensorsError, nothing was thrown');
}

/** Assert that `fn` throws a SafetensorsError with `code` whose message matches `message`. */
export function expectCode(
  fn: () => unknown,
  code: SafetensorsErrorCode,
  message?: RegExp,
): SafetensorsError {
  const error = errorOf(fn);
  expect(error.code).toBe(code);
  if (message) expect(error.message).toMatch(message);
  return error;
}

/** Assert two byte sequences are equal (fast: deep equality over large typed arrays is slow). */
export function expectSameBytes(actual: Uint8Array, expected: Uint8Array): void {
  expect(actual.length).toBe(expected.length);
  const a = Buffer.from(actual.buffer, actual.byteOffset, actual.byteLength);
  const b = Buffer.from(expected.buffer, expected.byteOffset, expected.byteLength);
  if (!a.equals(b)) {
    let i = 0;
    while (a[i] === b[i]) i++;
    expect.fail(`bytes differ first at index ${i}: ${a[i]} ≠ ${b[i]}`);
  }
}
