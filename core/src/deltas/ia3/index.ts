import { registerDeltaMethod } from '../registry.js';
import { IA3Model } from './model.js';

export * from './config.js';
export * from './layer.js';
export * from './model.js';

registerDeltaMethod({ deltaType: 'ia3', create: (options) => new IA3Model(options) });
