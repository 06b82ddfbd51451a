import { registerDeltaMethod } from '../registry.js';
import { IA3Model } from './model.js';

export { IA3_DEFAULTS, resolveIa3Config, type Ia3Config } from './config.js';
export { IA3Vector } from './layer.js';
export { IA3Model, type IA3ModelOptions } from './model.js';

registerDeltaMethod({ deltaType: 'ia3', create: (options) => new IA3Model(options) });
