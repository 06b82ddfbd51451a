import type { DeltaModel } from '@deltahub/core';
import type { PeftConfig } from './config.js';

/**
 * The PEFT config each delta was imported from: `savePeft` writes it back (fields deltahub does not
 * model included), so import → export reproduces the config. Weak, so deltas are collected as usual.
 */
const origins = new WeakMap<DeltaModel, PeftConfig>();

/** Records that `delta` was imported from `config`. */
export function setPeftOrigin(delta: DeltaModel, config: PeftConfig): void {
  origins.set(delta, config);
}

/** The PEFT config `delta` was imported from, if it was. */
export function peftOrigin(delta: DeltaModel): PeftConfig | undefined {
  return origins.get(delta);
}
