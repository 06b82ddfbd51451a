import {
  backboneStructure,
  diffStructures,
  fingerprintBackbone,
  type DeltaModel,
  type Module,
} from '@deltahub/core';
import type { DeltaBackbone } from '@deltahub/core/checkpoint';
import { BackboneMismatchError, describeBackbone, describeDifferences } from './errors.js';

/**
 * Checks that `model` has the structure a checkpoint's `backbone` section records (cheap: no weights
 * are read). A difference is a `BACKBONE_STRUCTURE_MISMATCH` naming the first differing parameters
 * with their dtypes and shapes. `folder` names the checkpoint in messages.
 */
export function checkBackboneStructure(expected: DeltaBackbone, model: Module, folder: string): void {
  const structure = backboneStructure(model);
  if (structure.structureFingerprint === expected.structureFingerprint) return;
  const differences = expected.parameters ? diffStructures(expected.parameters, structure.parameters) : [];
  const detail = differences.length
    ? ` First differences: ${describeDifferences(differences)}.`
    : ' (The checkpoint records no parameter listing to name the differences.)';
  throw new BackboneMismatchError(
    'BACKBONE_STRUCTURE_MISMATCH',
    `The delta in ${folder} was trained on ${describeBackbone(expected)}, but the backbone given is ${describeBackbone(structure)}, whose parameters differ.${detail}`,
    { expected, actual: structure, differences },
  );
}

/**
 * Checks that the frozen weights of `delta`'s backbone (the backbone without the delta, leaving out
 * the backbone parameters the checkpoint carries, `excludeWeights`) are those the checkpoint
 * records. A difference is a `BACKBONE_WEIGHTS_MISMATCH`.
 */
export async function checkBackboneWeights(
  expected: DeltaBackbone,
  delta: DeltaModel,
  excludeWeights: Iterable<string>,
  folder: string,
): Promise<void> {
  const fingerprint = await fingerprintBackbone(delta, { excludeWeights });
  if (fingerprint.weightsFingerprint === expected.weightsFingerprint) return;
  throw new BackboneMismatchError(
    'BACKBONE_WEIGHTS_MISMATCH',
    `The backbone given has the structure of the one the delta in ${folder} was trained on (${describeBackbone(expected)}) but other weights (weights fingerprint ${fingerprint.weightsFingerprint.slice(0, 12)}…, expected ${expected.weightsFingerprint.slice(0, 12)}…). Load that checkpoint, or pass allowDifferentWeights: true to apply the delta anyway.`,
    { expected, actual: fingerprint },
  );
}
