/**
 * `@deltahub/core/safetensors`: read, validate and write the safetensors format
 * (https://github.com/huggingface/safetensors) with no TensorFlow.js dependency, so the hub server can
 * use it cheaply.
 *
 * - Read: {@link loadSafetensors} (bytes in memory), {@link loadSafetensorsFile} (whole file, zero-copy
 *   views), {@link openSafetensorsFile} (one tensor at a time), {@link readSafetensorsHeader} (header only).
 * - Validate: {@link parseSafetensorsHeader}; every problem is a {@link SafetensorsError} with a stable code.
 * - Write: {@link serializeSafetensors}, {@link writeSafetensorsFile} (atomic),
 *   {@link writeSafetensorsToStream}.
 * - Convert: {@link toFloat32}, {@link fromFloat32} (F16/BF16 included).
 */
export { type SafetensorsErrorCode, SafetensorsError } from './errors.js';
export {
  type DtypeInfo,
  type SafetensorsDtype,
  type TypedArrayConstructorFor,
  type TypedArrayFor,
  DTYPES,
  SAFETENSORS_DTYPES,
  dtypeSize,
  isSafetensorsDtype,
} from './dtypes.js';
export {
  type SafetensorsHeader,
  type TensorEntry,
  SAFETENSORS_MAX_HEADER_BYTES,
  parseSafetensorsHeader,
  readHeaderLength,
} from './header.js';
export type { TensorData } from './tensor.js';
export { type LoadedSafetensors, loadSafetensors } from './reader.js';
export {
  SafetensorsFileReader,
  loadSafetensorsFile,
  openSafetensorsFile,
  readSafetensorsHeader,
} from './file-reader.js';
export {
  type FileWriteOptions,
  type PreparedSafetensors,
  type StreamWriteOptions,
  type TensorsInput,
  prepareSafetensors,
  serializeSafetensors,
  writeSafetensorsFile,
  writeSafetensorsToStream,
} from './writer.js';
export { fromFloat32, toFloat32 } from './convert.js';
export {
  bf16ToFloat32,
  f16ToFloat32,
  float32ToBf16,
  float32ToF16,
  fromF16Bits,
  toF16Bits,
} from './float16.js';
