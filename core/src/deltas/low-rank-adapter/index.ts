export { LOW_RANK_ADAPTER_DEFAULTS, type FactorInit, type LowRankAdapterConfig } from './config.js';
export { LowRankAdapter, LowRankAdapterLinear } from './layer.js';
export { LowRankAdapterModel, type LowRankAdapterModelOptions } from './model.js';
