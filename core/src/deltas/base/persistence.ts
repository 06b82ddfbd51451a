/**
 * Saving and pushing a delta (`delta.saveFinetuned(dir)`, `delta.pushToHub(id)`, `delta.savePeft(dir)`)
 * need files and the network, which core leaves to the `deltahub` package: it registers the
 * implementation once, explicitly, with {@link registerDeltaPersistence} when it is imported.
 */
import { DeltahubError } from '../../errors.js';
import type { DeltaModel } from './delta-model.js';

/**
 * The option and result types of each operation, `{ options, result }` by name. Empty in core; the
 * package that registers the implementation fills it in by declaration merging, so the methods of
 * {@link DeltaModel} carry its precise types.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by declaration merging
export interface DeltaPersistenceTypes {}

/** A persistence operation's name. */
export type DeltaPersistenceOperation = 'saveFinetuned' | 'pushToHub' | 'savePeft';

/** The options of `operation`, as the registered implementation declares them. */
export type DeltaPersistenceOptions<K extends DeltaPersistenceOperation> =
  DeltaPersistenceTypes extends Record<K, { options: infer O }> ? O : Record<string, unknown>;

/** The result of `operation`, as the registered implementation declares it. */
export type DeltaPersistenceResult<K extends DeltaPersistenceOperation> =
  DeltaPersistenceTypes extends Record<K, { result: infer R }> ? R : unknown;

/** What implements the persistence methods of {@link DeltaModel}. */
export type DeltaPersistence = {
  [K in DeltaPersistenceOperation]: (
    delta: DeltaModel,
    target: string,
    options?: DeltaPersistenceOptions<K>,
  ) => Promise<DeltaPersistenceResult<K>>;
};

let registered: DeltaPersistence | undefined;

/** Installs (or, with undefined, removes) the implementation the persistence methods delegate to. */
export function registerDeltaPersistence(persistence: DeltaPersistence | undefined): void {
  registered = persistence;
}

/**
 * The registered implementation; `PERSISTENCE_NOT_REGISTERED` when there is none (core used
 * without the `deltahub` package).
 */
export function deltaPersistence(operation: DeltaPersistenceOperation): DeltaPersistence {
  if (!registered) {
    throw new DeltahubError(
      'PERSISTENCE_NOT_REGISTERED',
      `DeltaModel.${operation} needs the deltahub package: import it (import { ... } from 'deltahub') before saving or pushing a delta.`,
    );
  }
  return registered;
}
