/** The in-memory tensor shape shared by readers and writers, and helpers to view its bytes. */
import { DTYPES, type SafetensorsDtype, type TypedArrayFor } from './dtypes.js';

/** One tensor's dtype, shape and little-endian data (row-major, like the file). */
export interface TensorData {
  readonly dtype: SafetensorsDtype;
  readonly shape: readonly number[];
  /**
   * The elements, in the array type of `dtype` (see {@link TypedArrayFor}). Writers also accept a plain
   * Uint8Array holding the raw little-endian bytes for any dtype.
   */
  readonly data: TypedArrayFor;
}

/**
 * A typed array of `dtype` over `byteLength` bytes of `buffer` at `byteOffset`: a zero-copy view when
 * the offset is a multiple of the element size (typed arrays require it), otherwise an aligned copy.
 *
 * Data is little-endian in the file and typed arrays use the host's order; every platform Node and
 * browsers run on is little-endian, so no swapping is done.
 */
export function viewOrCopy(
  dtype: SafetensorsDtype,
  buffer: ArrayBufferLike,
  byteOffset: number,
  byteLength: number,
): TypedArrayFor {
  const { array, size } = DTYPES[dtype];
  const length = byteLength / size;
  if (byteOffset % size === 0) return new array(buffer, byteOffset, length);
  const copy = new array(length);
  new Uint8Array(copy.buffer, 0, byteLength).set(new Uint8Array(buffer, byteOffset, byteLength));
  return copy;
}

/** The bytes of a typed array, as a Uint8Array over the same memory (no copy). */
export function bytesOf(data: TypedArrayFor): Uint8Array {
  return data instanceof Uint8Array && data.constructor === Uint8Array
    ? data
    : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * `t.data` as the typed array of `t.dtype`: itself when it already is one, otherwise (raw bytes given
 * as a Uint8Array) a view or aligned copy of those bytes. The byte length must be a multiple of the
 * element size (writers and readers check this first).
 */
export function typedDataOf(t: TensorData): TypedArrayFor {
  const { array } = DTYPES[t.dtype];
  if (t.data instanceof array) return t.data;
  return viewOrCopy(t.dtype, t.data.buffer, t.data.byteOffset, t.data.byteLength);
}
