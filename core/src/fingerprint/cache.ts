import type { Module } from '../nn/module.js';
import type { BackboneEntry } from './snapshot.js';

/**
 * What identifies the weights hashed: each parameter's name and its tensor's `dataId`. TensorFlow.js
 * gives a variable a new `dataId` on every `assign()` (optimizers, `loadStateDict`, BitFit's detach
 * all assign), and a replaced or re-registered parameter brings its own, so an unchanged key means
 * unchanged weights. Not detected: writing into the array `dataSync()` returned (which some backends
 * share with the tensor) — do not do that.
 */
export interface WeightsKey {
  readonly names: readonly string[];
  readonly dataIds: readonly object[];
}

interface CacheEntry {
  readonly key: WeightsKey;
  readonly weightsFingerprint: string;
}

const cache = new WeakMap<Module, CacheEntry>();

/** The key of a snapshot's entries. */
export function weightsKey(entries: readonly BackboneEntry[]): WeightsKey {
  return { names: entries.map((e) => e.name), dataIds: entries.map((e) => e.tensor.dataId) };
}

/** Whether two keys name the same tensors' data. */
export function sameWeightsKey(a: WeightsKey, b: WeightsKey): boolean {
  return (
    a.names.length === b.names.length &&
    a.names.every((name, i) => name === b.names[i]) &&
    a.dataIds.every((id, i) => id === b.dataIds[i])
  );
}

/** The cached weights fingerprint of `model` if it was computed for exactly these tensors. */
export function cachedWeightsFingerprint(model: Module, key: WeightsKey): string | undefined {
  const entry = cache.get(model);
  return entry && sameWeightsKey(entry.key, key) ? entry.weightsFingerprint : undefined;
}

/** Remembers `model`'s weights fingerprint for `key` (one entry per model; the newest wins). */
export function storeWeightsFingerprint(model: Module, key: WeightsKey, weightsFingerprint: string): void {
  cache.set(model, { key, weightsFingerprint });
}

/** Drops `model`'s cached weights fingerprint. Never needed for correctness; frees the key. */
export function forgetWeightsFingerprint(model: Module): void {
  cache.delete(model);
}
