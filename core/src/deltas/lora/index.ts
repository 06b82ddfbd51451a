import { registerDeltaMethod } from '../registry.js';
import { LoraModel } from './model.js';

export { LORA_DEFAULTS, resolveLoraConfig, validateLoraConfig, type LoraConfig } from './config.js';
export { LowRankLinear } from './layer.js';
export { LoraModel, type LoraModelOptions } from './model.js';

registerDeltaMethod({ deltaType: 'lora', create: (options) => new LoraModel(options) });
