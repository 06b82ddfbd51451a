/**
 * deltahub: delta tuning for TypeScript. This package is what users install; it re-exports
 * `@deltahub/core` (backbones, the module tree, safetensors, delta methods) so one import serves,
 * and adds delta checkpoints: `deltaModel.saveFinetuned(dir)` and `AutoDeltaModel.fromFinetuned(dir)`.
 */
import { registerDeltaPersistence, setPretrainedSourceResolver } from '@deltahub/core';
import { hubPretrainedSource } from './cache/pretrained-source.js';
import { sdkPersistence } from './persistence.js';

// The SDK's side of core's two hooks, installed once when the package is imported:
// `delta.saveFinetuned(dir)`, `delta.pushToHub(id)`, `delta.savePeft(dir)`, and
// `fromPretrained('owner/name')` downloading from a hub (core itself has no files or network).
registerDeltaPersistence(sdkPersistence);
setPretrainedSourceResolver(hubPretrainedSource);

export * from '@deltahub/core';
// Core's AutoDeltaModel with fromFinetuned added; the named export takes precedence over `export *`.
export { AutoDeltaModel } from './auto-delta-model.js';
export * from './checkpoint/index.js';
export * from './hub/index.js';
export * from './cache/index.js';
export * from './peft/index.js';
export { snapshotPretrained, type PretrainedHubOptions } from './cache/pretrained.js';
export { LIBRARY_VERSION } from './version.js';
export {
  DELTA_CONFIG_FILE,
  DELTA_CONFIG_FORMAT_VERSION,
  DELTA_WEIGHTS_FILE,
  MODEL_CARD_FILE,
  DeltaConfigError,
  ModelCardError,
  checkDeltaConfig,
  parseModelCard,
  validateDeltaConfig,
  type DeltaBackbone,
  type DeltaConfig,
  type DeltaConfigCheck,
  type DeltaConfigIssue,
  type ModelCard,
} from '@deltahub/core/checkpoint';
