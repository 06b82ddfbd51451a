/** Conversions between tensors of any dtype and float32 values (what TensorFlow.js computes in). */
import { checkShape } from './checks.js';
import { DTYPES, type SafetensorsDtype, type TypedArrayFor, isSafetensorsDtype } from './dtypes.js';
import { SafetensorsError } from './errors.js';
import { bf16ToFloat32, f16ToFloat32, float32ToBf16, float32ToF16 } from './float16.js';
import { type TensorData, typedDataOf } from './tensor.js';

/**
 * The tensor's values as float32.
 *
 * F32 data is returned as is (no copy: mutating the result mutates the tensor). F16 and BF16 are
 * decoded exactly; F64 and 32/64-bit integers are rounded to the nearest float32; BOOL gives 0 or 1.
 */
export function toFloat32(t: TensorData): Float32Array {
  const data = typedDataOf(t);
  switch (t.dtype) {
    case 'F32':
      return data as Float32Array;
    case 'F16':
      return f16ToFloat32(data as Uint16Array);
    case 'BF16':
      return bf16ToFloat32(data as Uint16Array);
    case 'BOOL': {
      const bytes = data as Uint8Array;
      const out = new Float32Array(bytes.length);
      for (let i = 0; i < bytes.length; i++) out[i] = bytes[i] === 0 ? 0 : 1;
      return out;
    }
    case 'U64':
    case 'I64': {
      const big = data as BigInt64Array | BigUint64Array;
      const out = new Float32Array(big.length);
      for (let i = 0; i < big.length; i++) out[i] = Number(big[i]!);
      return out;
    }
    default:
      // Every remaining array type holds numbers; Float32Array.from rounds them.
      return Float32Array.from(data as Exclude<TypedArrayFor, BigInt64Array | BigUint64Array>);
  }
}

/**
 * Build a tensor of `dtype` from float32 (or any numeric) values, e.g. to save F16 or BF16 weights.
 *
 * Floats round to nearest (ties to even; F16 overflow becomes ±Infinity). Integer dtypes truncate
 * toward zero and wrap like typed-array stores (NaN and ±Infinity become 0); BOOL stores 1 for any
 * non-zero value (NaN included). `shape` defaults to `[values.length]` and must match it.
 */
export function fromFloat32(
  values: Float32Array | ArrayLike<number>,
  dtype: SafetensorsDtype,
  shape: readonly number[] = [values.length],
): TensorData {
  if (!isSafetensorsDtype(dtype)) {
    throw new SafetensorsError('SAFETENSORS_BAD_DTYPE', `unknown dtype ${String(dtype)}`);
  }
  const dims = checkShape([...shape], 'fromFloat32');
  const count = dims.reduce((a, b) => a * b, 1);
  if (count !== values.length) {
    throw new SafetensorsError(
      'SAFETENSORS_SIZE_MISMATCH',
      `shape [${dims.join(', ')}] has ${count} elements but ${values.length} values were given`,
    );
  }
  const f32 = values instanceof Float32Array ? values : Float32Array.from(values);
  let data: TypedArrayFor;
  switch (dtype) {
    case 'F32':
      data = values instanceof Float32Array ? values.slice() : f32;
      break;
    case 'F16':
      data = float32ToF16(f32);
      break;
    case 'BF16':
      data = float32ToBf16(f32);
      break;
    case 'F64':
      data = Float64Array.from(values);
      break;
    case 'BOOL':
      data = Uint8Array.from(values, (v) => (v === 0 ? 0 : 1));
      break;
    case 'U64':
    case 'I64': {
      const out = dtype === 'U64' ? new BigUint64Array(values.length) : new BigInt64Array(values.length);
      const wrap = dtype === 'U64' ? BigInt.asUintN : BigInt.asIntN;
      for (let i = 0; i < values.length; i++) {
        const v = values[i]!;
        out[i] = Number.isFinite(v) ? wrap(64, BigInt(Math.trunc(v))) : 0n;
      }
      data = out;
      break;
    }
    default: {
      // Typed-array stores already truncate toward zero, wrap modulo 2^bits and turn NaN/±Inf into 0.
      const array = DTYPES[dtype].array as Int32ArrayConstructor;
      data = array.from(values);
    }
  }
  return { dtype, shape: dims.slice(), data };
}
