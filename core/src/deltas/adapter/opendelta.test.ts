import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../../runtime/backend.js';
import { checkOpenDeltaReference } from '../test-support/opendelta-check.js';
import { AdapterModel } from './model.js';

describe.each(['wasm', 'cpu'] as const)('Adapter against OpenDelta on %s', (backend) => {
  beforeAll(async () => {
    await selectBackend(backend);
  });

  it.each([
    ['bert_adapter', ['attention.output.dense', '[r]layer\\.\\d+\\.output\\.dense']],
    ['bart_adapter', ['fc2']],
    ['bart_adapter_attn_ff', ['self_attn.out_proj', 'fc2']],
  ] as const)('%s: placement, counts, state dict, structure graph and outputs', async (name, patterns) => {
    const { outputs, delta } = await checkOpenDeltaReference(
      name,
      (backboneModel, kwargs) => new AdapterModel({ backboneModel, ...kwargs }),
    );
    expect(delta.modifiedModules).toEqual(patterns);
    expect(delta.hyperparameters()).toEqual({ bottleneckDim: 12, nonLinearity: 'gelu_new' });
    console.log(`[${backend}] ${name} max abs diff vs OpenDelta outputs: ${outputs.toExponential(2)}`);
  });
});
