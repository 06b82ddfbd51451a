/**
 * Writing safetensors: to one buffer, to a stream, or atomically to a file. All three validate every
 * input first and build the header once; the tensor bytes are then passed on as views (never copied,
 * except into the single output buffer of `serializeSafetensors`).
 */
import { constants as bufferConstants } from 'node:buffer';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { type FileHandle, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { syncDirectory } from '../fs/sync-directory.js';
import { METADATA_KEY, byteLengthOf, checkMetadata, checkName, checkShape, describe } from './checks.js';
import { DTYPES, isSafetensorsDtype } from './dtypes.js';
import { SafetensorsError, quoteName } from './errors.js';
import { writeAllAt } from './file-io.js';
import { HEADER_LENGTH_BYTES, SAFETENSORS_MAX_HEADER_BYTES, type TensorEntry } from './header.js';
import { type TensorData, bytesOf } from './tensor.js';

/** Tensors to write: a Map, any iterable of `[name, tensor]` pairs, or a plain object by name. */
export type TensorsInput = Iterable<readonly [string, TensorData]> | Readonly<Record<string, TensorData>>;

/** A validated file ready to be emitted: its header bytes, then each tensor's bytes in order. */
export interface PreparedSafetensors {
  /** The 8-byte length field and the space-padded JSON header (a multiple of 8 bytes in all). */
  readonly header: Uint8Array;
  /** Tensor names in file order, with their entries. */
  readonly entries: readonly (readonly [string, TensorEntry])[];
  /** Each tensor's bytes, in file order (views of the caller's arrays, not copies). */
  readonly chunks: readonly Uint8Array[];
  /** Total file size. */
  readonly byteLength: number;
}

/**
 * Validate tensors and metadata and lay out the file, without copying any tensor data.
 *
 * Order matches the reference (Rust/Python) implementation byte for byte: tensors sorted by dtype
 * (widest first, which keeps every tensor aligned to its element size) then by name; `__metadata__`
 * first when given and not empty; each entry as `{"dtype","shape","data_offsets"}`; the header padded with spaces so
 * the data starts at a multiple of 8.
 */
export function prepareSafetensors(
  tensors: TensorsInput,
  metadata?: Record<string, string>,
): PreparedSafetensors {
  const items = collect(tensors);
  items.sort(
    (a, b) => DTYPES[b.tensor.dtype].rank - DTYPES[a.tensor.dtype].rank || compareCodePoints(a.name, b.name),
  );

  const parts: string[] = [];
  // Empty metadata is omitted (as if absent), so that loading and re-saving a file reproduces it.
  if (metadata !== undefined && Object.keys(checkMetadata(metadata)).length > 0) {
    parts.push(`"${METADATA_KEY}":${JSON.stringify(metadata)}`);
  }
  const entries: [string, TensorEntry][] = [];
  const chunks: Uint8Array[] = [];
  let offset = 0;
  for (const { name, tensor, bytes } of items) {
    const entry: TensorEntry = {
      dtype: tensor.dtype,
      shape: [...tensor.shape],
      dataOffsets: [offset, offset + bytes.length],
    };
    offset += bytes.length;
    parts.push(
      `${JSON.stringify(name)}:{"dtype":"${entry.dtype}","shape":[${entry.shape.join(',')}],"data_offsets":[${entry.dataOffsets.join(',')}]}`,
    );
    entries.push([name, entry]);
    chunks.push(bytes);
  }

  const json = new TextEncoder().encode(`{${parts.join(',')}}`);
  const n = Math.ceil(json.length / 8) * 8;
  if (n > SAFETENSORS_MAX_HEADER_BYTES) {
    throw new SafetensorsError(
      'SAFETENSORS_HEADER_TOO_LARGE',
      `the header would be ${n} bytes, over the ${SAFETENSORS_MAX_HEADER_BYTES}-byte limit readers enforce`,
    );
  }
  const header = new Uint8Array(HEADER_LENGTH_BYTES + n).fill(0x20, HEADER_LENGTH_BYTES + json.length);
  new DataView(header.buffer).setBigUint64(0, BigInt(n), true);
  header.set(json, HEADER_LENGTH_BYTES);
  return { header, entries, chunks, byteLength: header.length + offset };
}

interface Item {
  readonly name: string;
  readonly tensor: TensorData;
  readonly bytes: Uint8Array;
}

function collect(tensors: TensorsInput): Item[] {
  const pairs: Iterable<readonly [unknown, unknown]> =
    Symbol.iterator in tensors
      ? (tensors as Iterable<readonly [string, TensorData]>)
      : Object.entries(tensors as Record<string, TensorData>);
  const seen = new Set<string>();
  const items: Item[] = [];
  for (const pair of pairs) {
    const [name, tensor] = pair;
    if (typeof name !== 'string') {
      throw new SafetensorsError(
        'SAFETENSORS_BAD_NAME',
        `tensor names must be strings, got ${describe(name)}`,
      );
    }
    checkName(name);
    if (seen.has(name)) {
      throw new SafetensorsError(
        'SAFETENSORS_DUPLICATE_NAME',
        `tensor name ${quoteName(name)} is given twice`,
        {
          tensor: name,
        },
      );
    }
    seen.add(name);
    items.push({ name, tensor: tensor as TensorData, bytes: checkTensor(name, tensor) });
  }
  return items;
}

/** Validate one tensor to write and return its bytes. */
function checkTensor(name: string, tensor: unknown): Uint8Array {
  if (typeof tensor !== 'object' || tensor === null) {
    throw new SafetensorsError(
      'SAFETENSORS_BAD_HEADER',
      `tensor ${quoteName(name)} must be an object with dtype, shape and data, got ${describe(tensor)}`,
      { tensor: name },
    );
  }
  const { dtype, shape, data } = tensor as Record<string, unknown>;
  if (!isSafetensorsDtype(dtype)) {
    throw new SafetensorsError(
      'SAFETENSORS_BAD_DTYPE',
      `tensor ${quoteName(name)}: unknown dtype ${describe(dtype)}`,
      {
        tensor: name,
      },
    );
  }
  const dims = checkShape(shape, name);
  const { array } = DTYPES[dtype];
  // Raw bytes (a Uint8Array, Buffer included) are accepted for every dtype; otherwise the array type
  // must be the dtype's own, so that e.g. a Float32Array is never written as F16 bit patterns.
  if (!(data instanceof array) && !(data instanceof Uint8Array)) {
    const got = ArrayBuffer.isView(data) ? data.constructor.name : describe(data);
    throw new SafetensorsError(
      'SAFETENSORS_BAD_DTYPE',
      `tensor ${quoteName(name)}: dtype ${dtype} needs its data in a ${array.name} (or raw bytes in a Uint8Array), got ${got}`,
      { tensor: name },
    );
  }
  const bytes = bytesOf(data as Uint8Array);
  const expected = byteLengthOf(dtype, dims);
  if (bytes.length !== expected) {
    throw new SafetensorsError(
      'SAFETENSORS_SIZE_MISMATCH',
      `tensor ${quoteName(name)}: shape [${dims.join(', ')}] of ${dtype} needs ${expected === Infinity ? 'more than 2^53' : expected} bytes, but its data has ${bytes.length}`,
      { tensor: name },
    );
  }
  return bytes;
}

/**
 * Order strings by Unicode code point, like Rust's byte-wise `String` order (UTF-16 code-unit order
 * differs when a surrogate pair meets a character in U+E000..U+FFFF).
 */
function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    // Move surrogates above U+E000..U+FFFF, keeping everything else in order.
    if (x >= 0xd800) x += x < 0xe000 ? 0x2000 : -0x800;
    if (y >= 0xd800) y += y < 0xe000 ? 0x2000 : -0x800;
    return x - y;
  }
  return a.length - b.length;
}

/**
 * Serialize tensors (and optional string metadata) into one safetensors buffer.
 * See {@link prepareSafetensors} for the layout; throws {@link SafetensorsError} on invalid input.
 */
export function serializeSafetensors(tensors: TensorsInput, metadata?: Record<string, string>): Uint8Array {
  const prepared = prepareSafetensors(tensors, metadata);
  if (prepared.byteLength > Number.MAX_SAFE_INTEGER || prepared.byteLength > bufferConstants.MAX_LENGTH) {
    throw new SafetensorsError(
      'SAFETENSORS_TOO_LARGE',
      `the file would be ${prepared.byteLength} bytes, more than one buffer can hold; use writeSafetensorsFile`,
    );
  }
  const out = new Uint8Array(prepared.byteLength);
  out.set(prepared.header);
  let position = prepared.header.length;
  for (const chunk of prepared.chunks) {
    out.set(chunk, position);
    position += chunk.length;
  }
  return out;
}

/** Options of {@link writeSafetensorsToStream}. */
export interface StreamWriteOptions {
  /** End the stream after the last byte and wait until it has finished (default true). */
  readonly end?: boolean;
}

/**
 * Write a safetensors file to a writable stream: the header, then each tensor's bytes, honouring
 * back-pressure, so at most the stream's buffer plus one tensor is held beyond the caller's data.
 * Everything is validated before the first byte is written. Rejects if the stream errors or closes
 * early. By default the stream is ended and the promise resolves once it has finished.
 */
export async function writeSafetensorsToStream(
  stream: NodeJS.WritableStream | Writable,
  tensors: TensorsInput,
  metadata?: Record<string, string>,
  options: StreamWriteOptions = {},
): Promise<void> {
  const prepared = prepareSafetensors(tensors, metadata);
  // Settles on error or premature close at any point, so a drain wait can never hang on a dead stream.
  const done = finished(stream, { readable: false });
  done.catch(() => {}); // observed below; this only keeps an early failure from being "unhandled"
  for (const chunk of [prepared.header, ...prepared.chunks]) {
    if (chunk.length === 0) continue;
    if (!stream.write(chunk)) {
      const abort = new AbortController();
      try {
        await Promise.race([once(stream, 'drain', { signal: abort.signal }), done]);
      } finally {
        abort.abort();
      }
    }
  }
  if (options.end ?? true) {
    stream.end();
    await done;
  }
}

/** Options of {@link writeSafetensorsFile}. */
export interface FileWriteOptions {
  /**
   * fsync the file and its directory so the new content survives a crash or power loss (default
   * true). Without it the replacement is still atomic for other processes, just not durable.
   */
  readonly fsync?: boolean;
}

/**
 * Write a safetensors file atomically: the data goes to a temporary file in the same directory, which
 * is fsynced and then renamed over `path`. Readers see the old file or the complete new one, never a
 * partial file; on any failure the temporary file is removed and `path` is left untouched. Input is
 * validated before anything touches the disk. Tensor data are written from the caller's arrays without
 * copies. A replaced file's permissions are not preserved (the new file gets the default mode).
 */
export async function writeSafetensorsFile(
  path: string,
  tensors: TensorsInput,
  metadata?: Record<string, string>,
  options: FileWriteOptions = {},
): Promise<void> {
  const prepared = prepareSafetensors(tensors, metadata);
  const fsync = options.fsync ?? true;
  const target = resolve(path);
  const dir = dirname(target);
  // Hidden, unique, same directory (so rename is atomic: same file system); the name is capped to stay
  // under the usual 255-byte file-name limit.
  const temp = join(dir, `.${basename(target).slice(0, 100)}.${randomUUID()}.tmp`);
  let handle: FileHandle | undefined = await open(temp, 'wx');
  try {
    await writeAllAt(handle, [prepared.header, ...prepared.chunks], 0);
    if (fsync) await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => {});
    await rm(temp, { force: true }).catch(() => {});
    throw error;
  }
  if (fsync) await syncDirectory(dir);
}
