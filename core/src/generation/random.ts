/**
 * A small seeded random source for sampling (mulberry32: 32-bit state, uniform floats in [0, 1)),
 * so the same seed gives the same tokens on every backend and platform.
 */
export class SeededRandom {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A uniform float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An index drawn with the given probabilities (which sum to 1, up to rounding). */
  choose(probabilities: Float64Array): number {
    const target = this.next();
    let cumulative = 0;
    let last = 0;
    for (let i = 0; i < probabilities.length; i++) {
      const p = probabilities[i]!;
      if (p <= 0) continue;
      last = i;
      cumulative += p;
      if (target < cumulative) return i;
    }
    return last; // rounding left the sum just under `target`
  }
}

/** A seed for calls that give none. */
export function randomSeed(): number {
  return Math.floor(Math.random() * 2 ** 32);
}
