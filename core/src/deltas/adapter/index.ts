// Only the public API; the helpers shared with the other adapter-family folders are imported from
// their files directly, so the names re-exported by deltas/index.ts stay few and unambiguous.
export { ADAPTER_DEFAULTS, type AdapterConfig } from './config.js';
export { AdapterLayer } from './layer.js';
export { AdapterModel, type AdapterModelOptions } from './model.js';
