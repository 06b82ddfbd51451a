export { COMPACTER_DEFAULTS, type CompacterConfig, type PhmWInit } from './config.js';
export { HyperComplexAdapterLayer, PHMLinear, type PhmOptions } from './layer.js';
export { CompacterModel, type CompacterModelOptions } from './model.js';
