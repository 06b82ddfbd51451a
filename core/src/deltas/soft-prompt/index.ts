// Explicit re-exports: deltas/index.ts re-exports every method folder, so names stay few and unambiguous.
export { SOFT_PROMPT_DEFAULTS, validateSoftPromptConfig, type SoftPromptConfig } from './config.js';
export { SoftPromptLayer } from './layer.js';
export { SoftPromptModel, type SoftPromptModelOptions } from './model.js';
export { softPromptPlacement, type SoftPromptPlacement } from './placement.js';
