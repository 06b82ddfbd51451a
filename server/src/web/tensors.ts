import { parseSafetensorsHeader } from '@deltahub/core/safetensors';
import type { BlobRef, BlobStore } from '../storage/blob-store.js';

/** One row of the tensor view. */
export interface TensorRow {
  name: string;
  dtype: string;
  shape: readonly number[];
  bytes: number;
}

/** The tensor view of a safetensors file, or why there is none. */
export type TensorView =
  | { ok: true; tensors: TensorRow[]; total: number; metadata: Record<string, string> }
  | { ok: false; reason: string };

/** Headers larger than this are not read for the page (pushes accept up to 16 MiB). */
export const MAX_VIEW_HEADER_BYTES = 1024 * 1024;
/** Rows shown; a delta with more tensors says how many were left out. */
export const MAX_VIEW_TENSORS = 500;

/**
 * Reads only the header of a stored safetensors file (two ranged reads: the 8-byte length, then
 * the JSON) and lists its tensors in file order. The data section is never read.
 */
export async function readTensorView(
  store: BlobStore,
  file: BlobRef & { size: number },
): Promise<TensorView> {
  if (file.size < 8) return { ok: false, reason: 'the file is too short to be safetensors' };
  const length = (await store.read(file, { start: 0, end: 7 })).readBigUInt64LE(0);
  if (length > BigInt(MAX_VIEW_HEADER_BYTES))
    return { ok: false, reason: `the header (${length} bytes) is too large to show here` };
  const prefix = await store.read(file, {
    start: 0,
    end: Math.min(file.size, 8 + Number(length)) - 1,
  });
  const header = parseSafetensorsHeader(prefix, file.size);
  const all = [...header.tensors].map(([name, t]) => ({
    name,
    dtype: t.dtype,
    shape: t.shape,
    bytes: t.dataOffsets[1] - t.dataOffsets[0],
  }));
  return {
    ok: true,
    tensors: all.slice(0, MAX_VIEW_TENSORS),
    total: all.length,
    metadata: { ...header.metadata },
  };
}
