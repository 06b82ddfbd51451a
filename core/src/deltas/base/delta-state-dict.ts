import { DeltahubError } from '../../errors.js';
import {
  describeLoadProblems,
  sameShape,
  type LoadStateDictResult,
  type Module,
  type Parameter,
  type ShapeMismatch,
} from '../../nn/module.js';
import type { tf } from '../../runtime/tf.js';

/**
 * Thrown by {@link loadDeltaStateDict} when a delta's weights do not fit the delta attached to the
 * backbone: keys naming nothing in the backbone (a delta made with another placement or naming),
 * delta parameters the dict lacks, or shapes that differ. `result` lists them all; nothing is loaded.
 */
export class DeltaStateDictError extends DeltahubError {
  constructor(
    message: string,
    readonly result: LoadStateDictResult,
  ) {
    super('DELTA_STATE_DICT_MISMATCH', message);
  }
}

/**
 * Loads a delta's weights (a state dict saved after `freezeModule({ setStateDict: true })`, such as
 * OpenDelta's `pytorch_model.bin` converted to tensors) into `backbone`, strictly for the delta:
 * every key must name a backbone parameter, every trainable delta parameter must be given, shapes
 * must match. Keys naming other backbone parameters (a classifier trained along) load too.
 *
 * This is the check a non-strict `loadStateDict` skips: a delta whose names differ from the
 * backbone's (another placement) would otherwise load nothing and run with its random
 * initialisation. On any problem a {@link DeltaStateDictError} names the first offending keys and
 * the backbone is left as it was.
 */
export function loadDeltaStateDict(
  backbone: Module,
  deltaParameters: readonly Parameter[],
  dict: Readonly<Record<string, tf.Tensor>>,
): LoadStateDictResult {
  const byName = new Map(backbone.namedParameters());
  const deltas = new Set(deltaParameters);
  const unexpectedKeys = Object.keys(dict).filter((key) => !byName.has(key));
  // Never-trainable delta tensors (prefix tuning's `input_tokens` index) are not saved.
  const missingKeys = [...byName]
    .filter(([name, p]) => deltas.has(p) && p.trainable && !(name in dict))
    .map(([name]) => name);
  const mismatchedKeys: ShapeMismatch[] = Object.entries(dict)
    .filter(([key, t]) => byName.has(key) && !sameShape(byName.get(key)!.shape, t.shape))
    .map(([key, t]) => ({ key, expected: byName.get(key)!.shape, actual: t.shape }));
  const result = { missingKeys, unexpectedKeys, mismatchedKeys };
  if (missingKeys.length || unexpectedKeys.length || mismatchedKeys.length) {
    const hint = unexpectedKeys.length
      ? ' Keys the backbone lacks usually mean the delta was placed differently (another library or version): rebuild it with the modifiedModules it was trained with.'
      : '';
    throw new DeltaStateDictError(
      `${describeLoadProblems(result).replace('State dict does not match the model', 'Delta weights do not match the delta attached to this backbone')}${hint}`,
      result,
    );
  }
  // Only the given keys: every other backbone tensor keeps its value.
  backbone.loadStateDict(dict, { strict: false });
  return result;
}
