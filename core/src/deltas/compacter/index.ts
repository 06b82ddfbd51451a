import { registerDeltaMethod } from '../registry.js';
import { CompacterModel } from './model.js';

export {
  COMPACTER_DEFAULTS,
  resolveCompacterConfig,
  validateCompacterConfig,
  type CompacterConfig,
  type PhmWInit,
} from './config.js';
export { HyperComplexAdapterLayer, PHMLinear, type PhmOptions } from './layer.js';
export { CompacterModel, type CompacterModelOptions } from './model.js';

registerDeltaMethod({ deltaType: 'compacter', create: (options) => new CompacterModel(options) });
