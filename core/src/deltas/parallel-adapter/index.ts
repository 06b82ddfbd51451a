export { PARALLEL_ADAPTER_DEFAULTS, type ParallelAdapterConfig } from './config.js';
export { ParallelAdapterLayer } from './layer.js';
export { ParallelAdapterModel, type ParallelAdapterModelOptions } from './model.js';
export { pairModules, type ModulePair } from './pairing.js';
