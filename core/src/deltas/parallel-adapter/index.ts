import { registerDeltaMethod } from '../registry.js';
import { ParallelAdapterModel } from './model.js';

export {
  PARALLEL_ADAPTER_DEFAULTS,
  resolveParallelAdapterConfig,
  validateParallelAdapterConfig,
  type ParallelAdapterConfig,
} from './config.js';
export { ParallelAdapterLayer } from './layer.js';
export { ParallelAdapterModel, type ParallelAdapterModelOptions } from './model.js';
export { pairModules, type ModulePair } from './pairing.js';

registerDeltaMethod({
  deltaType: 'parallel_adapter',
  create: (options) => new ParallelAdapterModel(options),
});
