/**
 * Adds `saveFinetuned` to core's `DeltaModel` (every delta method): a TypeScript declaration merge
 * plus the prototype method, installed when this package is imported.
 */
import { DeltaModel } from '@deltahub/core';
import { saveFinetuned, type SaveFinetunedOptions, type SavedDeltaCheckpoint } from './checkpoint/save.js';
import { pushToHub, type PushToHubOptions } from './hub/push-model.js';
import type { PushResult } from './hub/push.js';
import { savePeft, type SavePeftOptions, type SavedPeftAdapter } from './peft/export.js';

declare module '@deltahub/core' {
  interface DeltaModel {
    /**
     * Saves this delta as a checkpoint folder: `delta.safetensors`, `delta_config.json`, `README.md`.
     * The folder appears complete or not at all. See {@link saveFinetuned} for the details.
     */
    saveFinetuned(dir: string, options?: SaveFinetunedOptions): Promise<SavedDeltaCheckpoint>;
    /**
     * Saves this delta to a temporary folder and pushes it to the hub repo `owner/name` (created on
     * first push; only blobs the hub lacks upload). Returns `{ url, revision, ... }`. See {@link pushToHub}.
     */
    pushToHub(repo: string, options?: PushToHubOptions): Promise<PushResult>;
    /**
     * Saves this delta as a Hugging Face PEFT adapter folder (`adapter_config.json`,
     * `adapter_model.safetensors`, `README.md`) for LoRA, IA3, soft prompts and prefixes; other
     * methods throw `PEFT_UNSUPPORTED_METHOD`. See {@link savePeft}.
     */
    savePeft(dir: string, options?: SavePeftOptions): Promise<SavedPeftAdapter>;
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

Object.defineProperty(DeltaModel.prototype, 'pushToHub', {
  value: function (this: DeltaModel, repo: string, options?: PushToHubOptions) {
    return pushToHub(this, repo, options);
  },
  writable: true,
  configurable: true,
  enumerable: false,
});

Object.defineProperty(DeltaModel.prototype, 'savePeft', {
  value: function (this: DeltaModel, dir: string, options?: SavePeftOptions) {
    return savePeft(this, dir, options);
  },
  writable: true,
  configurable: true,
  enumerable: false,
});
