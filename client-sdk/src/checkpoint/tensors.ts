import { tf, type DeltaModel, type Parameter } from '@deltahub/core';
import { toFloat32, type SafetensorsDtype, type TensorData } from '@deltahub/core/safetensors';
import { DeltaCheckpointError, DeltaWeightsMismatchError, type TensorMismatch } from './errors.js';
import { coveredByUnfrozen } from './patterns.js';

/** A parameter a checkpoint saves, under its backbone state-dict name. */
export interface SavedParameter {
  readonly name: string;
  readonly parameter: Parameter;
  /** Whether it is one of the delta's own parameters (created or marked), or another backbone parameter. */
  readonly isDelta: boolean;
}

/**
 * What `saveFinetuned` writes to `delta.safetensors`, in backbone state-dict order:
 *
 * - every parameter of the delta (created, or marked like BitFit's biases), whatever its `trainable`
 *   flag: a frozen delta parameter still holds an initialisation the rebuilt delta cannot reproduce;
 * - every other backbone parameter that is trainable (a classifier kept trainable through
 *   `freezeModule({ exclude: ['deltas', 'classifier'] })`) — what `freezeModule({ setStateDict: true })`
 *   keeps in the state dict;
 * - but when the backbone was never frozen (every non-delta parameter trainable), only the other
 *   parameters the delta's `unfrozenModules` name: what `freezeModule()` with its defaults would keep,
 *   rather than the whole model.
 *
 * Tied parameters are saved once, under their first name.
 */
export function parametersToSave(delta: DeltaModel): SavedParameter[] {
  if (!delta.isAttached) {
    throw new DeltaCheckpointError(
      'DELTA_NOT_ATTACHED',
      `The ${delta.deltaType} delta is detached: attach() it before saving (its parameters are named by where it is attached).`,
    );
  }
  const deltaParameters = new Set(delta.deltaParameters());
  const named = [...delta.backboneModel.namedParameters()];
  const others = named.filter(([, p]) => !deltaParameters.has(p));
  const neverFrozen = others.every(([, p]) => p.trainable);
  const keepOther = ([name, p]: [string, Parameter]): boolean =>
    neverFrozen ? coveredByUnfrozen(name, delta.unfrozenModules) : p.trainable;
  const saved = named
    .filter((entry) => deltaParameters.has(entry[1]) || keepOther(entry))
    .map(([name, parameter]) => ({ name, parameter, isDelta: deltaParameters.has(parameter) }));
  if (saved.filter((s) => s.isDelta).length !== deltaParameters.size) {
    throw new DeltaCheckpointError(
      'DELTA_NOT_ATTACHED',
      `Some parameters of the ${delta.deltaType} delta are not in the backbone's module tree: is it attached to this backbone?`,
    );
  }
  return saved;
}

const SAFETENSORS_DTYPE: Partial<Record<tf.DataType, SafetensorsDtype>> = {
  float32: 'F32',
  int32: 'I32',
  bool: 'BOOL',
};

/** A parameter's current value as safetensors data (F32 for float32 weights), read with `dataSync`. */
export function tensorDataOf(name: string, parameter: Parameter): TensorData {
  const dtype = SAFETENSORS_DTYPE[parameter.dtype];
  if (!dtype) {
    throw new DeltaCheckpointError(
      'DELTA_DTYPE_UNSUPPORTED',
      `Cannot save ${name}: dtype ${parameter.dtype}.`,
    );
  }
  const values = parameter.dataSync() as Float32Array | Int32Array | Uint8Array;
  // A copy: the backend may hand out its own storage, which must not be shared with the writer.
  return { dtype, shape: [...parameter.shape], data: values.slice() };
}

const describe = (dtype: string, shape: readonly number[]): string => `${dtype}[${shape.join(',')}]`;

/** Tensors checked against a rebuilt delta, ready to assign ({@link planDeltaTensors}). */
export interface DeltaTensorPlan {
  readonly assignments: ReadonlyArray<readonly [Parameter, TensorData]>;
  /** Keys that are backbone parameters rather than delta parameters (a classifier trained along). */
  readonly backboneKeys: readonly string[];
}

/**
 * Checks that `tensors` (from `delta.safetensors`) fit `delta`, freshly rebuilt from its config:
 * every delta parameter must be present; other keys must name backbone parameters the config's
 * `unfrozenModules` cover; shapes must match; float weights may come as F32, F16, BF16 or F64. On
 * any problem a {@link DeltaWeightsMismatchError} lists them all. Nothing is assigned yet.
 */
export function planDeltaTensors(
  delta: DeltaModel,
  tensors: ReadonlyMap<string, TensorData>,
  unfrozenModules: readonly string[],
  path: string,
): DeltaTensorPlan {
  const deltaParameters = new Set(delta.deltaParameters());
  const byName = new Map(delta.backboneModel.namedParameters());
  const missingKeys = [...byName]
    .filter(([name, p]) => deltaParameters.has(p) && !tensors.has(name))
    .map(([name]) => name);
  const unexpectedKeys: string[] = [];
  const mismatchedKeys: TensorMismatch[] = [];
  const assignments: Array<[Parameter, TensorData]> = [];
  const backboneKeys: string[] = [];
  for (const [key, data] of tensors) {
    const parameter = byName.get(key);
    if (!parameter || (!deltaParameters.has(parameter) && !coveredByUnfrozen(key, unfrozenModules))) {
      unexpectedKeys.push(key);
      continue;
    }
    const sameShape =
      data.shape.length === parameter.shape.length && data.shape.every((d, i) => d === parameter.shape[i]);
    const floatOk = parameter.dtype === 'float32' && ['F32', 'F16', 'BF16', 'F64'].includes(data.dtype);
    const dtypeOk = floatOk || SAFETENSORS_DTYPE[parameter.dtype] === data.dtype;
    if (!sameShape || !dtypeOk) {
      mismatchedKeys.push({
        key,
        expected: describe(SAFETENSORS_DTYPE[parameter.dtype] ?? parameter.dtype, parameter.shape),
        actual: describe(data.dtype, data.shape),
      });
      continue;
    }
    assignments.push([parameter, data]);
    if (!deltaParameters.has(parameter)) backboneKeys.push(key);
  }
  if (missingKeys.length || unexpectedKeys.length || mismatchedKeys.length) {
    throw new DeltaWeightsMismatchError(path, { missingKeys, unexpectedKeys, mismatchedKeys });
  }
  return { assignments, backboneKeys };
}

/** Assigns checked tensors; F32 data loads bit for bit. */
export function applyDeltaTensors(plan: DeltaTensorPlan): void {
  for (const [parameter, data] of plan.assignments) {
    const values =
      parameter.dtype === 'float32'
        ? toFloat32(data)
        : data.data instanceof Int32Array || data.data instanceof Uint8Array
          ? data.data
          : Int32Array.from(toFloat32(data));
    tf.tidy(() => parameter.assign(tf.tensor(values, [...parameter.shape], parameter.dtype)));
  }
}
