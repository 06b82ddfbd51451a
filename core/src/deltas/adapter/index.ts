import { registerDeltaMethod } from '../registry.js';
import { AdapterModel } from './model.js';

export {
  ADAPTER_DEFAULTS,
  resolveAdapterConfig,
  validateAdapterConfig,
  type AdapterConfig,
} from './config.js';
export { AdapterLayer } from './layer.js';
export { AdapterModel, type AdapterModelOptions } from './model.js';

registerDeltaMethod({ deltaType: 'adapter', create: (options) => new AdapterModel(options) });
