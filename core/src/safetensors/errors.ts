import { DeltahubError } from '../errors.js';

/**
 * Stable codes of {@link SafetensorsError}. Callers branch on these (never on messages):
 *
 * - `SAFETENSORS_TRUNCATED`: the input ends before the header or the data it declares.
 * - `SAFETENSORS_HEADER_TOO_LARGE`: the declared header length is over {@link SAFETENSORS_MAX_HEADER_BYTES}.
 * - `SAFETENSORS_BAD_HEADER`: the header is not UTF-8, not JSON, not an object, or a tensor entry is malformed.
 * - `SAFETENSORS_BAD_DTYPE`: an unknown dtype, or (writing) data whose array type does not fit the dtype.
 * - `SAFETENSORS_BAD_SHAPE`: a shape that is not an array of non-negative safe integers.
 * - `SAFETENSORS_SIZE_MISMATCH`: shape × dtype size differs from the tensor's byte range or data length.
 * - `SAFETENSORS_BAD_OFFSETS`: data offsets malformed, out of order, overlapping, leaving gaps or trailing bytes.
 * - `SAFETENSORS_DUPLICATE_NAME`: the same tensor name appears twice.
 * - `SAFETENSORS_BAD_NAME`: an empty tensor name, the reserved `__metadata__`, or one that is not valid Unicode.
 * - `SAFETENSORS_BAD_METADATA`: `__metadata__` is not an object of string values.
 * - `SAFETENSORS_NOT_FOUND`: a tensor name asked of a reader is not in the file.
 * - `SAFETENSORS_TOO_LARGE`: the whole file or buffer is larger than this runtime can hold in one buffer.
 * - `SAFETENSORS_CLOSED`: a file reader was used after `close()`.
 */
export type SafetensorsErrorCode =
  | 'SAFETENSORS_TRUNCATED'
  | 'SAFETENSORS_HEADER_TOO_LARGE'
  | 'SAFETENSORS_BAD_HEADER'
  | 'SAFETENSORS_BAD_DTYPE'
  | 'SAFETENSORS_BAD_SHAPE'
  | 'SAFETENSORS_SIZE_MISMATCH'
  | 'SAFETENSORS_BAD_OFFSETS'
  | 'SAFETENSORS_DUPLICATE_NAME'
  | 'SAFETENSORS_BAD_NAME'
  | 'SAFETENSORS_BAD_METADATA'
  | 'SAFETENSORS_NOT_FOUND'
  | 'SAFETENSORS_TOO_LARGE'
  | 'SAFETENSORS_CLOSED';

/**
 * The only error type this module throws on purpose for bad input (I/O errors from the file system,
 * such as ENOENT, are passed through unchanged). `code` is one of {@link SafetensorsErrorCode};
 * `tensor` names the offending tensor when there is one.
 */
export class SafetensorsError extends DeltahubError {
  declare readonly code: SafetensorsErrorCode;
  /** Name of the tensor the problem is about, when it is about one. */
  readonly tensor: string | undefined;

  constructor(code: SafetensorsErrorCode, message: string, options?: { cause?: unknown; tensor?: string }) {
    super(code, message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.tensor = options?.tensor;
  }
}

/** Quote a tensor name for an error message (JSON quoting shows empty names and control characters). */
export function quoteName(name: string): string {
  const quoted = JSON.stringify(name);
  return quoted.length > 200 ? `${quoted.slice(0, 197)}..."` : quoted;
}
