import type { DeltaModelOptions } from '../base/delta-model.js';
import { SequentialAdapterModel } from '../adapter-family/sequential-model.js';
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
export class AdapterModel extends SequentialAdapterModel<AdapterConfig> {
  readonly deltaType = 'adapter' as const;
  protected readonly childName = 'adapter';
  protected readonly methodName = 'Adapter';

  constructor(options: AdapterModelOptions) {
    super(options, () => resolveAdapterConfig(options));
    this.applyDeltas();
  }

  protected createLayer(hidden: number): AdapterLayer {
    return new AdapterLayer(hidden, this.config.bottleneckDim, this.config.nonLinearity);
  }
}
