import { DeltahubError } from '../../errors.js';
import { zerosParameter } from '../../nn/init.js';
import { Conv1D, Linear } from '../../nn/linear.js';
import type { HookHandle, Module, Parameter } from '../../nn/module.js';
import { LayerNorm, RMSNorm } from '../../nn/normalization.js';
import { tf } from '../../runtime/tf.js';
import { matchesAny } from '../base/addressing.js';
import type { CommonStructure } from '../base/common-structure.js';
import { DeltaModel, type DeltaAttachment, type DeltaModelOptions } from '../base/delta-model.js';
import { bitfitDefaultPlacement } from './config.js';

/** Options of {@link BitFitModel}: BitFit has no hyperparameters of its own. */
export type BitFitModelOptions = DeltaModelOptions;

/** One bias BitFit trains. */
interface BiasEntry {
  readonly layer: Module;
  readonly bias: Parameter;
  /** True when BitFit created the bias (the layer had none): it is registered only while attached. */
  readonly added: boolean;
  /** The backbone's own value, kept while attached so detach restores it exactly. */
  original?: tf.Tensor;
  /** The delta's value, kept while detached so attach brings it back. */
  saved?: tf.Tensor;
}

/**
 * BitFit: trains only biases. Every bias inside the targets becomes a delta parameter (marked, so
 * `freezeModule({ exclude: ['deltas'] })` leaves exactly them trainable); a Linear, LayerNorm or
 * Conv1D without one gets a zero bias, registered as `bias` on the layer so names match OpenDelta's.
 * Composite targets (`attention`, `self_attn`, T5's `block.N.layer.0`...) stand for every such layer
 * inside them; a T5 RMSNorm gets a bias only when targeted itself (OpenDelta skips it inside
 * composite targets).
 *
 * Unlike OpenDelta, whose `detach()` fails for BitFit, detaching restores the backbone exactly: the
 * original bias values are kept while attached and put back, added biases are removed, and the
 * delta's values come back on the next `attach()`. Load delta weights while attached.
 */
export class BitFitModel extends DeltaModel {
  readonly deltaType = 'bitfit' as const;
  /** Layers whose bias an earlier target of this delta already took (targets may nest). */
  #claimed = new Set<Module>();

  constructor(options: BitFitModelOptions) {
    super(options);
    this.applyDeltas();
  }

  protected defaultModifiedModules(structure: CommonStructure): string[] {
    const placement = bitfitDefaultPlacement(this.modelType, structure);
    // The LM head's transform only where this model has one (a base model has no head).
    const names = [...this.backboneModel.namedModules()].map(([name]) => name).filter((name) => name !== '');
    const heads = structure.lmHead.filter((pattern) => names.some((name) => matchesAny(name, [pattern])));
    return [...placement, ...heads];
  }

  hyperparameters(): Record<string, unknown> {
    return {};
  }

  protected createDelta(target: Module, name: string): DeltaAttachment {
    const entries: BiasEntry[] = [];
    let capable = false;
    for (const [, module] of target.namedModules()) {
      if (this.#claimed.has(module)) {
        capable = true;
        continue;
      }
      const entry = biasEntry(module, module === target);
      if (!entry) continue;
      capable = true;
      this.#claimed.add(module);
      entries.push(entry);
    }
    if (!capable) {
      throw new DeltahubError(
        'DELTA_TARGET_UNSUPPORTED',
        `BitFit found no bias and no Linear, LayerNorm, RMSNorm or Conv1D layer in '${name}' (${target.typeName}).`,
      );
    }
    return { children: [], markedParameters: entries.map((e) => e.bias), install: () => [install(entries)] };
  }
}

/**
 * The bias of a layer: its own `bias` parameter, or a new zero one for a bias-capable layer (an
 * RMSNorm only when it is the `target` itself).
 */
function biasEntry(module: Module, target: boolean): BiasEntry | undefined {
  const own = [...module.ownParameters()].find(([n]) => n === 'bias')?.[1];
  if (own) return { layer: module, bias: own, added: false };
  let size: number | undefined;
  if (module instanceof Linear || module instanceof Conv1D) size = module.outFeatures;
  else if (module instanceof LayerNorm || (target && module instanceof RMSNorm))
    size = module.normalizedShape;
  if (size === undefined) return undefined;
  return { layer: module, bias: zerosParameter([size]), added: true };
}

/** Puts the delta's biases in; the handle takes them out and restores the backbone's values. */
function install(entries: BiasEntry[]): HookHandle {
  for (const entry of entries) {
    if (entry.added) {
      entry.layer.registerParameter('bias', entry.bias);
      continue;
    }
    entry.original = tf.keep(tf.clone(entry.bias));
    if (entry.saved) {
      entry.bias.assign(entry.saved);
      entry.saved.dispose();
      entry.saved = undefined;
    }
  }
  return {
    remove: () => {
      for (const entry of entries) {
        if (entry.added) {
          entry.layer.removeParameter('bias');
          continue;
        }
        entry.saved = tf.keep(tf.clone(entry.bias));
        entry.bias.assign(entry.original!);
        entry.original!.dispose();
        entry.original = undefined;
      }
    },
  };
}
