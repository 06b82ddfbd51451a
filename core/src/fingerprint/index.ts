/**
 * Backbone fingerprints: how a delta checkpoint recognises the backbone it was trained on. The
 * structure fingerprint hashes the sorted parameter names, dtypes and shapes; the weights fingerprint
 * streams the parameter values through sha256 and is cached per model while nothing is assigned.
 */
export {
  backboneStructure,
  fingerprintBackbone,
  type BackboneFingerprint,
  type BackboneStructure,
  type FingerprintOptions,
} from './backbone.js';
export { forgetWeightsFingerprint } from './cache.js';
export { describeDifference, diffStructures, type StructureDifference } from './diff.js';
export { snapshotBackbone, type BackboneEntry, type BackboneSnapshot } from './snapshot.js';
export { parameterSpec, sortedNames, structureFingerprintOf, type ParameterSpec } from './structure.js';
export { hashTensorValues } from './weights.js';
