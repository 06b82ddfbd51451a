import { describe, expect, it } from 'vitest';
import { withDropoutSeeds } from '../nn/dropout-seeds.js';
import { Dropout } from '../nn/dropout.js';
import { tf } from '../runtime/tf.js';
import { Generator } from './generator.js';

describe('Generator', () => {
  it('draws the same numbers from the same seed, and continues from a saved state', () => {
    const a = new Generator(42);
    const b = new Generator(42);
    const first = Array.from({ length: 5 }, () => a.nextUint32());
    expect(Array.from({ length: 5 }, () => b.nextUint32())).toEqual(first);
    const saved = a.state;
    const next = Array.from({ length: 5 }, () => a.random());
    const resumed = Generator.fromState(saved);
    expect(Array.from({ length: 5 }, () => resumed.random())).toEqual(next);
    expect(new Generator(43).nextUint32()).not.toBe(first[0]);
    expect(() => new Generator(1.5)).toThrow(expect.objectContaining({ code: 'BAD_SEED' }));
    expect(() => Generator.fromState([1, 2, 3] as never)).toThrow(
      expect.objectContaining({ code: 'BAD_GENERATOR_STATE' }),
    );
  });

  it('gives permutations, uniform enough', () => {
    const counts = new Array<number>(4).fill(0);
    const g = new Generator(0);
    for (let i = 0; i < 4000; i++) counts[g.permutation(4)[0]!]!++;
    expect([...new Generator(1).permutation(10)].sort((x, y) => x - y)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
    for (const c of counts) expect(Math.abs(c - 1000)).toBeLessThan(120);
  });

  it('seeds dropout masks: the same generator state gives the same mask', () => {
    const dropout = new Dropout(0.5).train();
    const x = tf.ones([64]);
    const mask = (seed: number) =>
      withDropoutSeeds(new Generator(seed), () => dropout.forward(x).dataSync().slice());
    expect(mask(1)).toEqual(mask(1));
    expect(mask(1)).not.toEqual(mask(2));
    x.dispose();
  });
});
