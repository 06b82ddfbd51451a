/**
 * @deltahub/core: TensorFlow.js backbones loaded from Hugging Face checkpoints, the PyTorch-style
 * module tree they are built from, and safetensors. No network access.
 */
export { tf } from './runtime/tf.js';
export * from './runtime/backend.js';
export * from './errors.js';
export * from './nn/index.js';
export * from './models/index.js';
export * from './deltas/index.js';
export * from './visualization/index.js';
export * from './fingerprint/index.js';
