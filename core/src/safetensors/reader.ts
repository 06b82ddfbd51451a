/** Loading a whole safetensors file that is already in memory. */
import { type SafetensorsHeader, parseSafetensorsHeader } from './header.js';
import { type TensorData, viewOrCopy } from './tensor.js';

/** A loaded file: its validated header and every tensor by name (in file order). */
export interface LoadedSafetensors {
  readonly header: SafetensorsHeader;
  readonly tensors: Map<string, TensorData>;
}

/**
 * Parse a whole safetensors file held in `bytes`.
 *
 * The header is validated completely before any tensor is created. Tensor data are zero-copy views into
 * `bytes.buffer` wherever the tensor's absolute offset is a multiple of its element size (always, for
 * files written by this module or the Python library into a fresh buffer); otherwise that tensor is
 * copied into an aligned array. Views share memory with `bytes`: writing to one changes the other.
 */
export function loadSafetensors(bytes: Uint8Array): LoadedSafetensors {
  const header = parseSafetensorsHeader(bytes, bytes.length);
  return { header, tensors: tensorsFromBuffer(header, bytes) };
}

/** Views (or aligned copies) of every tensor of `header` over `bytes`, which holds the whole file. */
export function tensorsFromBuffer(header: SafetensorsHeader, bytes: Uint8Array): Map<string, TensorData> {
  const tensors = new Map<string, TensorData>();
  const base = bytes.byteOffset + header.dataStart;
  for (const [name, entry] of header.tensors) {
    const [begin, end] = entry.dataOffsets;
    tensors.set(name, {
      dtype: entry.dtype,
      shape: entry.shape,
      data: viewOrCopy(entry.dtype, bytes.buffer, base + begin, end - begin),
    });
  }
  return tensors;
}
