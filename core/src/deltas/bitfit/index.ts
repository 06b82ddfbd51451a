import { registerDeltaMethod } from '../registry.js';
import { BitFitModel } from './model.js';

export * from './config.js';
export * from './model.js';

registerDeltaMethod({ deltaType: 'bitfit', create: (options) => new BitFitModel(options) });
