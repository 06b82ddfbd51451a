import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../../runtime/backend.js';
import { checkOpenDeltaReference } from '../test-support/opendelta-check.js';
import { ParallelAdapterModel } from './model.js';

describe.each(['wasm', 'cpu'] as const)('ParallelAdapter against OpenDelta on %s', (backend) => {
  beforeAll(async () => {
    await selectBackend(backend);
  });

  it('bert_parallel_adapter (default placement): one adapter per pair, same outputs', async () => {
    const { outputs, delta } = await checkOpenDeltaReference(
      'bert_parallel_adapter',
      (backboneModel, kwargs) => new ParallelAdapterModel({ backboneModel, ...kwargs }),
    );
    expect(delta.modifiedModules).toEqual([
      'attention',
      'attention',
      'intermediate.dense',
      '[r]layer\\.\\d+\\.output\\.dense',
    ]);
    expect(delta.pairs).toEqual([
      { first: 'encoder.layer.0.attention', second: 'encoder.layer.0.attention' },
      { first: 'encoder.layer.0.intermediate.dense', second: 'encoder.layer.0.output.dense' },
      { first: 'encoder.layer.1.attention', second: 'encoder.layer.1.attention' },
      { first: 'encoder.layer.1.intermediate.dense', second: 'encoder.layer.1.output.dense' },
    ]);
    console.log(
      `[${backend}] bert_parallel_adapter max abs diff vs OpenDelta outputs: ${outputs.toExponential(2)}`,
    );
  });

  it('bart_parallel_adapter: q_proj input → out_proj output, fc1 input → fc2 output', async () => {
    const { outputs, delta } = await checkOpenDeltaReference(
      'bart_parallel_adapter',
      (backboneModel, kwargs) => new ParallelAdapterModel({ backboneModel, ...kwargs }),
    );
    expect(delta.pairs.slice(0, 2)).toEqual([
      { first: 'encoder.layers.0.self_attn.q_proj', second: 'encoder.layers.0.self_attn.out_proj' },
      { first: 'encoder.layers.0.fc1', second: 'encoder.layers.0.fc2' },
    ]);
    expect(delta.pairs).toHaveLength(8);
    console.log(
      `[${backend}] bart_parallel_adapter max abs diff vs OpenDelta outputs: ${outputs.toExponential(2)}`,
    );
  });
});
