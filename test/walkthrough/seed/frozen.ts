import { createHash } from 'node:crypto';
import type { PreTrainedModel } from 'deltahub';

/**
 * sha256 over the names and bytes of every frozen (non-trainable) parameter: equal before and after
 * training exactly when the optimizer left the backbone alone.
 */
export function frozenWeightsDigest(model: PreTrainedModel): string {
  const hash = createHash('sha256');
  for (const [name, parameter] of model.namedParameters()) {
    if (parameter.trainable) continue;
    const values = parameter.dataSync() as Float32Array;
    hash.update(name).update(Buffer.from(values.buffer, values.byteOffset, values.byteLength));
  }
  return hash.digest('hex');
}
