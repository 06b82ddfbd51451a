import { DeltahubError } from '../errors.js';
import type { DeltaModel } from '../deltas/base/delta-model.js';
import { PreTrainedModel } from '../models/pretrained-model.js';
import type { Module } from '../nn/module.js';
import { cachedWeightsFingerprint, sameWeightsKey, storeWeightsFingerprint, weightsKey } from './cache.js';
import { parameterSpec, structureFingerprintOf, type ParameterSpec } from './structure.js';
import { snapshotBackbone, type BackboneSnapshot } from './snapshot.js';
import { hashTensorValues } from './weights.js';

/** What identifies a backbone: where it came from, its structure, and (for the full fingerprint) its weights. */
export interface BackboneStructure {
  /** `config.model_type` (`bert`, `gpt2`...); undefined for a model without a Hugging Face config. */
  readonly architecture: string | undefined;
  /** The model class, e.g. `BertForSequenceClassification` (the constructor's name). */
  readonly modelClass: string;
  /** The folder or hub id `fromPretrained` loaded it from; undefined when built otherwise. */
  readonly nameOrPath: string | undefined;
  /** sha256 hex of the sorted parameter names with dtypes and shapes (see {@link structureFingerprintOf}). */
  readonly structureFingerprint: string;
  /** Every backbone parameter by state-dict name: `dtype[shape]`. What the structure fingerprint hashes. */
  readonly parameters: Readonly<Record<string, ParameterSpec>>;
  /** Number of scalar parameters of the backbone without the delta (tied parameters once). */
  readonly totalParameters: number;
}

/** {@link BackboneStructure} plus the weights fingerprint. */
export interface BackboneFingerprint extends BackboneStructure {
  /**
   * sha256 hex over the backbone's own parameter values in sorted name order, streamed (see
   * {@link hashTensorValues}), leaving out the names in `excludeWeights`. For a delta model these are
   * the values without the delta: BitFit's trained biases are hashed as they were before training.
   */
  readonly weightsFingerprint: string;
}

/** Options of {@link fingerprintBackbone}. */
export interface FingerprintOptions {
  /**
   * Reuse the weights fingerprint computed earlier for the same model when none of its parameters
   * has been replaced or assigned since (default true). See `WeightsKey` in cache.ts for the limits.
   */
  readonly cache?: boolean;
  /**
   * Parameter names left out of the weights fingerprint (not of the structure): backbone parameters
   * that are trained along with a delta (a classifier head) and saved with it, so the fingerprint
   * covers only the frozen weights.
   */
  readonly excludeWeights?: Iterable<string>;
}

/**
 * The structure of a backbone (no weights read; cheap). `target` is the backbone itself, or a delta
 * model, whose backbone is described without the delta (see {@link snapshotBackbone}).
 */
export function backboneStructure(target: Module | DeltaModel): BackboneStructure {
  const snapshot = snapshotBackbone(target);
  try {
    return structureOf(snapshot);
  } finally {
    snapshot.dispose();
  }
}

/**
 * The full fingerprint of a backbone: {@link backboneStructure} plus the weights fingerprint, which
 * reads every parameter once (one tensor at a time) unless cached. Throws `DELTA_MERGED` for a merged
 * delta, and `BACKBONE_CHANGED` if parameters are assigned while their values are being read.
 */
export async function fingerprintBackbone(
  target: Module | DeltaModel,
  options: FingerprintOptions = {},
): Promise<BackboneFingerprint> {
  const snapshot = snapshotBackbone(target);
  try {
    const structure = structureOf(snapshot);
    const excluded = new Set(options.excludeWeights ?? []);
    const hashed = snapshot.entries.filter((e) => !excluded.has(e.name));
    const key = weightsKey(hashed);
    const useCache = options.cache ?? true;
    let weightsFingerprint = useCache ? cachedWeightsFingerprint(snapshot.model, key) : undefined;
    if (weightsFingerprint === undefined) {
      weightsFingerprint = await hashTensorValues(hashed.map((e) => e.tensor));
      if (!sameWeightsKey(key, weightsKey(hashed))) {
        throw new DeltahubError(
          'BACKBONE_CHANGED',
          'The backbone weights changed while they were being fingerprinted: do not train or load weights meanwhile.',
        );
      }
      if (useCache) storeWeightsFingerprint(snapshot.model, key, weightsFingerprint);
    }
    return { ...structure, weightsFingerprint };
  } finally {
    snapshot.dispose();
  }
}

function structureOf(snapshot: BackboneSnapshot): BackboneStructure {
  const { model, entries } = snapshot;
  const parameters: Record<string, ParameterSpec> = {};
  let totalParameters = 0;
  for (const { name, tensor } of entries) {
    parameters[name] = parameterSpec(tensor.dtype, tensor.shape);
    totalParameters += tensor.size;
  }
  const pretrained = model instanceof PreTrainedModel ? model : undefined;
  const configPath = pretrained?.config['_name_or_path'];
  return {
    architecture: pretrained?.config.model_type,
    modelClass: model.constructor.name,
    nameOrPath:
      pretrained?.nameOrPath ??
      (typeof configPath === 'string' && configPath !== '' ? configPath : undefined),
    structureFingerprint: structureFingerprintOf(parameters),
    parameters,
    totalParameters,
  };
}
