/**
 * deltahub: delta tuning for TypeScript. This package is what users install; it re-exports
 * `@deltahub/core` (backbones, the module tree, safetensors, delta methods) so one import serves.
 */
export * from '@deltahub/core';
