/**
 * `@deltahub/core/fs`: file-system helpers for durable writes, shared by the checkpoint writers and
 * the hub's blob store. Loads no TensorFlow.js.
 */
export { syncDirectory } from './sync-directory.js';
