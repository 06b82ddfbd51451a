import { createHash } from 'node:crypto';

/**
 * One parameter's entry in a structure listing: `dtype[d0,d1,...]`, e.g. `float32[99,32]` (a scalar
 * is `float32[]`). A listing maps each backbone parameter's state-dict name to its spec.
 */
export type ParameterSpec = string;

/** The spec of a tensor of `dtype` and `shape`, e.g. `float32[99,32]`. */
export function parameterSpec(dtype: string, shape: readonly number[]): ParameterSpec {
  return `${dtype}[${shape.join(',')}]`;
}

/** Names in the order fingerprints use: ascending UTF-16 code units (JavaScript's default sort). */
export function sortedNames(names: Iterable<string>): string[] {
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The structure fingerprint of a listing: sha256 (lowercase hex) of the UTF-8 text made of one line
 * `<name>\t<spec>\n` per parameter, names sorted ({@link sortedNames}). Values do not enter it, so
 * two checkpoints of one architecture and size share it.
 */
export function structureFingerprintOf(listing: Readonly<Record<string, ParameterSpec>>): string {
  const hash = createHash('sha256');
  for (const name of sortedNames(Object.keys(listing))) hash.update(`${name}\t${listing[name]}\n`, 'utf8');
  return hash.digest('hex');
}
