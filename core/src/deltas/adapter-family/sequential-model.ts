import type { Module } from '../../nn/module.js';
import type { tf } from '../../runtime/tf.js';
import type { CommonStructure } from '../base/common-structure.js';
import { DeltaModel, type DeltaAttachment, type DeltaModelOptions } from '../base/delta-model.js';
import { sequentialAttachment } from './sequential.js';
import { afterAttentionAndFfn, outputFeatures } from './targets.js';

/**
 * What Adapter, LowRankAdapter and Compacter share: a layer after each target, sized from the
 * target's output, registered as its child `childName`; by default after the attention output
 * projection and the second FFN projection of every layer; the hyperparameters are the config.
 * Subclasses call `applyDeltas()` at the end of their constructor, as every method does.
 */
export abstract class SequentialAdapterModel<C extends object> extends DeltaModel {
  readonly config: C;
  /** The child name of the layer under each target (`adapter`, `compactor`...). */
  protected abstract readonly childName: string;
  /** The method's name in error messages (`Adapter`...). */
  protected abstract readonly methodName: string;

  protected constructor(options: DeltaModelOptions, resolveConfig: () => C) {
    super(options);
    this.config = resolveConfig();
  }

  protected defaultModifiedModules(structure: CommonStructure): string[] {
    return afterAttentionAndFfn(structure);
  }

  hyperparameters(): Record<string, unknown> {
    return { ...(this.config as Readonly<Record<keyof C, unknown>>) };
  }

  /** The layer for target `name`, whose hidden states have width `hidden`. */
  protected abstract createLayer(
    hidden: number,
    name: string,
  ): Module<[tf.Tensor], tf.Tensor> & { readonly hiddenDim: number };

  protected createDelta(target: Module, name: string): DeltaAttachment {
    const hidden = outputFeatures(target, name, this.backboneModel, this.methodName);
    const layer = this.createLayer(hidden, name);
    return sequentialAttachment(target, name, this.childName, layer, this.methodName);
  }
}
