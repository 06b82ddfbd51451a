import { createHash } from 'node:crypto';

/** A safetensors file built for a test, with its digest. */
export interface BuiltSafetensors {
  bytes: Buffer;
  sha256: string;
  /** Bytes of the JSON header (without the 8-byte length field). */
  headerBytes: number;
}

/**
 * A valid safetensors file whose header is about `headerBytes` long: as many one-element F32
 * tensors as fit, the costliest kind of header to parse for its size. `seed` names the tensors,
 * so that two files of the same size have different digests.
 */
export function safetensorsWithHeader(headerBytes: number, seed = 't'): BuiltSafetensors {
  const entries: string[] = [];
  let length = 2;
  for (let i = 0; length < headerBytes - 100; i++) {
    const entry = `"${seed}${i}":{"dtype":"F32","shape":[1],"data_offsets":[${i * 4},${i * 4 + 4}]}`;
    entries.push(entry);
    length += entry.length + 1;
  }
  const json = Buffer.from(`{${entries.join(',')}}`);
  const lengthField = Buffer.alloc(8);
  lengthField.writeBigUInt64LE(BigInt(json.length));
  const bytes = Buffer.concat([lengthField, json, Buffer.alloc(entries.length * 4)]);
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex'), headerBytes: json.length };
}
