import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bf16ToFloat32,
  f16ToFloat32,
  float32ToBf16,
  float32ToF16,
  fromF16Bits,
  toF16Bits,
} from './float16.js';

/** The value of a half-precision bit pattern, straight from the IEEE 754 definition. */
function halfValue(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0x1f) return m === 0 ? sign * Infinity : NaN;
  if (e === 0) return sign * 2 ** -14 * (m / 1024);
  return sign * 2 ** (e - 15) * (1 + m / 1024);
}

const ALL_HALVES = Uint16Array.from({ length: 65536 }, (_, i) => i);

/**
 * Oracle: the nearest half to x by search over the ordered positive finite halves, ties to the even
 * pattern; overflow to Inf at 65520 (max 65504 plus half an ulp), as IEEE rounding prescribes.
 */
function nearestHalf(x: number): number {
  if (Number.isNaN(x)) return 0x7e00;
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  const a = Math.abs(x);
  if (a >= 65520) return sign | 0x7c00;
  let lo = 0;
  let hi = 0x7bff;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (halfValue(mid) <= a) lo = mid;
    else hi = mid - 1;
  }
  if (lo === 0x7bff) return sign | lo;
  const below = a - halfValue(lo);
  const above = halfValue(lo + 1) - a;
  const pick = below < above ? lo : above < below ? lo + 1 : lo % 2 === 0 ? lo : lo + 1;
  return sign | pick;
}

describe('float16', () => {
  it('decodes every half bit pattern exactly', () => {
    const values = f16ToFloat32(ALL_HALVES);
    const wrong: number[] = [];
    for (let h = 0; h < 65536; h++) {
      const want = halfValue(h);
      if (Number.isNaN(want) ? !Number.isNaN(values[h]) : !Object.is(values[h], want)) wrong.push(h);
    }
    expect(wrong).toEqual([]);
  });

  it('round-trips every half bit pattern (NaN stays NaN)', () => {
    const back = float32ToF16(f16ToFloat32(ALL_HALVES));
    const wrong: number[] = [];
    for (let h = 0; h < 65536; h++) {
      if (Number.isNaN(halfValue(h)) ? !Number.isNaN(halfValue(back[h]!)) : back[h] !== h) wrong.push(h);
    }
    expect(wrong).toEqual([]);
  });

  it('encodes float32 by round-to-nearest-even, subnormals and overflow included', () => {
    const cases = [
      0,
      -0,
      1,
      65504,
      65519.99,
      65520,
      1e10,
      -1e10,
      2 ** -24,
      2 ** -25,
      2 ** -25 * 1.0001,
      2 ** -26,
      1e-40,
    ];
    // Exact midpoints between neighbours, in the normal and the subnormal range.
    for (const h of [0x0001, 0x0002, 0x03ff, 0x0400, 0x3c00, 0x3c01, 0x7bfe])
      cases.push((halfValue(h) + halfValue(h + 1)) / 2);
    const values = Float32Array.from(cases);
    const bits = float32ToF16(values);
    values.forEach((v, i) => expect(bits[i], `${v}`).toBe(nearestHalf(v)));
  });

  it('property: float32 → F16 equals the nearest-even oracle', () => {
    fc.assert(
      fc.property(fc.float({ noNaN: true }), fc.integer({ min: 0, max: 65535 }), (x, h) => {
        // Mix arbitrary floats with values near halves, where rounding decisions happen.
        const near = Math.fround(halfValue(h) * (1 + (x % 1) * 2 ** -10));
        const values = Float32Array.from([x, Number.isNaN(near) ? 0 : near]);
        const bits = float32ToF16(values);
        expect(bits[0]).toBe(nearestHalf(values[0]!));
        expect(bits[1]).toBe(nearestHalf(values[1]!));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps NaN a NaN and ±Inf', () => {
    const nanBits = new Uint32Array([0x7f800001, 0xffc00000, 0x7fffffff]);
    const halves = float32ToF16(new Float32Array(nanBits.buffer));
    for (const h of halves) expect(halfValue(h)).toBeNaN();
    expect([...float32ToF16(Float32Array.from([Infinity, -Infinity]))]).toEqual([0x7c00, 0xfc00]);
  });

  it('bfloat16: exact decode, round-to-nearest-even encode, NaN kept', () => {
    expect([...bf16ToFloat32(Uint16Array.from([0x3f80, 0xc000, 0x7f80, 0x0001]))]).toEqual([
      1,
      -2,
      Infinity,
      2 ** -133,
    ]);
    const bits = new Uint32Array([0x3f808000, 0x3f818000, 0x3f808001, 0x7f800001, 0x7f7fffff]);
    expect([...float32ToBf16(new Float32Array(bits.buffer))].map((b) => b.toString(16))).toEqual([
      '3f80', // tie → even
      '3f82', // tie → even (up)
      '3f81', // above the tie
      '7fc0', // NaN stays NaN (quiet)
      '7f80', // rounds up to Inf
    ]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff }), (h) => {
        const back = float32ToBf16(bf16ToFloat32(Uint16Array.of(h)))[0]!;
        if ((h & 0x7f80) === 0x7f80 && (h & 0x7f) !== 0) expect(back & 0x7fc0).toBe(0x7fc0);
        else expect(back).toBe(h);
      }),
      { numRuns: 1000 },
    );
  });

  it('scalar helpers', () => {
    expect(toF16Bits(1)).toBe(0x3c00);
    expect(fromF16Bits(0xc000)).toBe(-2);
  });
});
