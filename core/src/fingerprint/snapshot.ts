import { DeltahubError } from '../errors.js';
import { DeltaModel } from '../deltas/base/delta-model.js';
import type { Module, Parameter } from '../nn/module.js';
import { tf } from '../runtime/tf.js';
import { sortedNames } from './structure.js';

/** One backbone parameter as a fingerprint sees it. */
export interface BackboneEntry {
  /** State-dict name (the first name of a tied parameter). */
  readonly name: string;
  readonly parameter: Parameter;
  /**
   * The value to hash: the live variable, or, for a backbone parameter a delta trains in place
   * (BitFit's biases), a clone of the value it had without the delta.
   */
  readonly tensor: tf.Tensor;
}

/** The backbone's own parameters, sorted by name; `dispose()` frees the clones it holds. */
export interface BackboneSnapshot {
  readonly model: Module;
  readonly entries: readonly BackboneEntry[];
  dispose(): void;
}

/**
 * The backbone's own parameters, without those of `target`'s delta.
 *
 * For a {@link DeltaModel} the delta is detached for the (synchronous) time it takes to list the
 * parameters and re-attached at once: detaching removes what the delta created (child modules,
 * biases BitFit added) and puts back the backbone's own values of what it trains in place (BitFit's
 * existing biases), which are cloned here. So the listing and values are those of the backbone
 * before the delta, whatever training did. A merged delta (LoRA, IA3 after `merge()`) is refused:
 * its update is inside the backbone's weights. Other deltas attached to the same backbone count as
 * backbone; re-attaching puts this delta after them in the order stacked deltas run.
 */
export function snapshotBackbone(target: Module | DeltaModel): BackboneSnapshot {
  if (!(target instanceof DeltaModel)) {
    return {
      model: target,
      entries: sortEntries([...target.namedParameters()].map(liveEntry)),
      dispose() {},
    };
  }
  if ((target as { isMerged?: unknown }).isMerged === true) {
    throw new DeltahubError(
      'DELTA_MERGED',
      `The ${target.deltaType} delta is merged into the backbone weights: call unmerge() before fingerprinting or saving it.`,
    );
  }
  const model = target.backboneModel;
  const deltaParameters = new Set(target.deltaParameters());
  const clones: tf.Tensor[] = [];
  const wasAttached = target.isAttached;
  if (wasAttached) target.detach();
  let entries: BackboneEntry[];
  try {
    entries = [...model.namedParameters()].map(([name, parameter]) => {
      if (!deltaParameters.has(parameter)) return liveEntry([name, parameter]);
      const clone = tf.clone(parameter);
      clones.push(clone);
      return { name, parameter, tensor: clone };
    });
  } finally {
    if (wasAttached) target.attach();
  }
  return { model, entries: sortEntries(entries), dispose: () => tf.dispose(clones) };
}

function liveEntry([name, parameter]: [string, Parameter]): BackboneEntry {
  return { name, parameter, tensor: parameter };
}

function sortEntries(entries: BackboneEntry[]): BackboneEntry[] {
  const byName = new Map(entries.map((e) => [e.name, e]));
  return sortedNames(byName.keys()).map((name) => byName.get(name)!);
}
