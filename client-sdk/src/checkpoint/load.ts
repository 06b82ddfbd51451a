import { AutoDeltaModel, type DeltaModel, type Module } from '@deltahub/core';
import { readSavedTokenizer } from './tokenizer.js';
import { checkBackboneStructure, checkBackboneWeights } from './backbone-check.js';
import { DeltaCheckpointError } from './errors.js';
import { readDeltaCheckpoint } from './read.js';
import { applyDeltaTensors, planDeltaTensors } from './tensors.js';

/** Options of `fromFinetuned` (the package's, which resolves hub ids and PEFT folders first). */
export interface FromFinetunedOptions {
  /** The backbone to apply the delta to: the model the delta was trained on, freshly loaded. */
  backboneModel: Module;
  /**
   * Apply the delta to a backbone of the same structure but other weights (another fine-tune of the
   * same architecture and size). Default false: that is a `BACKBONE_WEIGHTS_MISMATCH` error.
   */
  allowDifferentWeights?: boolean;
  /** Receives warnings (unknown fields of a newer `delta_config.json`); default `console.warn`. */
  onWarning?: (message: string) => void;
  /** Hub ids: branch, tag or revision id (default `main`, or the `@revision` of the id). */
  revision?: string;
  /** Hub ids: the hub (default `DELTAHUB_URL`, then the `deltahub login` file). */
  hubUrl?: string;
  /** Hub ids: the access token (default `DELTAHUB_TOKEN`, then the `deltahub login` file). */
  token?: string;
  /** Hub ids: the cache folder (default `DELTAHUB_CACHE` or `~/.cache/deltahub`). */
  cacheDir?: string;
}

/**
 * Reapplies the deltahub checkpoint in `folder` to a backbone (`fromFinetuned` resolves a hub id to
 * its cached folder first, and sends PEFT folders elsewhere): reads and validates it, checks the
 * backbone's structure fingerprint (before touching it), rebuilds the delta from its config with
 * `AutoDeltaModel.fromConfig` (same method, hyperparameters, placement, exclusions), checks that it
 * modifies the same modules and that `delta.safetensors` fits it, checks the weights fingerprint of
 * the backbone's frozen weights (as without the delta, leaving out the backbone parameters the
 * checkpoint carries), and loads the tensors into it. The backbone is then in eval mode and not
 * frozen (call `freezeModule` to train on). When the checkpoint carries a tokenizer
 * (`saveFinetuned(dir, { tokenizer })`), it is loaded as `delta.tokenizer`.
 *
 * Errors (all `DeltahubError`s with stable codes): `DELTA_CHECKPOINT_NOT_FOUND`,
 * the hub's `HUB_*` codes (see `HubClientError`), `DELTA_CHECKPOINT_INCOMPLETE`, `DELTA_CONFIG_INVALID`,
 * `DELTA_WEIGHTS_INVALID`, `BACKBONE_STRUCTURE_MISMATCH`, `BACKBONE_WEIGHTS_MISMATCH`,
 * `DELTA_PLACEMENT_MISMATCH`, `DELTA_WEIGHTS_MISMATCH`, the tokenizer's `TOKENIZER_*` codes, and the
 * method's own option errors. When one
 * is thrown, the backbone is left as it was given (a rebuilt delta is detached again).
 *
 * Fingerprints are computed on the backbone as given: load onto a backbone without other deltas.
 */
export async function fromCheckpointFolder(
  folder: string,
  options: FromFinetunedOptions,
): Promise<DeltaModel> {
  const backbone = options.backboneModel;
  const checkpoint = await readDeltaCheckpoint(folder);
  const { config } = checkpoint;
  const warn = options.onWarning ?? ((message: string) => console.warn(message));
  for (const w of checkpoint.warnings) warn(`deltahub: ${folder}/delta_config.json ${w.path}: ${w.message}`);

  checkBackboneStructure(config.backbone, backbone, folder);
  // Read before the backbone is touched: a broken tokenizer file fails the load with nothing attached.
  const tokenizer = await readSavedTokenizer(folder);

  const delta = AutoDeltaModel.fromConfig(
    {
      deltaType: config.deltaType,
      modifiedModules: config.modifiedModules,
      excludeModules: config.excludeModules ?? [],
      unfrozenModules: config.unfrozenModules,
      hyperparameters: config.hyperparameters,
    },
    { backboneModel: backbone },
  );
  try {
    const resolved = delta.resolvedModules;
    const expected = config.modifiedModules.resolved;
    if (resolved.length !== expected.length || resolved.some((name, i) => name !== expected[i])) {
      throw new DeltaCheckpointError(
        'DELTA_PLACEMENT_MISMATCH',
        `The delta rebuilt from ${folder} modifies [${resolved.join(', ')}], but the saved one modified [${expected.join(', ')}].`,
        { path: folder },
      );
    }
    const plan = planDeltaTensors(
      delta,
      checkpoint.tensors,
      config.unfrozenModules,
      `${folder}/delta.safetensors`,
    );
    if (!options.allowDifferentWeights) {
      await checkBackboneWeights(config.backbone, delta, plan.backboneKeys, folder);
    }
    applyDeltaTensors(plan);
  } catch (error) {
    delta.detach();
    throw error;
  }
  delta.tokenizer = tokenizer;
  backbone.eval();
  return delta;
}
