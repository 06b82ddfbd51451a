import type { Generator } from '../random/generator.js';

let source: Generator | undefined;

/**
 * Runs `fn` with every dropout mask drawn from seeds of `generator`, so a training step's dropout is
 * the same whenever the step is replayed from the same generator state (the Trainer's bit-for-bit
 * resume relies on it). Outside such a call dropout masks are unseeded, as in plain tfjs.
 */
export function withDropoutSeeds<T>(generator: Generator, fn: () => T): T {
  const previous = source;
  source = generator;
  try {
    return fn();
  } finally {
    source = previous;
  }
}

/** The seed for the next dropout mask, or undefined outside {@link withDropoutSeeds}. */
export function nextDropoutSeed(): number | undefined {
  return source?.nextUint32();
}
