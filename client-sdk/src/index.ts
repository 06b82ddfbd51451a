/**
 * deltahub: delta tuning for TypeScript. This package is what users install; it re-exports
 * `@deltahub/core` (backbones, the module tree, safetensors, delta methods; core's index lists its
 * own public API) so one import serves, and adds delta checkpoints, the hub client, the download
 * cache and PEFT interoperability. Everything public is listed here by name: a module's other
 * exports are internals.
 */
import { registerDeltaPersistence, setPretrainedSourceResolver } from '@deltahub/core';
import { hubPretrainedSource } from './cache/pretrained-source.js';
import { sdkPersistence } from './persistence.js';
// Kept in the declaration output (named imports used only at run time are not): these modules
// carry the SDK's typing of core's hooks (`hubUrl` of fromPretrained, what saveFinetuned returns).
import './cache/pretrained-source.js';
import './persistence.js';

// The SDK's side of core's two hooks, installed once when the package is imported:
// `delta.saveFinetuned(dir)`, `delta.pushToHub(id)`, `delta.savePeft(dir)`, and
// `fromPretrained('owner/name')` downloading from a hub (core itself has no files or network).
registerDeltaPersistence(sdkPersistence);
setPretrainedSourceResolver(hubPretrainedSource);

export * from '@deltahub/core';
// Core's AutoDeltaModel with fromFinetuned added; the named export takes precedence over `export *`.
export { AutoDeltaModel } from './auto-delta-model.js';
export { LIBRARY_VERSION } from './version.js';

// Delta checkpoints: save, push (save, then push the folder), read, reapply.
export type { ModelCardOptions } from './checkpoint/card.js';
export {
  BackboneMismatchError,
  DeltaCheckpointError,
  DeltaWeightsMismatchError,
  type BackboneMismatchCode,
  type DeltaCheckpointErrorCode,
  type TensorMismatch,
} from './checkpoint/errors.js';
export type { FromFinetunedOptions } from './checkpoint/load.js';
export { fromFinetuned } from './from-finetuned.js';
export { pushToHub, type PushToHubOptions } from './push-to-hub.js';
export { readDeltaCheckpoint, type DeltaCheckpoint } from './checkpoint/read.js';
export { saveFinetuned, type SaveFinetunedOptions, type SavedDeltaCheckpoint } from './checkpoint/save.js';
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

// The hub: its client, folder pushes, repo ids.
export {
  HubClient,
  type HubClientOptions,
  type HubFile,
  type HubRef,
  type HubRepoInfo,
  type HubRevision,
  type HubSearchItem,
  type HubSearchQuery,
  type HubWhoami,
  type RetryOptions,
} from './hub/client.js';
export { HubClientError, type HubClientErrorCode } from './hub/errors.js';
export { pushFolder, type PushFolderOptions, type PushResult, type TransferProgress } from './hub/push.js';
export { isRevisionId, parseRepoId, type RepoId } from './hub/repo-id.js';

// Downloads into the local cache: delta revisions and backbones.
export { snapshotFromHub, type Snapshot, type SnapshotOptions } from './cache/resolve.js';
export { snapshotPretrained, type PretrainedHubOptions } from './cache/pretrained.js';

// PEFT interoperability: import (`fromPeft`) and export (`savePeft`) of Hugging Face PEFT adapters.
export {
  PEFT_CONFIG_FILE,
  PEFT_SUPPORTED_TYPES,
  PEFT_WEIGHTS_FILE,
  parsePeftConfig,
  type PeftBias,
  type PeftConfig,
  type PeftIa3Config,
  type PeftLoraConfig,
  type PeftPrefixTuningConfig,
  type PeftPromptTuningConfig,
  type PeftType,
} from './peft/config.js';
export { PeftError, type PeftErrorCode } from './peft/errors.js';
export { savePeft, type SavePeftOptions, type SavedPeftAdapter } from './peft/export.js';
export { fromPeft, type FromPeftOptions } from './peft/import.js';
