import { registerDeltaMethod } from '../registry.js';
import { BitFitModel } from './model.js';

export { bitfitDefaultPlacement } from './config.js';
export { BitFitModel, type BitFitModelOptions } from './model.js';

registerDeltaMethod({ deltaType: 'bitfit', create: (options) => new BitFitModel(options) });
