import { createHash } from 'node:crypto';
import { DeltahubError } from '../errors.js';
import type { tf } from '../runtime/tf.js';

/**
 * sha256 (lowercase hex) over the element bytes of `tensors`, in the order given, streamed: each
 * tensor's values are read (`data()`) and hashed before the next is read, so at most one tensor's
 * values are held at a time. The bytes are the tensor's typed array in the host's byte order
 * (little-endian on every platform Node runs on): float32 for backbone weights. Shapes and names do
 * not enter this hash (the structure fingerprint covers them).
 */
export async function hashTensorValues(tensors: Iterable<tf.Tensor>): Promise<string> {
  const hash = createHash('sha256');
  for (const tensor of tensors) {
    const data = await tensor.data();
    if (Array.isArray(data)) {
      throw new DeltahubError(
        'FINGERPRINT_UNSUPPORTED_DTYPE',
        `Cannot fingerprint a ${tensor.dtype} tensor.`,
      );
    }
    hash.update(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  }
  return hash.digest('hex');
}
