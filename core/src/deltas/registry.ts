/**
 * The delta methods by `deltaType`, as the backbones are by `model_type` (`models/registry.ts`):
 * each method's `index.ts` registers itself once; `AutoDeltaModel` builds from this table.
 */
import { DeltahubError } from '../errors.js';
import type { DeltaModel, DeltaModelOptions, DeltaType } from './base/delta-model.js';

/**
 * A method's options as a saved config gives them: the common options plus hyperparameters that are
 * not typed yet (each method's `resolve…Config` validates them).
 */
export type DeltaMethodOptions = DeltaModelOptions & { readonly [hyperparameter: string]: unknown };

/** One delta method: the `deltaType` its configs record and how it is built. */
export interface DeltaMethodEntry {
  readonly deltaType: DeltaType;
  /** Builds the method on `options.backboneModel`; bad hyperparameters are `DELTA_OPTIONS_INVALID`. */
  readonly create: (options: DeltaMethodOptions) => DeltaModel;
}

const methods = new Map<DeltaType, DeltaMethodEntry>();

/** Makes a delta method known to `AutoDeltaModel`. Each method's `index.ts` calls this once. */
export function registerDeltaMethod(entry: DeltaMethodEntry): void {
  methods.set(entry.deltaType, entry);
}

/** The registered delta methods by `deltaType`. */
export function registeredDeltaMethods(): ReadonlyMap<DeltaType, DeltaMethodEntry> {
  return methods;
}

/** The method a config's `deltaType` names, or `DELTA_CONFIG_INVALID` listing the known ones. */
export function resolveDeltaMethod(deltaType: unknown): DeltaMethodEntry {
  const entry = typeof deltaType === 'string' ? methods.get(deltaType as DeltaType) : undefined;
  if (!entry) {
    throw new DeltahubError(
      'DELTA_CONFIG_INVALID',
      `Unknown deltaType ${JSON.stringify(deltaType)}; known: ${[...methods.keys()].join(', ')}.`,
    );
  }
  return entry;
}
