import { DeltahubError } from '../errors.js';

/** The four 32-bit words of a {@link Generator}'s state, as checkpoints store it. */
export type GeneratorState = readonly [number, number, number, number];

/**
 * A seeded pseudo-random generator (xoshiro128**, seeded through splitmix32) whose whole state is
 * four integers, so a training checkpoint can save it and a resumed run draws the same numbers.
 * Every random choice of training (shuffling, masking, dropout seeds) draws from one of these.
 */
export class Generator {
  private s: Uint32Array;

  constructor(seed: number) {
    if (!Number.isSafeInteger(seed)) {
      throw new DeltahubError('BAD_SEED', `A seed must be a safe integer; got ${String(seed)}.`);
    }
    this.s = new Uint32Array(4);
    // splitmix32 over the seed's low and high words spreads any seed (0 included) over the state.
    let x = (seed >>> 0) ^ Math.floor(seed / 2 ** 32);
    for (let i = 0; i < 4; i++) {
      x = (x + 0x9e3779b9) | 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      this.s[i] = (z ^ (z >>> 16)) >>> 0;
    }
  }

  /** A generator continuing from a saved {@link state}. */
  static fromState(state: GeneratorState): Generator {
    if (
      !Array.isArray(state) ||
      state.length !== 4 ||
      state.some((w) => !Number.isInteger(w) || w < 0 || w > 0xffffffff)
    ) {
      throw new DeltahubError('BAD_GENERATOR_STATE', 'A generator state is four unsigned 32-bit integers.');
    }
    const generator = new Generator(0);
    generator.s = Uint32Array.from(state);
    return generator;
  }

  /** The current state (a copy). */
  get state(): GeneratorState {
    return [this.s[0]!, this.s[1]!, this.s[2]!, this.s[3]!];
  }

  /** The next unsigned 32-bit integer. */
  nextUint32(): number {
    const s = this.s;
    const result = Math.imul(rotl(Math.imul(s[1]!, 5), 7), 9) >>> 0;
    const t = s[1]! << 9;
    s[2]! ^= s[0]!;
    s[3]! ^= s[1]!;
    s[1]! ^= s[2]!;
    s[0]! ^= s[3]!;
    s[2]! ^= t;
    s[3] = rotl(s[3]!, 11);
    return result;
  }

  /** A float in [0, 1) with 32 random bits. */
  random(): number {
    return this.nextUint32() / 2 ** 32;
  }

  /** An integer in [0, n). */
  integer(n: number): number {
    return Math.floor(this.random() * n);
  }

  /** A permutation of 0..n-1 (Fisher-Yates). */
  permutation(n: number): Uint32Array {
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    for (let i = n - 1; i > 0; i--) {
      const j = this.integer(i + 1);
      const tmp = order[i]!;
      order[i] = order[j]!;
      order[j] = tmp;
    }
    return order;
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
