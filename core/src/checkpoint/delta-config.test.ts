import { describe, expect, it } from 'vitest';
import { checkDeltaConfig, DeltaConfigError, validateDeltaConfig } from './delta-config.js';

const HEX_A = 'a'.repeat(64);
const HEX_B = 'b'.repeat(64);

function valid(): Record<string, unknown> {
  return {
    formatVersion: 1,
    deltaType: 'adapter',
    hyperparameters: { bottleneckDim: 12 },
    modifiedModules: { given: ['fc2'], resolved: ['model.encoder.layers.0.fc2'] },
    unfrozenModules: ['deltas', 'layernorm_embedding'],
    backbone: {
      architecture: 'bart',
      modelClass: 'BartForSequenceClassification',
      nameOrPath: './bart-base',
      structureFingerprint: HEX_A,
      weightsFingerprint: HEX_B,
      totalParameters: 140_000_000,
    },
    trainableParameters: 1000,
    deltaParameters: 900,
    libraryVersion: '0.1.0',
    task: 'text-classification',
    tags: ['sst2'],
  };
}

function issuesOf(json: unknown): { path: string; message: string }[] {
  try {
    validateDeltaConfig(json);
  } catch (err) {
    expect(err).toBeInstanceOf(DeltaConfigError);
    expect((err as DeltaConfigError).code).toBe('DELTA_CONFIG_INVALID');
    return [...(err as DeltaConfigError).issues];
  }
  throw new Error('expected a DeltaConfigError');
}

describe('validateDeltaConfig', () => {
  it('accepts a complete config and keeps optional fields', () => {
    const config = validateDeltaConfig(valid());
    expect(config.deltaType).toBe('adapter');
    expect(config.backbone.structureFingerprint).toBe(HEX_A);
    expect(config.task).toBe('text-classification');
    expect(config.tags).toEqual(['sst2']);
    expect(config.dataset).toBeUndefined();
  });

  it('tolerates unknown fields and reports them as warnings with their paths', () => {
    const json = valid();
    json['extra'] = 1;
    (json['backbone'] as Record<string, unknown>)['revision'] = 'x';
    const { warnings } = checkDeltaConfig(json);
    expect(warnings.map((w) => w.path)).toEqual(['$.extra', '$.backbone.revision']);
  });

  it('reports every problem with its JSON path', () => {
    const json = valid();
    json['formatVersion'] = 1.5;
    json['deltaType'] = 'full_finetune';
    (json['backbone'] as Record<string, unknown>)['structureFingerprint'] = 'ABC';
    delete (json['backbone'] as Record<string, unknown>)['modelClass'];
    (json['modifiedModules'] as Record<string, unknown>)['resolved'] = ['ok', 3];
    json['trainableParameters'] = -1;
    const paths = issuesOf(json).map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '$.formatVersion',
        '$.deltaType',
        '$.backbone.structureFingerprint',
        '$.backbone.modelClass',
        '$.modifiedModules.resolved[1]',
        '$.trainableParameters',
      ]),
    );
  });

  it('rejects non-objects, newer format versions and missing sections', () => {
    expect(issuesOf([])).toEqual([{ path: '$', message: 'must be a JSON object' }]);
    expect(issuesOf({ ...valid(), formatVersion: 99 })[0]?.path).toBe('$.formatVersion');
    const { backbone: _backbone, ...noBackbone } = valid();
    expect(issuesOf(noBackbone).map((i) => i.path)).toContain('$.backbone');
  });

  it('rejects optional fields of the wrong type', () => {
    expect(issuesOf({ ...valid(), tags: 'sst2' }).map((i) => i.path)).toEqual(['$.tags']);
    expect(issuesOf({ ...valid(), license: 3 }).map((i) => i.path)).toEqual(['$.license']);
  });

  it('keeps how the delta was trained, and checks its shape', () => {
    const training = {
      arguments: { learningRate: 0.001, seed: 42 },
      globalStep: 90,
      metrics: { eval_accuracy: 0.9 },
    };
    expect(validateDeltaConfig({ ...valid(), training }).training).toEqual(training);
    expect(issuesOf({ ...valid(), training: { arguments: 'lr=1' } }).map((i) => i.path)).toEqual([
      '$.training.arguments',
    ]);
    expect(
      issuesOf({ ...valid(), training: { arguments: {}, metrics: { f1: 'high' } } }).map((i) => i.path),
    ).toEqual(['$.training.metrics']);
  });
});
