import {
  DeltahubError,
  describeDifference,
  type BackboneStructure,
  type StructureDifference,
} from '@deltahub/core';
import type { DeltaBackbone } from '@deltahub/core/checkpoint';

/**
 * Stable codes of {@link DeltaCheckpointError}:
 *
 * - `DELTA_CHECKPOINT_EXISTS`: the save target exists and is not empty (pass `overwrite: true` to
 *   replace a delta checkpoint), or it is not a delta checkpoint and will not be replaced.
 * - `DELTA_CHECKPOINT_NOT_FOUND`: no folder at the path given to `fromFinetuned`.
 * - `DELTA_CHECKPOINT_INCOMPLETE`: the folder lacks `delta_config.json` or `delta.safetensors`.
 * - `DELTA_WEIGHTS_INVALID`: `delta.safetensors` is not a valid safetensors file (truncated, corrupt);
 *   the `cause` is the {@link SafetensorsError} with its own code.
 * - `DELTA_WEIGHTS_MISMATCH`: the tensors do not fit the rebuilt delta (see {@link DeltaWeightsMismatchError}).
 * - `DELTA_PLACEMENT_MISMATCH`: the rebuilt delta modifies other modules than the saved one did.
 * - `DELTA_NOT_ATTACHED`: saving a delta that is detached.
 * - `DELTA_HYPERPARAMETERS_INVALID`: the method's hyperparameters are not plain JSON.
 * - `DELTA_DTYPE_UNSUPPORTED`: a parameter to save has a dtype safetensors cannot hold here.
 * - `HUB_CLIENT_UNAVAILABLE`: no longer thrown (hub ids now resolve through the hub client); kept so
 *   code that branches on it still compiles.
 */
export type DeltaCheckpointErrorCode =
  | 'DELTA_CHECKPOINT_EXISTS'
  | 'DELTA_CHECKPOINT_NOT_FOUND'
  | 'DELTA_CHECKPOINT_INCOMPLETE'
  | 'DELTA_WEIGHTS_INVALID'
  | 'DELTA_WEIGHTS_MISMATCH'
  | 'DELTA_PLACEMENT_MISMATCH'
  | 'DELTA_NOT_ATTACHED'
  | 'DELTA_HYPERPARAMETERS_INVALID'
  | 'DELTA_DTYPE_UNSUPPORTED'
  | 'HUB_CLIENT_UNAVAILABLE';

/** A delta checkpoint could not be saved or loaded. `path` is the folder or file concerned. */
export class DeltaCheckpointError extends DeltahubError {
  declare readonly code: DeltaCheckpointErrorCode;
  readonly path: string | undefined;

  constructor(code: DeltaCheckpointErrorCode, message: string, options?: { cause?: unknown; path?: string }) {
    super(code, message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.path = options?.path;
  }
}

/** A tensor of `delta.safetensors` whose shape or dtype does not fit the rebuilt delta. */
export interface TensorMismatch {
  readonly key: string;
  readonly expected: string;
  readonly actual: string;
}

/**
 * `delta.safetensors` does not fit the delta rebuilt from `delta_config.json` (code
 * `DELTA_WEIGHTS_MISMATCH`): delta parameters it lacks, keys that are neither delta parameters nor
 * backbone parameters the config lists as unfrozen, and tensors of the wrong shape or dtype. Nothing
 * is loaded when this is thrown.
 */
export class DeltaWeightsMismatchError extends DeltaCheckpointError {
  readonly missingKeys: readonly string[];
  readonly unexpectedKeys: readonly string[];
  readonly mismatchedKeys: readonly TensorMismatch[];

  constructor(
    path: string,
    problems: { missingKeys: string[]; unexpectedKeys: string[]; mismatchedKeys: TensorMismatch[] },
  ) {
    const first = (keys: readonly string[]): string =>
      keys.slice(0, 5).join(', ') + (keys.length > 5 ? `, … (${keys.length} in all)` : '');
    const parts: string[] = [];
    if (problems.missingKeys.length) parts.push(`missing delta tensors: ${first(problems.missingKeys)}`);
    if (problems.unexpectedKeys.length) parts.push(`unexpected tensors: ${first(problems.unexpectedKeys)}`);
    if (problems.mismatchedKeys.length) {
      parts.push(
        `wrong shapes or dtypes: ${problems.mismatchedKeys
          .slice(0, 5)
          .map((m) => `${m.key} is ${m.actual}, expected ${m.expected}`)
          .join('; ')}`,
      );
    }
    super(
      'DELTA_WEIGHTS_MISMATCH',
      `${path} does not fit the delta its config describes: ${parts.join('; ')}.`,
      {
        path,
      },
    );
    this.missingKeys = problems.missingKeys;
    this.unexpectedKeys = problems.unexpectedKeys;
    this.mismatchedKeys = problems.mismatchedKeys;
  }
}

/** Stable codes of {@link BackboneMismatchError}. */
export type BackboneMismatchCode = 'BACKBONE_STRUCTURE_MISMATCH' | 'BACKBONE_WEIGHTS_MISMATCH';

/**
 * The backbone given to `fromFinetuned` is not the one the delta was trained on. A different
 * structure (`BACKBONE_STRUCTURE_MISMATCH`) is always refused and `differences` lists the parameters
 * that differ (empty when the checkpoint recorded no parameter listing); different weights of the
 * same structure (`BACKBONE_WEIGHTS_MISMATCH`) are refused unless `allowDifferentWeights` is set.
 */
export class BackboneMismatchError extends DeltahubError {
  declare readonly code: BackboneMismatchCode;
  /** The backbone recorded in `delta_config.json`. */
  readonly expected: DeltaBackbone;
  /** The backbone given. */
  readonly actual: BackboneStructure & { weightsFingerprint?: string };
  /** Every differing parameter, in name order (structure mismatches only). */
  readonly differences: readonly StructureDifference[];

  constructor(
    code: BackboneMismatchCode,
    message: string,
    details: {
      expected: DeltaBackbone;
      actual: BackboneStructure & { weightsFingerprint?: string };
      differences?: StructureDifference[];
    },
  ) {
    super(code, message);
    this.expected = details.expected;
    this.actual = details.actual;
    this.differences = details.differences ?? [];
  }
}

/** `BertModel (bert) from './bert' with 1234 parameters`. */
export function describeBackbone(b: {
  modelClass: string;
  architecture: string | undefined;
  nameOrPath: string | undefined;
  totalParameters: number;
}): string {
  const from = b.nameOrPath ? ` from '${b.nameOrPath}'` : '';
  return `${b.modelClass} (${b.architecture ?? 'unknown architecture'})${from} with ${b.totalParameters} parameters`;
}

/** The first `limit` differences as text, with a count of the rest. */
export function describeDifferences(differences: readonly StructureDifference[], limit = 5): string {
  const shown = differences.slice(0, limit).map(describeDifference).join('; ');
  const more = differences.length > limit ? ` (and ${differences.length - limit} more)` : '';
  return `${shown}${more}`;
}
