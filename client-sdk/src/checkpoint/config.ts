import type { BackboneFingerprint, DeltaModel } from '@deltahub/core';
import {
  DELTA_CONFIG_FORMAT_VERSION,
  UNKNOWN_BACKBONE,
  checkDeltaConfig,
  type DeltaConfig,
  type DeltaType,
} from '@deltahub/core/checkpoint';
import { LIBRARY_VERSION } from '../version.js';
import type { ModelCardOptions } from './card.js';
import { DeltaCheckpointError } from './errors.js';
import { coveredByUnfrozen } from './patterns.js';
import type { SavedParameter } from './tensors.js';

/**
 * The `delta_config.json` content of a delta about to be saved, validated with core's schema (the
 * JSON as it will be written, so what is written always reads back).
 *
 * - `modifiedModules.given`: the patterns the delta used (the method's default placement, in real
 *   module names, when none were given); `resolved`: the full module names they selected.
 * - `unfrozenModules`: the delta's `unfrozenModules`, plus the name of every other saved backbone
 *   parameter they do not cover, so a reader knows every saved key was meant to be there.
 * - `backbone.nameOrPath`: `baseModel`, the backbone's hub id, or `unknown`.
 * - `trainableParameters`: scalars of the saved tensors that are trainable; `deltaParameters`: scalars
 *   of every delta parameter; `backbone.totalParameters`: the backbone without the delta.
 */
export function buildDeltaConfig(
  delta: DeltaModel,
  backbone: BackboneFingerprint,
  saved: readonly SavedParameter[],
  card: ModelCardOptions,
  baseModel: string | undefined,
): DeltaConfig {
  const method = delta.toDeltaConfig();
  checkJson(method.hyperparameters, '$.hyperparameters');
  const unfrozenModules = [...method.unfrozenModules];
  for (const s of saved) {
    if (!s.isDelta && !coveredByUnfrozen(s.name, unfrozenModules)) unfrozenModules.push(s.name);
  }
  const config: DeltaConfig = {
    formatVersion: DELTA_CONFIG_FORMAT_VERSION,
    deltaType: method.deltaType as DeltaType,
    hyperparameters: method.hyperparameters,
    modifiedModules: { given: method.modifiedModules, resolved: method.resolvedModules },
    unfrozenModules,
    backbone: {
      architecture: backbone.architecture ?? UNKNOWN_BACKBONE,
      modelClass: backbone.modelClass,
      // The hub id (see baseModelOf), never the folder the backbone was loaded from.
      nameOrPath: baseModel ?? UNKNOWN_BACKBONE,
      structureFingerprint: backbone.structureFingerprint,
      weightsFingerprint: backbone.weightsFingerprint,
      totalParameters: backbone.totalParameters,
      parameters: { ...backbone.parameters },
    },
    trainableParameters: saved.filter((s) => s.parameter.trainable).reduce((n, s) => n + s.parameter.size, 0),
    deltaParameters: delta.parameterCounts().delta,
    libraryVersion: LIBRARY_VERSION,
  };
  if (method.excludeModules.length) config.excludeModules = method.excludeModules;
  if (card.task) config.task = card.task;
  if (card.dataset) config.dataset = card.dataset;
  if (card.license) config.license = card.license;
  if (card.tags?.length) config.tags = [...card.tags];
  // Validate exactly what will be written.
  return checkDeltaConfig(JSON.parse(JSON.stringify(config))).config;
}

/** Throws unless `value` survives JSON unchanged (plain objects, arrays, strings, finite numbers, booleans, null). */
function checkJson(value: unknown, path: string): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number' && Number.isFinite(value)) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => checkJson(item, `${path}[${i}]`));
    return;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value)) checkJson(v, `${path}.${k}`);
    return;
  }
  throw new DeltaCheckpointError(
    'DELTA_HYPERPARAMETERS_INVALID',
    `${path} is ${typeof value === 'number' ? value : typeof value}, which JSON cannot hold: the delta's hyperparameters must be plain JSON to be saved.`,
  );
}
