import { AutoDeltaModel as CoreAutoDeltaModel } from '@deltahub/core';
import { fromFinetuned } from './from-finetuned.js';

/**
 * Core's `AutoDeltaModel` (`fromConfig`) plus `fromFinetuned(folder, { backboneModel })`, which
 * reapplies a saved delta checkpoint or a PEFT adapter. This package exports it in place of core's.
 */
export const AutoDeltaModel: typeof CoreAutoDeltaModel & { fromFinetuned: typeof fromFinetuned } = {
  ...CoreAutoDeltaModel,
  fromFinetuned,
};
