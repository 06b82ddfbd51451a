/**
 * The SDK's implementation of core's `DeltaModel.saveFinetuned`, `pushToHub` and `savePeft`
 * (registered by the package entry point with `registerDeltaPersistence`), and their precise
 * option and result types for core's methods.
 */
import type { DeltaPersistence } from '@deltahub/core';
import { saveFinetuned, type SaveFinetunedOptions, type SavedDeltaCheckpoint } from './checkpoint/save.js';
import { pushToHub, type PushToHubOptions } from './push-to-hub.js';
import type { PushResult } from './hub/push.js';
import { savePeft, type SavePeftOptions, type SavedPeftAdapter } from './peft/export.js';

declare module '@deltahub/core' {
  interface DeltaPersistenceTypes {
    saveFinetuned: { options: SaveFinetunedOptions; result: SavedDeltaCheckpoint };
    pushToHub: { options: PushToHubOptions; result: PushResult };
    savePeft: { options: SavePeftOptions; result: SavedPeftAdapter };
  }
}

/** Checkpoint folders, hub pushes and PEFT folders: what `delta.saveFinetuned(dir)` and its siblings run. */
export const sdkPersistence: DeltaPersistence = { saveFinetuned, pushToHub, savePeft };
