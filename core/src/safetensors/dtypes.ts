/** Element types of the safetensors format that this module reads and writes. */
export type SafetensorsDtype =
  'BOOL' | 'U8' | 'I8' | 'U16' | 'I16' | 'F16' | 'BF16' | 'U32' | 'I32' | 'F32' | 'F64' | 'U64' | 'I64';

/**
 * The typed arrays tensor data comes in. BOOL, U8 → Uint8Array; F16 and BF16 → Uint16Array holding the
 * raw 16-bit patterns (JavaScript has no half-float array; see `toFloat32`); U64/I64 → BigUint64Array /
 * BigInt64Array.
 */
export type TypedArrayFor =
  | Uint8Array
  | Int8Array
  | Uint16Array
  | Int16Array
  | Uint32Array
  | Int32Array
  | Float32Array
  | Float64Array
  | BigUint64Array
  | BigInt64Array;

/** A constructor of one of the {@link TypedArrayFor} types. */
export interface TypedArrayConstructorFor {
  readonly BYTES_PER_ELEMENT: number;
  readonly name: string;
  new (length: number): TypedArrayFor;
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): TypedArrayFor;
}

/** Facts about one dtype. */
export interface DtypeInfo {
  /** Bytes per element. */
  readonly size: number;
  /** The typed array this module uses for the dtype's data. */
  readonly array: TypedArrayConstructorFor;
  /**
   * Position in the Rust `safetensors` crate's `Dtype` enum. Writers sort tensors by this rank
   * (descending) then by name, exactly like the reference implementation, so that larger elements come
   * first, every tensor stays aligned to its element size, and our files are byte-identical to Python's.
   */
  readonly rank: number;
}

// A null-prototype table so that `DTYPES['toString']` or `DTYPES['__proto__']` are not dtypes.
const table: Record<SafetensorsDtype, DtypeInfo> = Object.assign(Object.create(null) as object, {
  BOOL: { size: 1, array: Uint8Array, rank: 0 },
  U8: { size: 1, array: Uint8Array, rank: 1 },
  I8: { size: 1, array: Int8Array, rank: 2 },
  // (F8_E5M2 = 3, F8_E4M3 = 4 in the Rust enum; not supported here.)
  I16: { size: 2, array: Int16Array, rank: 5 },
  U16: { size: 2, array: Uint16Array, rank: 6 },
  F16: { size: 2, array: Uint16Array, rank: 7 },
  BF16: { size: 2, array: Uint16Array, rank: 8 },
  I32: { size: 4, array: Int32Array, rank: 9 },
  U32: { size: 4, array: Uint32Array, rank: 10 },
  F32: { size: 4, array: Float32Array, rank: 11 },
  F64: { size: 8, array: Float64Array, rank: 12 },
  I64: { size: 8, array: BigInt64Array, rank: 13 },
  U64: { size: 8, array: BigUint64Array, rank: 14 },
} satisfies Record<SafetensorsDtype, DtypeInfo>);

/** Size, array type and sort rank of every supported dtype. */
export const DTYPES: Readonly<Record<SafetensorsDtype, DtypeInfo>> = Object.freeze(table);

/** Every supported dtype, in the format's canonical order. */
export const SAFETENSORS_DTYPES: readonly SafetensorsDtype[] = Object.freeze(
  (Object.keys(table) as SafetensorsDtype[]).sort((a, b) => table[a].rank - table[b].rank),
);

/** True when `value` is one of the supported dtype names. */
export function isSafetensorsDtype(value: unknown): value is SafetensorsDtype {
  return typeof value === 'string' && Object.hasOwn(table, value);
}

/** Bytes per element of `dtype`. */
export function dtypeSize(dtype: SafetensorsDtype): number {
  return table[dtype].size;
}
