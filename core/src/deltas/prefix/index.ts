// Explicit re-exports: deltas/index.ts re-exports every method folder, so names stay few and unambiguous.
export { PREFIX_DEFAULTS, validatePrefixConfig, type PrefixConfig } from './config.js';
export { PrefixLayer, ReparameterizeFunction, type FlatPrefix } from './layer.js';
export { PrefixModel, type PrefixModelOptions } from './model.js';
export { prefixTarget, type PrefixKeyValueTensors, type PrefixTarget } from './targets.js';
