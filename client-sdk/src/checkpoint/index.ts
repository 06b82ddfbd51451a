// Delta checkpoints on the local file system: save, read, and reapply.
export { checkCardOptions, renderModelCard, type ModelCardOptions } from './card.js';
export { buildDeltaConfig } from './config.js';
export {
  BackboneMismatchError,
  DeltaCheckpointError,
  DeltaWeightsMismatchError,
  type BackboneMismatchCode,
  type DeltaCheckpointErrorCode,
  type TensorMismatch,
} from './errors.js';
export { writeFolderAtomically, type FolderWriteOptions } from './folder.js';
export { fromFinetuned, type FromFinetunedOptions } from './load.js';
export { readDeltaCheckpoint, type DeltaCheckpoint } from './read.js';
export { saveFinetuned, type SaveFinetunedOptions, type SavedDeltaCheckpoint } from './save.js';
export { parametersToSave, type SavedParameter } from './tensors.js';
