import { join } from 'node:path';
import { fingerprintBackbone, type DeltaModel } from '@deltahub/core';
import {
  DELTA_CONFIG_FILE,
  DELTA_WEIGHTS_FILE,
  MODEL_CARD_FILE,
  type DeltaConfig,
} from '@deltahub/core/checkpoint';
import { writeSafetensorsFile, type TensorData } from '@deltahub/core/safetensors';
import { baseModelOf } from './base-model.js';
import { checkCardOptions, renderModelCard, type CardExtras, type ModelCardOptions } from './card.js';
import { buildDeltaConfig } from './config.js';
import { writeFileDurably, writeFolderAtomically } from './folder.js';
import { parametersToSave, tensorDataOf } from './tensors.js';

/** Options of {@link saveFinetuned}. */
export interface SaveFinetunedOptions {
  /** Model card content: description, task, dataset, metrics, license, tags. */
  card?: ModelCardOptions;
  /**
   * Replace an existing delta checkpoint at `dir` (default false: an existing non-empty folder is an
   * error). A folder that is not a delta checkpoint is never replaced.
   */
  overwrite?: boolean;
  /**
   * Where users will load the checkpoint from, when not from `dir`: a hub id such as
   * `alice/bert-lora` (`pushToHub` passes its repo). The model card's title and usage snippet name it.
   * Default: `dir`.
   */
  publishedAs?: string;
  /**
   * The backbone's hub id (`bert-base-uncased`, `owner/name`), recorded as `backbone.nameOrPath` and
   * the card's `base_model`. Default: the id the backbone was downloaded from, else `config.json`'s
   * `_name_or_path` when it is an id, else `unknown`. Never a local path (see `baseModelOf`).
   */
  baseModel?: string;
}

/** What {@link saveFinetuned} wrote. */
export interface SavedDeltaCheckpoint {
  /** Absolute path of the checkpoint folder. */
  readonly dir: string;
  /** The `delta_config.json` written. */
  readonly config: DeltaConfig;
}

/**
 * Saves a delta as a checkpoint folder (the format: core's `checkpoint/format.ts` and `delta-config.ts`):
 *
 * - `delta.safetensors`: the delta's tensors, F32, keyed by backbone state-dict names (which
 *   tensors: see `parametersToSave` — the delta's parameters plus other trainable backbone parameters);
 * - `delta_config.json`: format version, method, hyperparameters, placement, `unfrozenModules`, the
 *   backbone's fingerprints and parameter counts (the backbone without the delta; the weights
 *   fingerprint covers its frozen weights: every backbone parameter except those saved in
 *   `delta.safetensors`, BitFit's biases hashed at their values before training), validated with core's
 *   schema before anything is written; the backbone is named by its hub id (`options.baseModel`,
 *   or see `baseModelOf`), never by the folder it was loaded from;
 * - `README.md`: the model card, from `options.card`.
 *
 * The folder appears complete or not at all (see `writeFolderAtomically`); an existing non-empty
 * folder is refused unless `overwrite` is set. The delta must be attached and not merged
 * (`DELTA_NOT_ATTACHED`, `DELTA_MERGED`); a bad card is a `ModelCardError`. The delta stays attached,
 * with its values, trainable flags and state-dict hook unchanged.
 */
export async function saveFinetuned(
  delta: DeltaModel,
  dir: string,
  options: SaveFinetunedOptions = {},
): Promise<SavedDeltaCheckpoint> {
  return writeDeltaCheckpoint(delta, dir, options);
}

/** {@link saveFinetuned}, with what the card says beyond the checkpoint (`pushToHub`'s PEFT files). */
export async function writeDeltaCheckpoint(
  delta: DeltaModel,
  dir: string,
  options: SaveFinetunedOptions,
  extras: CardExtras = {},
): Promise<SavedDeltaCheckpoint> {
  const card = checkCardOptions(options.card);
  const baseModel = baseModelOf(delta.backboneModel, options.baseModel)?.id;
  const saved = parametersToSave(delta);
  // The frozen weights: without the delta, and without the backbone parameters saved with it.
  const carried = saved.filter((s) => !s.isDelta).map((s) => s.name);
  const backbone = await fingerprintBackbone(delta, { excludeWeights: carried });
  const config = buildDeltaConfig(delta, backbone, saved, card, baseModel);
  const readme = renderModelCard(config, card, options.publishedAs ?? dir, extras);
  const tensors = new Map<string, TensorData>(saved.map((s) => [s.name, tensorDataOf(s.name, s.parameter)]));
  const path = await writeFolderAtomically(
    dir,
    async (temp) => {
      await writeSafetensorsFile(join(temp, DELTA_WEIGHTS_FILE), tensors, { format: 'pt' });
      await writeFileDurably(join(temp, DELTA_CONFIG_FILE), `${JSON.stringify(config, null, 2)}\n`);
      await writeFileDurably(join(temp, MODEL_CARD_FILE), readme);
    },
    { overwrite: options.overwrite ?? false },
  );
  return { dir: path, config };
}
