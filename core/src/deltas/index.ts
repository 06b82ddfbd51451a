export * from './base/addressing.js';
export * from './base/common-structure.js';
export * from './base/delta-model.js';
export * from './lora/index.js';
