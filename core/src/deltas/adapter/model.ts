import { DeltahubError } from '../../errors.js';
import type { Module } from '../../nn/module.js';
import type { CommonStructure } from '../base/common-structure.js';
import { DeltaModel, type DeltaAttachment, type DeltaModelOptions } from '../base/delta-model.js';
import { requirePositiveInteger, withDefaults } from '../base/options.js';
import { ADAPTER_DEFAULTS, type AdapterConfig } from './config.js';
import { AdapterLayer } from './layer.js';
import { sequentialAttachment } from './sequential.js';
import { afterAttentionAndFfn, outputFeatures } from './targets.js';
import { getActivation } from '../../nn/activations.js';

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
    this.config = withDefaults(ADAPTER_DEFAULTS, options);
    validateAdapterConfig(this.config);
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

/** Checks the options Adapter and ParallelAdapter share; typed errors name the bad value. */
export function validateAdapterConfig(config: AdapterConfig): void {
  requirePositiveInteger('bottleneckDim', config.bottleneckDim);
  validateNonLinearity(config.nonLinearity);
}

/** `nonLinearity` must name a known activation. */
export function validateNonLinearity(nonLinearity: string): void {
  try {
    getActivation(String(nonLinearity).toLowerCase());
  } catch (cause) {
    throw new DeltahubError(
      'DELTA_OPTIONS_INVALID',
      `nonLinearity '${nonLinearity}' is not a known activation.`,
      { cause },
    );
  }
}
