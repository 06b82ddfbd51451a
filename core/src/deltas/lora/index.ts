import { registerDeltaMethod } from '../registry.js';
import { LoraModel } from './model.js';

export * from './config.js';
export * from './layer.js';
export * from './model.js';

registerDeltaMethod({ deltaType: 'lora', create: (options) => new LoraModel(options) });
