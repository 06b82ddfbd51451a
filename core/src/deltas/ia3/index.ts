export * from './config.js';
export * from './layer.js';
export * from './model.js';
