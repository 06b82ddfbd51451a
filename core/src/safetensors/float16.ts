/**
 * IEEE 754 half precision (F16) and bfloat16 (BF16) ⇄ float32 conversions on raw 16-bit patterns.
 * JavaScript has no 16-bit float array (Float16Array is not in Node 20), so these dtypes are held as
 * Uint16Array bit patterns and converted in bulk here.
 */

// Scratch views that reinterpret one float32 as its bits.
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

let halfTable: Float32Array | undefined;

/**
 * All 65,536 half values, built on first use (256 KiB). A table lookup is several times faster than
 * decoding bits per element, and F16 → F32 is the hot path when loading half-precision checkpoints.
 */
function halfToFloatTable(): Float32Array {
  if (halfTable !== undefined) return halfTable;
  const table = new Float32Array(65536);
  const bits = new Uint32Array(table.buffer);
  for (let h = 0; h < 65536; h++) bits[h] = halfBitsToFloatBits(h);
  halfTable = table;
  return table;
}

/** float32 bit pattern of the half-precision bit pattern `h` (exact: every half is a float32). */
function halfBitsToFloatBits(h: number): number {
  const sign = (h & 0x8000) << 16;
  const exponent = (h >>> 10) & 0x1f;
  let mantissa = h & 0x3ff;
  if (exponent === 0x1f) return (sign | 0x7f800000 | (mantissa << 13)) >>> 0; // Inf / NaN (payload kept)
  if (exponent !== 0) return (sign | ((exponent + 112) << 23) | (mantissa << 13)) >>> 0; // normal: rebias 15 → 127
  if (mantissa === 0) return sign >>> 0; // ±0
  // Subnormal half: normalise the mantissa for float32, which has the range to represent it as normal.
  let e = 113;
  while ((mantissa & 0x400) === 0) {
    mantissa <<= 1;
    e--;
  }
  return (sign | (e << 23) | ((mantissa & 0x3ff) << 13)) >>> 0;
}

/** Half-precision bit pattern nearest to float32 bits `x` (round to nearest, ties to even). */
function floatBitsToHalfBits(x: number): number {
  const sign = (x >>> 16) & 0x8000;
  const exponent = (x >>> 23) & 0xff;
  const mantissa = x & 0x7fffff;
  if (exponent === 0xff) {
    // Inf stays Inf; NaN keeps its top payload bits and stays quiet-NaN even when those are zero.
    return mantissa === 0 ? sign | 0x7c00 : sign | 0x7e00 | (mantissa >>> 13);
  }
  const e = exponent - 127 + 15; // unbiased exponent rebased for half
  if (e >= 0x1f) return sign | 0x7c00; // too large: ±Inf
  if (e <= 0) {
    // Result is subnormal (or rounds to zero): shift the implicit-1 mantissa into place.
    if (e < -10) return sign; // below half the smallest subnormal: ±0
    const m = mantissa | 0x800000;
    const shift = 14 - e; // 14..24
    let half = m >>> shift;
    const rest = m & ((1 << shift) - 1);
    const halfway = 1 << (shift - 1);
    if (rest > halfway || (rest === halfway && (half & 1) === 1)) half++;
    return sign | half; // a carry into bit 10 correctly yields the smallest normal
  }
  let half = (e << 10) | (mantissa >>> 13);
  const rest = mantissa & 0x1fff;
  if (rest > 0x1000 || (rest === 0x1000 && (half & 1) === 1)) half++; // may carry into Inf: correct
  return sign | half;
}

/** Convert F16 bit patterns to float32 values (exact). */
export function f16ToFloat32(
  bits: Uint16Array,
  out: Float32Array = new Float32Array(bits.length),
): Float32Array {
  const table = halfToFloatTable();
  for (let i = 0; i < bits.length; i++) out[i] = table[bits[i]!]!;
  return out;
}

/** Convert float32 values to F16 bit patterns, rounding to nearest even; overflow becomes ±Inf. */
export function float32ToF16(
  values: Float32Array,
  out: Uint16Array = new Uint16Array(values.length),
): Uint16Array {
  const bits = new Uint32Array(values.buffer, values.byteOffset, values.length);
  for (let i = 0; i < values.length; i++) out[i] = floatBitsToHalfBits(bits[i]!);
  return out;
}

/** Convert BF16 bit patterns to float32 values (exact: bfloat16 is the top half of a float32). */
export function bf16ToFloat32(
  bits: Uint16Array,
  out: Float32Array = new Float32Array(bits.length),
): Float32Array {
  const outBits = new Uint32Array(out.buffer, out.byteOffset, out.length);
  for (let i = 0; i < bits.length; i++) outBits[i] = bits[i]! << 16;
  return out;
}

/** Convert float32 values to BF16 bit patterns, rounding to nearest even; NaN stays NaN. */
export function float32ToBf16(
  values: Float32Array,
  out: Uint16Array = new Uint16Array(values.length),
): Uint16Array {
  const bits = new Uint32Array(values.buffer, values.byteOffset, values.length);
  for (let i = 0; i < values.length; i++) {
    const x = bits[i]!;
    if ((x & 0x7f800000) === 0x7f800000 && (x & 0x7fffff) !== 0) {
      out[i] = (x >>> 16) | 0x40; // NaN: truncating could clear the payload and make Inf; force quiet
    } else {
      out[i] = (x + 0x7fff + ((x >>> 16) & 1)) >>> 16; // round half to even (carry into Inf is correct)
    }
  }
  return out;
}

/** The F16 bit pattern nearest to one number (via float32: double rounding is harmless for display use). */
export function toF16Bits(value: number): number {
  f32[0] = value;
  return floatBitsToHalfBits(u32[0]!);
}

/** The number an F16 bit pattern holds. */
export function fromF16Bits(bits: number): number {
  return halfToFloatTable()[bits & 0xffff]!;
}
