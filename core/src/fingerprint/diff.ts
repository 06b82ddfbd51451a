import { sortedNames, type ParameterSpec } from './structure.js';

/**
 * One difference between two structure listings. `expected` is the spec in the listing a checkpoint
 * recorded, `actual` the one of the backbone at hand; `undefined` means the parameter is absent there.
 */
export interface StructureDifference {
  readonly name: string;
  readonly expected: ParameterSpec | undefined;
  readonly actual: ParameterSpec | undefined;
}

/**
 * Every parameter whose presence, dtype or shape differs between two listings, in sorted name order
 * (so the first entries are the "first differences").
 */
export function diffStructures(
  expected: Readonly<Record<string, ParameterSpec>>,
  actual: Readonly<Record<string, ParameterSpec>>,
): StructureDifference[] {
  const names = sortedNames(new Set([...Object.keys(expected), ...Object.keys(actual)]));
  const differences: StructureDifference[] = [];
  for (const name of names) {
    const a = Object.hasOwn(expected, name) ? expected[name] : undefined;
    const b = Object.hasOwn(actual, name) ? actual[name] : undefined;
    if (a !== b) differences.push({ name, expected: a, actual: b });
  }
  return differences;
}

/** A one-line description of a difference: `pooler.dense.weight: float32[32,32] here, float32[64,64] expected`. */
export function describeDifference(d: StructureDifference): string {
  if (d.actual === undefined) return `${d.name} (${d.expected}) is missing from this backbone`;
  if (d.expected === undefined) return `${d.name} (${d.actual}) is not in the expected backbone`;
  return `${d.name} is ${d.actual} here but ${d.expected} in the expected backbone`;
}
