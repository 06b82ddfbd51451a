import { describe, expect, it } from 'vitest';
import { DeltahubError } from '../errors.js';
import { SafetensorsError } from './errors.js';
import { SAFETENSORS_MAX_HEADER_BYTES, parseSafetensorsHeader, readHeaderLength } from './header.js';
import { expectCode, rawFile } from './test-support/helpers.js';

const parse = (bytes: Uint8Array) => parseSafetensorsHeader(bytes, bytes.length);
const f32 = (shape: number[], begin: number, end: number) => ({
  dtype: 'F32',
  shape,
  data_offsets: [begin, end],
});

describe('parseSafetensorsHeader: valid headers', () => {
  it('parses tensors in offset order, metadata and sizes', () => {
    const bytes = rawFile(
      {
        b: f32([2], 8, 16),
        __metadata__: { format: 'pt' },
        a: { dtype: 'U8', shape: [2, 4], data_offsets: [0, 8] },
      },
      16,
    );
    const header = parse(bytes);
    expect([...header.tensors.keys()]).toEqual(['a', 'b']);
    expect(header.tensors.get('b')).toEqual({ dtype: 'F32', shape: [2], dataOffsets: [8, 16] });
    expect(header.metadata).toEqual({ format: 'pt' });
    expect(header.dataStart).toBe(bytes.length - 16);
    expect(header.headerByteLength).toBe(header.dataStart - 8);
    expect(header.byteLength).toBe(bytes.length);
    expect(Object.isFrozen(header.tensors.get('a')!.shape)).toBe(true);
  });

  it('accepts trailing space padding, an empty header object, scalars and empty tensors', () => {
    expect(parse(rawFile('{}      ')).tensors.size).toBe(0);
    const header = parse(
      rawFile(
        `{"s":{"dtype":"F64","shape":[],"data_offsets":[0,8]},"e":{"dtype":"F32","shape":[3,0],"data_offsets":[8,8]},"z":{"dtype":"I8","shape":[0],"data_offsets":[8,8]}}   `,
        8,
      ),
    );
    expect(header.tensors.get('s')!.shape).toEqual([]);
    expect(header.tensors.get('e')!.dataOffsets).toEqual([8, 8]);
    expect(header.metadata).toEqual({});
  });

  it('reads only the prefix it needs: the data may be absent from prefix', () => {
    const bytes = rawFile({ a: f32([4], 0, 16) }, 16);
    const prefix = bytes.subarray(0, bytes.length - 16);
    expect(parseSafetensorsHeader(prefix, bytes.length).tensors.get('a')!.shape).toEqual([4]);
  });

  it('treats escaped names like their decoded form', () => {
    const header = parse(rawFile(`{"\\u0061.b":{"dtype":"U8","shape":[1],"data_offsets":[0,1]}}`, 1));
    expect([...header.tensors.keys()]).toEqual(['a.b']);
  });
});

describe('parseSafetensorsHeader: every error code', () => {
  it('errors are SafetensorsError and DeltahubError with a code and the tensor name', () => {
    const error = expectCode(() => parse(rawFile({ w: f32([3], 0, 8) }, 8)), 'SAFETENSORS_SIZE_MISMATCH');
    expect(error).toBeInstanceOf(DeltahubError);
    expect(error).toBeInstanceOf(SafetensorsError);
    expect(error.name).toBe('SafetensorsError');
    expect(error.tensor).toBe('w');
    expect(error.message).toMatch(/"w".*\[3\].*F32.*12 bytes.*\[0, 8\].*8/);
  });

  it('SAFETENSORS_TRUNCATED: shorter than the length field', () => {
    for (let n = 0; n < 8; n++) expectCode(() => parse(new Uint8Array(n)), 'SAFETENSORS_TRUNCATED', /8-byte/);
  });

  it('SAFETENSORS_TRUNCATED: header length past the end of the file', () => {
    const bytes = rawFile('{}', 0, 100n);
    expectCode(
      () => parse(bytes),
      'SAFETENSORS_TRUNCATED',
      /header length 100 runs past the end of the 10-byte file/,
    );
  });

  it('SAFETENSORS_TRUNCATED: data section shorter than the offsets', () => {
    expectCode(
      () => parse(rawFile({ w: f32([4], 0, 16) }, 12)),
      'SAFETENSORS_TRUNCATED',
      /"w" ends at byte 16.*12/,
    );
  });

  it('SAFETENSORS_TRUNCATED: prefix shorter than the header', () => {
    const bytes = rawFile({ w: f32([1], 0, 4) }, 4);
    expectCode(() => parseSafetensorsHeader(bytes.subarray(0, 20), bytes.length), 'SAFETENSORS_TRUNCATED');
  });

  it('SAFETENSORS_HEADER_TOO_LARGE: checked from the length field alone, up to 2^64-1', () => {
    for (const n of [BigInt(SAFETENSORS_MAX_HEADER_BYTES) + 1n, 2n ** 53n + 1n, 2n ** 64n - 1n]) {
      const field = new Uint8Array(8);
      new DataView(field.buffer).setBigUint64(0, n, true);
      // The claimed total is huge too, so only the limit can reject it.
      expectCode(
        () => readHeaderLength(field, Number.MAX_SAFE_INTEGER),
        'SAFETENSORS_HEADER_TOO_LARGE',
        /limit/,
      );
      expectCode(() => parse(field), 'SAFETENSORS_HEADER_TOO_LARGE');
    }
    const atLimit = new Uint8Array(8);
    new DataView(atLimit.buffer).setBigUint64(0, BigInt(SAFETENSORS_MAX_HEADER_BYTES), true);
    expect(readHeaderLength(atLimit, 8 + SAFETENSORS_MAX_HEADER_BYTES)).toBe(SAFETENSORS_MAX_HEADER_BYTES);
  });

  it('SAFETENSORS_BAD_HEADER: not UTF-8, not JSON, not an object, empty, not starting with {', () => {
    expectCode(
      () => parse(rawFile(new TextDecoder().decode(new Uint8Array([0x7b])) + '\u00ff}')),
      'SAFETENSORS_BAD_HEADER',
      /JSON/,
    );
    const invalidUtf8 = rawFile('{"a":1}');
    invalidUtf8[10] = 0xff;
    expectCode(() => parse(invalidUtf8), 'SAFETENSORS_BAD_HEADER', /UTF-8/);
    expectCode(() => parse(rawFile('{"a":')), 'SAFETENSORS_BAD_HEADER', /not valid JSON/);
    expectCode(() => parse(rawFile('[1,2]')), 'SAFETENSORS_BAD_HEADER', /start with '\{'/);
    expectCode(() => parse(rawFile(' {}')), 'SAFETENSORS_BAD_HEADER', /start with '\{'/);
    expectCode(() => parse(rawFile('')), 'SAFETENSORS_BAD_HEADER', /empty/);
    expectCode(() => parse(rawFile('{}\u0000')), 'SAFETENSORS_BAD_HEADER', /JSON/);
    // A byte-order mark is not whitespace to JSON and must not be stripped silently.
    expectCode(() => parse(rawFile('{}\ufeff')), 'SAFETENSORS_BAD_HEADER', /JSON/);
  });

  it('SAFETENSORS_BAD_HEADER: malformed tensor entries', () => {
    expectCode(() => parse(rawFile({ w: [1] })), 'SAFETENSORS_BAD_HEADER', /"w": entry must be an object/);
    expectCode(() => parse(rawFile({ w: null })), 'SAFETENSORS_BAD_HEADER', /got null/);
    expectCode(
      () => parse(rawFile({ w: { dtype: 'F32', shape: [0] } })),
      'SAFETENSORS_BAD_HEADER',
      /missing field "data_offsets"/,
    );
    expectCode(
      () => parse(rawFile({ w: { ...f32([0], 0, 0), extra: 1 } })),
      'SAFETENSORS_BAD_HEADER',
      /"w": unknown field "extra"/,
    );
    expectCode(
      () => parse(rawFile(`{"w":{"dtype":"F32","dtype":"F32","shape":[0],"data_offsets":[0,0]}}`)),
      'SAFETENSORS_BAD_HEADER',
      /"w": key "dtype" appears twice/,
    );
  });

  it('SAFETENSORS_BAD_DTYPE: unknown or non-string dtypes', () => {
    for (const dtype of ['F8_E4M3', 'f32', 'float32', '', 4, null, 'toString', '__proto__']) {
      expectCode(
        () => parse(rawFile({ w: { dtype, shape: [1], data_offsets: [0, 1] } }, 1)),
        'SAFETENSORS_BAD_DTYPE',
        /"w": unknown dtype .*supported: BOOL, U8/,
      );
    }
  });

  it('SAFETENSORS_BAD_SHAPE: not an array of non-negative safe integers', () => {
    for (const shape of [null, 3, '3', [-1], [1.5], [2 ** 53], ['2'], [[2]], [null], { 0: 1 }]) {
      expectCode(
        () => parse(rawFile({ w: { dtype: 'U8', shape, data_offsets: [0, 0] } })),
        'SAFETENSORS_BAD_SHAPE',
        /"w": shape/,
      );
    }
  });

  it('SAFETENSORS_SIZE_MISMATCH: shape × dtype size differs from the byte range, without overflow', () => {
    expectCode(
      () => parse(rawFile({ w: { dtype: 'I64', shape: [1], data_offsets: [0, 4] } }, 4)),
      'SAFETENSORS_SIZE_MISMATCH',
    );
    expectCode(
      () => parse(rawFile({ w: { dtype: 'F32', shape: [2 ** 40, 2 ** 40], data_offsets: [0, 0] } })),
      'SAFETENSORS_SIZE_MISMATCH',
      /more than 2\^53/,
    );
    // Huge dimensions times zero are still zero: not NaN, not a mismatch.
    expect(
      parse(rawFile({ w: { dtype: 'F32', shape: [2 ** 52, 2 ** 52, 0], data_offsets: [0, 0] } })).tensors
        .size,
    ).toBe(1);
  });

  it('SAFETENSORS_BAD_OFFSETS: malformed, reversed, gaps, overlaps, trailing bytes', () => {
    for (const offsets of [null, [0], [0, 1, 2], [-1, 0], [0.5, 1], ['0', '1'], [0, 2 ** 53]]) {
      expectCode(
        () => parse(rawFile({ w: { dtype: 'U8', shape: [1], data_offsets: offsets } }, 1)),
        'SAFETENSORS_BAD_OFFSETS',
        /"w": data_offsets must be/,
      );
    }
    expectCode(
      () => parse(rawFile({ w: { dtype: 'U8', shape: [1], data_offsets: [2, 1] } }, 2)),
      'SAFETENSORS_BAD_OFFSETS',
      /end before/,
    );
    expectCode(
      () => parse(rawFile({ a: f32([1], 4, 8) }, 8)),
      'SAFETENSORS_BAD_OFFSETS',
      /"a" begins at 4 but the data section starts at 0/,
    );
    expectCode(
      () => parse(rawFile({ a: f32([1], 0, 4), b: f32([1], 8, 12) }, 12)),
      'SAFETENSORS_BAD_OFFSETS',
      /"b" begins at 8 but tensor "a" ends at 4: 4 bytes belong to no tensor/,
    );
    expectCode(
      () => parse(rawFile({ a: f32([2], 0, 8), b: f32([1], 4, 8) }, 8)),
      'SAFETENSORS_BAD_OFFSETS',
      /"a" \[0, 8\] overlaps tensor "b"|"b" \[4, 8\] overlaps tensor "a"/,
    );
    expectCode(
      () => parse(rawFile({ a: f32([1], 0, 4), b: f32([1], 0, 4) }, 4)),
      'SAFETENSORS_BAD_OFFSETS',
      /overlaps/,
    );
    expectCode(
      () => parse(rawFile({ a: f32([1], 0, 4) }, 6)),
      'SAFETENSORS_BAD_OFFSETS',
      /2 bytes after the last tensor \("a"\)/,
    );
    expectCode(
      () => parse(rawFile({}, 3)),
      'SAFETENSORS_BAD_OFFSETS',
      /3 bytes after the last tensor belong/,
    );
  });

  it('SAFETENSORS_DUPLICATE_NAME: found in the raw JSON, escapes decoded', () => {
    const entry = JSON.stringify(f32([1], 0, 4));
    expectCode(
      () => parse(rawFile(`{"w":${entry},"w":${entry}}`, 4)),
      'SAFETENSORS_DUPLICATE_NAME',
      /"w" appears twice/,
    );
    expectCode(
      () =>
        parse(
          rawFile(`{"w":${entry},"x":{"dtype":"U8","shape":[0],"data_offsets":[4,4]},"\\u0077":${entry}}`, 4),
        ),
      'SAFETENSORS_DUPLICATE_NAME',
    );
  });

  it('SAFETENSORS_BAD_NAME: empty, or a lone surrogate', () => {
    expectCode(() => parse(rawFile({ '': f32([0], 0, 0) })), 'SAFETENSORS_BAD_NAME', /empty name/);
    expectCode(
      () => parse(rawFile(`{"a\\ud800":${JSON.stringify(f32([0], 0, 0))}}`)),
      'SAFETENSORS_BAD_NAME',
      /surrogate/,
    );
  });

  it('SAFETENSORS_BAD_METADATA: not an object of strings, or a duplicate key', () => {
    for (const metadata of [null, 'pt', ['pt'], 3]) {
      expectCode(
        () => parse(rawFile({ __metadata__: metadata })),
        'SAFETENSORS_BAD_METADATA',
        /must be an object/,
      );
    }
    expectCode(
      () => parse(rawFile({ __metadata__: { a: 'x', epochs: 3 } })),
      'SAFETENSORS_BAD_METADATA',
      /"epochs" must be a string, got 3/,
    );
    expectCode(() => parse(rawFile({ __metadata__: { a: null } })), 'SAFETENSORS_BAD_METADATA', /"a"/);
    expectCode(
      () => parse(rawFile('{"__metadata__":{"a":"1","a":"2"}}')),
      'SAFETENSORS_BAD_METADATA',
      /"a" appears twice/,
    );
    expectCode(
      () => parse(rawFile('{"__metadata__":{},"__metadata__":{}}')),
      'SAFETENSORS_BAD_METADATA',
      /appears twice/,
    );
  });

  it('rejects a bad totalByteLength argument as a caller bug (RangeError)', () => {
    expect(() => parseSafetensorsHeader(new Uint8Array(8), -1)).toThrow(RangeError);
    expect(() => parseSafetensorsHeader(new Uint8Array(8), 1.5)).toThrow(RangeError);
  });
});
