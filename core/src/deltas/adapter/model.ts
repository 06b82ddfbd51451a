import type { Module } from '../../nn/module.js';
import type { CommonStructure } from '../base/common-structure.js';
import { DeltaModel, type DeltaAttachment, type DeltaModelOptions } from '../base/delta-model.js';
import { sequentialAttachment } from '../adapter-family/sequential.js';
import { afterAttentionAndFfn, outputFeatures } from '../adapter-family/targets.js';
import { resolveAdapterConfig, type AdapterConfig } from './config.js';
import { AdapterLayer } from './layer.js';

/** Options of {@link AdapterModel}. */
export type AdapterModelOptions = DeltaModelOptions & Partial<AdapterConfig>;

/**
 * Adapters (Houlsby et al.) as OpenDelta's `AdapterModel`: after each target, `h + up(act(down(h)))`
 * with a bottleneck of `bottleneckDim`, registered as the target's child `adapter`
 * (`...fc2.adapter.modulelist.down_proj.weight`). Defaults to the attention output projection and
 * the second FFN projection of every layer.
 */
export class AdapterModel extends DeltaModel {
  readonly deltaType = 'adapter' as const;
  readonly config: AdapterConfig;

  constructor(options: AdapterModelOptions) {
    super(options);
    this.config = resolveAdapterConfig(options);
    this.applyDeltas();
  }

  protected defaultModifiedModules(structure: CommonStructure): string[] {
    return afterAttentionAndFfn(structure);
  }

  hyperparameters(): Record<string, unknown> {
    return { ...this.config };
  }

  protected createDelta(target: Module, name: string): DeltaAttachment {
    const hidden = outputFeatures(target, name, this.backboneModel, 'Adapter');
    const layer = new AdapterLayer(hidden, this.config.bottleneckDim, this.config.nonLinearity);
    return sequentialAttachment(target, name, 'adapter', layer, 'Adapter');
  }
}
