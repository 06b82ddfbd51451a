/** fast-check arbitraries for safetensors tests: random tensors of every dtype, names, metadata. */
import fc from 'fast-check';
import { DTYPES, type SafetensorsDtype, SAFETENSORS_DTYPES } from '../dtypes.js';
import type { TensorData } from '../tensor.js';

// A fixed alphabet with the characters that break naive JSON or sorting code; fast to generate.
const nameChar = fc.constantFrom(
  'a',
  'b',
  'Z',
  '0',
  '.',
  '_',
  '"',
  '\\',
  '/',
  ' ',
  '\n',
  'é',
  '\u2028',
  '\uffff',
  '😀',
);

/** Valid tensor names: non-empty, not the reserved metadata key. */
export const tensorName = fc.string({ unit: nameChar, minLength: 1, maxLength: 12 });

/** String→string metadata, sometimes absent. */
export const metadataArb = fc.option(
  fc.dictionary(fc.string({ unit: nameChar, maxLength: 8 }), fc.string({ unit: nameChar, maxLength: 16 }), {
    maxKeys: 4,
  }),
  { nil: undefined },
);

/** Shapes of rank 0..4 with small dimensions, zeros included (empty tensors). */
export const shapeArb = fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 4 });

/**
 * A random tensor of `dtype`: random bytes (so every bit pattern, NaNs and subnormals included), given
 * either as the dtype's typed array or, sometimes, as raw bytes at an odd offset of a larger buffer.
 */
export function tensorOf(dtype: SafetensorsDtype): fc.Arbitrary<TensorData> {
  const { size, array } = DTYPES[dtype];
  return shapeArb.chain((shape) => {
    const count = shape.reduce((a, b) => a * b, 1);
    return fc
      .tuple(fc.uint8Array({ minLength: count * size, maxLength: count * size }), fc.boolean())
      .map(([bytes, raw]): TensorData => {
        if (raw) {
          const holder = new Uint8Array(bytes.length + 1).subarray(1); // deliberately misaligned
          holder.set(bytes);
          return { dtype, shape, data: holder };
        }
        return { dtype, shape, data: new array(bytes.buffer, 0, count) };
      });
  });
}

/** A random tensor of a random dtype. */
export const tensorArb: fc.Arbitrary<TensorData> = fc.constantFrom(...SAFETENSORS_DTYPES).chain(tensorOf);

/** A random set of uniquely named tensors (0..6). */
export const tensorsArb = fc.uniqueArray(fc.tuple(tensorName, tensorArb), {
  selector: ([name]) => name,
  maxLength: 6,
});
