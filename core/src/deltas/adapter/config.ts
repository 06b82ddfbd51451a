/** Adapter hyperparameters, OpenDelta's names in camelCase. */
export interface AdapterConfig {
  /** Width of the bottleneck between the down and up projections (OpenDelta `bottleneck_dim`, default 24). */
  bottleneckDim: number;
  /** Activation between the projections, by its transformers name (default `gelu_new`). */
  nonLinearity: string;
}

/** OpenDelta's defaults. */
export const ADAPTER_DEFAULTS: AdapterConfig = { bottleneckDim: 24, nonLinearity: 'gelu_new' };
