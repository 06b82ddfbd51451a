/**
 * Adds `saveFinetuned` to core's `DeltaModel` (every delta method): a TypeScript declaration merge
 * plus the prototype method, installed when this package is imported.
 */
import { DeltaModel } from '@deltahub/core';
import { saveFinetuned, type SaveFinetunedOptions, type SavedDeltaCheckpoint } from './checkpoint/save.js';

declare module '@deltahub/core' {
  interface DeltaModel {
    /**
     * Saves this delta as a checkpoint folder: `delta.safetensors`, `delta_config.json`, `README.md`.
     * The folder appears complete or not at all. See {@link saveFinetuned} for the details.
     */
    saveFinetuned(dir: string, options?: SaveFinetunedOptions): Promise<SavedDeltaCheckpoint>;
  }
}

Object.defineProperty(DeltaModel.prototype, 'saveFinetuned', {
  value: function (this: DeltaModel, dir: string, options?: SaveFinetunedOptions) {
    return saveFinetuned(this, dir, options);
  },
  writable: true,
  configurable: true,
  enumerable: false,
});
