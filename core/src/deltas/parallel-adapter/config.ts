/** ParallelAdapter hyperparameters, OpenDelta's names in camelCase. */
export interface ParallelAdapterConfig {
  /** Width of the bottleneck (default 24). */
  bottleneckDim: number;
  /** Activation between the projections (default `gelu_new`). */
  nonLinearity: string;
  /** Factor on the adapter's output before it is added (default 1). */
  scaled: number;
}

/** OpenDelta's defaults. */
export const PARALLEL_ADAPTER_DEFAULTS: ParallelAdapterConfig = {
  bottleneckDim: 24,
  nonLinearity: 'gelu_new',
  scaled: 1,
};
