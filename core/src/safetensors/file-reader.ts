/** Reading safetensors files: the header alone, single tensors lazily, or the whole file at once. */
import { Buffer, constants as bufferConstants } from 'node:buffer';
import { type FileHandle, open } from 'node:fs/promises';
import { toFloat32 } from './convert.js';
import { DTYPES } from './dtypes.js';
import { bf16ToFloat32, f16ToFloat32 } from './float16.js';
import { SafetensorsError, quoteName } from './errors.js';
import { readExactly } from './file-io.js';
import {
  HEADER_LENGTH_BYTES,
  type SafetensorsHeader,
  type TensorEntry,
  parseSafetensorsHeader,
  readHeaderLength,
} from './header.js';
import { type LoadedSafetensors, tensorsFromBuffer } from './reader.js';
import type { TensorData } from './tensor.js';

/** Default file bytes per chunk of {@link SafetensorsFileReader.float32Chunks}. */
const FLOAT32_CHUNK_BYTES = 16 * 1024 * 1024;

/**
 * Read and validate only the header of the file at `path` (8 + N bytes), checking it against the
 * file's size. The header length is checked before the header buffer is allocated.
 */
export async function readSafetensorsHeader(path: string): Promise<SafetensorsHeader> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    return await readHeaderFrom(handle, size);
  } finally {
    await handle.close();
  }
}

async function readHeaderFrom(handle: FileHandle, size: number): Promise<SafetensorsHeader> {
  const lengthField = new Uint8Array(HEADER_LENGTH_BYTES);
  const got = Math.min(size, HEADER_LENGTH_BYTES);
  await readExactly(handle, lengthField.subarray(0, got), 0);
  const n = readHeaderLength(lengthField.subarray(0, got), size); // bounded before allocating
  const prefix = new Uint8Array(HEADER_LENGTH_BYTES + n);
  prefix.set(lengthField);
  await readExactly(handle, prefix.subarray(HEADER_LENGTH_BYTES), HEADER_LENGTH_BYTES);
  return parseSafetensorsHeader(prefix, size);
}

/**
 * Load every tensor of the file at `path`.
 *
 * The file is read into one buffer of exactly its size, the way `fs.promises.readFile` reads (and about
 * as fast), and the tensors are zero-copy views into that buffer (see
 * `loadSafetensors`), so peak memory is about the file size. The header is read and validated before
 * the data, so a bad file fails without reading the rest. For files larger than one buffer can hold,
 * or to load only some tensors, use {@link openSafetensorsFile}.
 */
export async function loadSafetensorsFile(path: string): Promise<LoadedSafetensors> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > bufferConstants.MAX_LENGTH) {
      throw new SafetensorsError(
        'SAFETENSORS_TOO_LARGE',
        `${path} is ${size} bytes, more than one buffer can hold here (${bufferConstants.MAX_LENGTH}); read tensors one at a time with openSafetensorsFile`,
      );
    }
    const got = Math.min(size, HEADER_LENGTH_BYTES);
    const lengthField = new Uint8Array(HEADER_LENGTH_BYTES);
    await readExactly(handle, lengthField.subarray(0, got), 0);
    const n = readHeaderLength(lengthField.subarray(0, got), size);
    // Uninitialised memory is fine: every byte is overwritten by readExactly (or we throw). Not the
    // pooled allocUnsafe, so the buffer starts at offset 0 and every tensor view is aligned.
    const bytes = new Uint8Array(Buffer.allocUnsafeSlow(size).buffer, 0, size);
    bytes.set(lengthField.subarray(0, got));
    const dataStart = HEADER_LENGTH_BYTES + n;
    await readExactly(handle, bytes.subarray(HEADER_LENGTH_BYTES, dataStart), HEADER_LENGTH_BYTES);
    const header = parseSafetensorsHeader(bytes.subarray(0, dataStart), size);
    await readExactly(handle, bytes.subarray(dataStart), dataStart);
    return { header, tensors: tensorsFromBuffer(header, bytes) };
  } finally {
    await handle.close();
  }
}

/**
 * Open the file at `path` for reading single tensors on demand: only the header is read now, and each
 * `read(name)` reads just that tensor's bytes at its offset. Close the reader when done.
 */
export async function openSafetensorsFile(path: string): Promise<SafetensorsFileReader> {
  return SafetensorsFileReader.open(path);
}

/** A safetensors file opened for lazy, per-tensor reads. Created by {@link openSafetensorsFile}. */
export class SafetensorsFileReader {
  /** The validated header. */
  readonly header: SafetensorsHeader;
  /** The path the file was opened from. */
  readonly path: string;
  #handle: FileHandle | undefined;

  private constructor(path: string, handle: FileHandle, header: SafetensorsHeader) {
    this.path = path;
    this.#handle = handle;
    this.header = header;
  }

  /** Open `path` and validate its header (same as {@link openSafetensorsFile}). */
  static async open(path: string): Promise<SafetensorsFileReader> {
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      return new SafetensorsFileReader(path, handle, await readHeaderFrom(handle, size));
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  /** Tensor names, in file order. */
  names(): string[] {
    return [...this.header.tensors.keys()];
  }

  /** True when the file holds a tensor called `name`. */
  has(name: string): boolean {
    return this.header.tensors.has(name);
  }

  /** The header entry of `name`; throws SAFETENSORS_NOT_FOUND if there is none. */
  entry(name: string): TensorEntry {
    const entry = this.header.tensors.get(name);
    if (entry === undefined) {
      throw new SafetensorsError('SAFETENSORS_NOT_FOUND', `no tensor ${quoteName(name)} in ${this.path}`, {
        tensor: name,
      });
    }
    return entry;
  }

  /** Read one tensor into a fresh, aligned typed array of its dtype. */
  async read(name: string): Promise<TensorData> {
    const entry = this.entry(name);
    const [begin, end] = entry.dataOffsets;
    const { array, size } = DTYPES[entry.dtype];
    const data = new array((end - begin) / size);
    await readExactly(this.#open(), new Uint8Array(data.buffer), this.header.dataStart + begin);
    return { dtype: entry.dtype, shape: entry.shape, data };
  }

  /**
   * Read one tensor as float32 values (converted as {@link toFloat32} does) in consecutive chunks of
   * at most `chunkBytes` of file data, so a large tensor is never held whole in memory, neither in
   * its stored dtype nor as float32. Each chunk is `{ offset, values }`: `values` are the elements
   * from `offset` on, in a buffer reused by the next chunk (copy them out before asking for it).
   */
  async *float32Chunks(
    name: string,
    chunkBytes = FLOAT32_CHUNK_BYTES,
  ): AsyncGenerator<{ offset: number; values: Float32Array }> {
    const entry = this.entry(name);
    const [begin, end] = entry.dataOffsets;
    const { array, size } = DTYPES[entry.dtype];
    const total = (end - begin) / size;
    const perChunk = Math.max(1, Math.min(total, Math.floor(chunkBytes / size)));
    const raw = new array(perChunk);
    const rawBytes = new Uint8Array(raw.buffer);
    // Half floats decode into one reused array (F32 needs none): a large model's load would
    // otherwise leave a float32 copy of every weight behind as garbage.
    const half = entry.dtype === 'BF16' ? bf16ToFloat32 : entry.dtype === 'F16' ? f16ToFloat32 : undefined;
    const decoded = half && new Float32Array(perChunk);
    for (let offset = 0; offset < total; offset += perChunk) {
      const count = Math.min(perChunk, total - offset);
      await readExactly(
        this.#open(),
        rawBytes.subarray(0, count * size),
        this.header.dataStart + begin + offset * size,
      );
      const data = raw.subarray(0, count);
      const values =
        half && decoded
          ? half(data as Uint16Array, decoded.subarray(0, count))
          : toFloat32({ dtype: entry.dtype, shape: [count], data });
      yield { offset, values };
    }
  }

  /** Read one tensor's raw little-endian bytes (e.g. to stream or hash them). */
  async readBytes(name: string): Promise<Uint8Array> {
    const [begin, end] = this.entry(name).dataOffsets;
    const bytes = new Uint8Array(end - begin);
    await readExactly(this.#open(), bytes, this.header.dataStart + begin);
    return bytes;
  }

  /** Close the file. Safe to call more than once; reads after it throw SAFETENSORS_CLOSED. */
  async close(): Promise<void> {
    const handle = this.#handle;
    this.#handle = undefined;
    await handle?.close();
  }

  #open(): FileHandle {
    if (this.#handle === undefined) {
      throw new SafetensorsError('SAFETENSORS_CLOSED', `${this.path} was closed`);
    }
    return this.#handle;
  }
}
