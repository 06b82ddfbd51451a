export * from './module.js';
export * from './init.js';
export * from './activations.js';
export * from './linear.js';
export * from './embedding.js';
export * from './normalization.js';
export * from './dropout.js';
export * from './containers.js';
