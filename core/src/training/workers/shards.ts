import type { Batch } from '../../data/collators/features.js';
import { IGNORE_INDEX } from '../../data/collators/features.js';
import type { WireTensor } from './protocol.js';

/**
 * Splits a collated batch along its first dimension into at most `parts` shards of nearly equal
 * size (the first ones one row larger), as arrays ready to cross threads.
 */
export function splitBatch(batch: Batch, parts: number): Array<Record<string, WireTensor>> {
  const rows = batch['labels']?.shape[0] ?? Object.values(batch)[0]!.shape[0]!;
  const count = Math.min(parts, rows);
  const shards: Array<Record<string, WireTensor>> = Array.from({ length: count }, () => ({}));
  for (const [name, tensor] of Object.entries(batch)) {
    const data = tensor.dataSync() as Int32Array | Float32Array;
    const rowSize = tensor.size / rows;
    let start = 0;
    for (let s = 0; s < count; s++) {
      const n = Math.floor(rows / count) + (s < rows % count ? 1 : 0);
      shards[s]![name] = {
        dtype: tensor.dtype === 'int32' ? 'int32' : 'float32',
        shape: [n, ...tensor.shape.slice(1)],
        data: data.slice(start * rowSize, (start + n) * rowSize),
      };
      start += n;
    }
  }
  return shards;
}

/**
 * What a shard's mean loss counts for in the batch's mean: its labels that are not -100 (one per
 * example for classification, per token for token-level tasks), or its rows for float labels.
 */
export function labelWeight(labels: WireTensor): number {
  if (labels.dtype === 'float32') return labels.shape[0]!;
  let n = 0;
  for (const v of labels.data) if (v !== IGNORE_INDEX) n++;
  return n;
}
