/**
 * Parsing and validation of a safetensors header: the 8-byte little-endian length N, then N bytes of
 * UTF-8 JSON. Everything a file claims is checked here, before any caller creates a view or allocates
 * a tensor, so a bad file is rejected whole and never partially loaded.
 */
import { METADATA_KEY, byteLengthOf, checkMetadata, checkName, checkShape, describe } from './checks.js';
import { type SafetensorsDtype, SAFETENSORS_DTYPES, isSafetensorsDtype } from './dtypes.js';
import { findDuplicateKey } from './duplicate-keys.js';
import { SafetensorsError, quoteName } from './errors.js';

/**
 * Largest header accepted, in bytes. Checked before the header is allocated or decoded, so a corrupt
 * length field cannot make a reader allocate huge buffers (the reference implementation has the same
 * guard).
 */
export const SAFETENSORS_MAX_HEADER_BYTES = 100 * 1024 * 1024;

/** Size in bytes of the length field that starts every file. */
export const HEADER_LENGTH_BYTES = 8;

/** Where one tensor lives in the file. */
export interface TensorEntry {
  readonly dtype: SafetensorsDtype;
  readonly shape: readonly number[];
  /** `[begin, end)` byte range, relative to the start of the data section (`header.dataStart`). */
  readonly dataOffsets: readonly [number, number];
}

/** A validated header. */
export interface SafetensorsHeader {
  /** Tensor entries in file order (by data offset). */
  readonly tensors: ReadonlyMap<string, TensorEntry>;
  /** The `__metadata__` map; empty when the file has none. */
  readonly metadata: Readonly<Record<string, string>>;
  /** N, the JSON header's length in bytes (padding included). */
  readonly headerByteLength: number;
  /** 8 + N: absolute offset of the data section. */
  readonly dataStart: number;
  /** Total file size the header implies: `dataStart` + size of the data section. */
  readonly byteLength: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const ENTRY_KEYS = new Set(['dtype', 'shape', 'data_offsets']);

/**
 * Read and check the 8-byte header length at the start of `prefix`, for a file of `totalByteLength`
 * bytes. Returns N. Throws SAFETENSORS_TRUNCATED when the file cannot hold 8 + N bytes and
 * SAFETENSORS_HEADER_TOO_LARGE when N exceeds {@link SAFETENSORS_MAX_HEADER_BYTES}; both are decided
 * from the length field alone, so callers can check before reading or allocating the header.
 */
export function readHeaderLength(prefix: Uint8Array, totalByteLength: number): number {
  checkTotal(totalByteLength);
  if (totalByteLength < HEADER_LENGTH_BYTES || prefix.length < HEADER_LENGTH_BYTES) {
    throw new SafetensorsError(
      'SAFETENSORS_TRUNCATED',
      `a safetensors file starts with an 8-byte header length, but only ${Math.min(totalByteLength, prefix.length)} bytes are present`,
    );
  }
  // Read as a u64 so that values past 2^53 are compared exactly instead of being rounded.
  const n = new DataView(prefix.buffer, prefix.byteOffset, HEADER_LENGTH_BYTES).getBigUint64(0, true);
  if (n > BigInt(SAFETENSORS_MAX_HEADER_BYTES)) {
    throw new SafetensorsError(
      'SAFETENSORS_HEADER_TOO_LARGE',
      `header length ${n} is over the ${SAFETENSORS_MAX_HEADER_BYTES}-byte limit (corrupt length field?)`,
    );
  }
  const headerByteLength = Number(n);
  if (HEADER_LENGTH_BYTES + headerByteLength > totalByteLength) {
    throw new SafetensorsError(
      'SAFETENSORS_TRUNCATED',
      `header length ${headerByteLength} runs past the end of the ${totalByteLength}-byte file`,
    );
  }
  return headerByteLength;
}

/**
 * Parse and fully validate the header of a safetensors file of `totalByteLength` bytes.
 *
 * `prefix` holds the start of the file and must contain at least the 8 + N header bytes (it may hold
 * more, e.g. the whole file). Checks, each with its own {@link SafetensorsError} code: the header
 * length, UTF-8, JSON object starting with `{`, duplicate keys anywhere, metadata of strings, names,
 * dtypes, shapes, offsets, shape × dtype size against each byte range, and that the ranges tile the data
 * section exactly (no gaps, overlaps or trailing bytes).
 */
export function parseSafetensorsHeader(prefix: Uint8Array, totalByteLength: number): SafetensorsHeader {
  const headerByteLength = readHeaderLength(prefix, totalByteLength);
  const dataStart = HEADER_LENGTH_BYTES + headerByteLength;
  if (prefix.length < dataStart) {
    throw new SafetensorsError(
      'SAFETENSORS_TRUNCATED',
      `the header needs ${dataStart} bytes but only ${prefix.length} were given`,
    );
  }
  const json = decodeHeader(prefix.subarray(HEADER_LENGTH_BYTES, dataStart));
  const root = parseJsonObject(json);
  rejectDuplicateKeys(json);

  let metadata: Readonly<Record<string, string>> = Object.freeze({});
  const parsed: { name: string; entry: TensorEntry }[] = [];
  for (const [name, value] of Object.entries(root)) {
    if (name === METADATA_KEY) {
      metadata = Object.freeze(checkMetadata(value));
      continue;
    }
    parsed.push({ name, entry: parseEntry(name, value) });
  }

  const dataByteLength = totalByteLength - dataStart;
  checkLayout(parsed, dataByteLength);

  const tensors = new Map<string, TensorEntry>();
  for (const { name, entry } of parsed) tensors.set(name, entry);
  return Object.freeze({
    tensors,
    metadata,
    headerByteLength,
    dataStart,
    byteLength: totalByteLength,
  });
}

function checkTotal(totalByteLength: number): void {
  if (!Number.isSafeInteger(totalByteLength) || totalByteLength < 0) {
    // A caller bug, not a bad file, hence not a SafetensorsError.
    throw new RangeError(`totalByteLength must be a non-negative integer, got ${totalByteLength}`);
  }
}

function decodeHeader(bytes: Uint8Array): string {
  // The format requires the JSON to start with '{' (only trailing padding is allowed).
  if (bytes.length === 0 || bytes[0] !== 0x7b) {
    throw new SafetensorsError(
      'SAFETENSORS_BAD_HEADER',
      bytes.length === 0
        ? 'the header is empty'
        : `the header must start with '{', found byte 0x${hex(bytes[0])}`,
    );
  }
  try {
    return utf8.decode(bytes);
  } catch (cause) {
    throw new SafetensorsError('SAFETENSORS_BAD_HEADER', 'the header is not valid UTF-8', { cause });
  }
}

function parseJsonObject(json: string): Record<string, unknown> {
  let root: unknown;
  try {
    root = JSON.parse(json);
  } catch (cause) {
    const detail = cause instanceof Error ? `: ${cause.message}` : '';
    throw new SafetensorsError('SAFETENSORS_BAD_HEADER', `the header is not valid JSON${detail}`, { cause });
  }
  if (typeof root !== 'object' || root === null || Array.isArray(root)) {
    throw new SafetensorsError(
      'SAFETENSORS_BAD_HEADER',
      `the header must be a JSON object, got ${describe(root)}`,
    );
  }
  return root as Record<string, unknown>;
}

function rejectDuplicateKeys(json: string): void {
  const dup = findDuplicateKey(json);
  if (dup === undefined) return;
  const [first] = dup.path;
  if (first === undefined) {
    if (dup.key === METADATA_KEY) {
      throw new SafetensorsError('SAFETENSORS_BAD_METADATA', `"${METADATA_KEY}" appears twice in the header`);
    }
    throw new SafetensorsError(
      'SAFETENSORS_DUPLICATE_NAME',
      `tensor name ${quoteName(dup.key)} appears twice in the header`,
      { tensor: dup.key },
    );
  }
  if (first === METADATA_KEY && dup.path.length === 1) {
    throw new SafetensorsError(
      'SAFETENSORS_BAD_METADATA',
      `metadata key ${quoteName(dup.key)} appears twice`,
    );
  }
  throw new SafetensorsError(
    'SAFETENSORS_BAD_HEADER',
    `tensor ${quoteName(first)}: key ${quoteName(dup.key)} appears twice in its entry`,
    { tensor: first },
  );
}

function parseEntry(name: string, value: unknown): TensorEntry {
  checkName(name);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SafetensorsError(
      'SAFETENSORS_BAD_HEADER',
      `tensor ${quoteName(name)}: entry must be an object with dtype, shape and data_offsets, got ${describe(value)}`,
      { tensor: name },
    );
  }
  const fields = value as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    if (!ENTRY_KEYS.has(key)) {
      throw new SafetensorsError(
        'SAFETENSORS_BAD_HEADER',
        `tensor ${quoteName(name)}: unknown field ${quoteName(key)}`,
        {
          tensor: name,
        },
      );
    }
  }
  for (const key of ENTRY_KEYS) {
    if (!Object.hasOwn(fields, key)) {
      throw new SafetensorsError(
        'SAFETENSORS_BAD_HEADER',
        `tensor ${quoteName(name)}: missing field "${key}"`,
        {
          tensor: name,
        },
      );
    }
  }

  const dtype = fields['dtype'];
  if (!isSafetensorsDtype(dtype)) {
    throw new SafetensorsError(
      'SAFETENSORS_BAD_DTYPE',
      `tensor ${quoteName(name)}: unknown dtype ${describe(dtype)} (supported: ${SAFETENSORS_DTYPES.join(', ')})`,
      { tensor: name },
    );
  }
  const shape = checkShape(fields['shape'], name);
  const offsets = fields['data_offsets'];
  if (
    !Array.isArray(offsets) ||
    offsets.length !== 2 ||
    !offsets.every((o: unknown) => typeof o === 'number' && Number.isSafeInteger(o) && o >= 0)
  ) {
    throw new SafetensorsError(
      'SAFETENSORS_BAD_OFFSETS',
      `tensor ${quoteName(name)}: data_offsets must be [begin, end] with non-negative integers, got ${preview(offsets)}`,
      { tensor: name },
    );
  }
  const [begin, end] = offsets as [number, number];
  if (begin > end) {
    throw new SafetensorsError(
      'SAFETENSORS_BAD_OFFSETS',
      `tensor ${quoteName(name)}: data_offsets [${begin}, ${end}] end before they begin`,
      { tensor: name },
    );
  }
  const expected = byteLengthOf(dtype, shape);
  if (expected !== end - begin) {
    throw new SafetensorsError(
      'SAFETENSORS_SIZE_MISMATCH',
      `tensor ${quoteName(name)}: shape [${shape.join(', ')}] of ${dtype} needs ${expected === Infinity ? 'more than 2^53' : expected} bytes, but data_offsets [${begin}, ${end}] hold ${end - begin}`,
      { tensor: name },
    );
  }
  return Object.freeze({
    dtype,
    shape: Object.freeze(shape.map((d) => (d === 0 ? 0 : d))), // normalises -0
    dataOffsets: Object.freeze([begin + 0, end + 0] as [number, number]),
  });
}

/**
 * Sort the entries by offset (in place) and check that their byte ranges tile `[0, dataByteLength)`
 * exactly: the first begins at 0, each begins where the previous ends, the last ends at the end.
 */
function checkLayout(entries: { name: string; entry: TensorEntry }[], dataByteLength: number): void {
  entries.sort(
    (a, b) =>
      a.entry.dataOffsets[0] - b.entry.dataOffsets[0] || a.entry.dataOffsets[1] - b.entry.dataOffsets[1],
  );
  let position = 0;
  let previous: string | undefined;
  for (const { name, entry } of entries) {
    const [begin, end] = entry.dataOffsets;
    if (begin > position) {
      throw new SafetensorsError(
        'SAFETENSORS_BAD_OFFSETS',
        `tensor ${quoteName(name)} begins at ${begin} but ${previous === undefined ? 'the data section starts at 0' : `tensor ${quoteName(previous)} ends at ${position}`}: ${begin - position} bytes belong to no tensor`,
        { tensor: name },
      );
    }
    if (begin < position) {
      throw new SafetensorsError(
        'SAFETENSORS_BAD_OFFSETS',
        `tensor ${quoteName(name)} [${begin}, ${end}] overlaps tensor ${quoteName(previous ?? '')}, which ends at ${position}`,
        { tensor: name },
      );
    }
    position = end;
    previous = name;
  }
  if (position > dataByteLength) {
    throw new SafetensorsError(
      'SAFETENSORS_TRUNCATED',
      `tensor ${quoteName(previous ?? '')} ends at byte ${position} of the data section, but the file holds only ${dataByteLength} data bytes`,
      previous === undefined ? undefined : { tensor: previous },
    );
  }
  if (position < dataByteLength) {
    throw new SafetensorsError(
      'SAFETENSORS_BAD_OFFSETS',
      `${dataByteLength - position} bytes after the last tensor${previous === undefined ? '' : ` (${quoteName(previous)})`} belong to no tensor`,
    );
  }
}

function hex(byte: number | undefined): string {
  return (byte ?? 0).toString(16).padStart(2, '0');
}

function preview(value: unknown): string {
  try {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  } catch {
    return describe(value);
  }
}
