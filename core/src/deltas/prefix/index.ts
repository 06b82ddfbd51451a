import { registerDeltaMethod } from '../registry.js';
import { PrefixModel } from './model.js';

export { PREFIX_DEFAULTS, resolvePrefixConfig, validatePrefixConfig, type PrefixConfig } from './config.js';
export { PrefixLayer, ReparameterizeFunction, type FlatPrefix } from './layer.js';
export { PrefixModel, type PrefixModelOptions } from './model.js';
export { prefixTarget, type PrefixKeyValueTensors, type PrefixTarget } from './targets.js';

registerDeltaMethod({ deltaType: 'prefix', create: (options) => new PrefixModel(options) });
