import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../../runtime/backend.js';
import { checkOpenDeltaReference } from '../test-support/opendelta-check.js';
import { LowRankAdapterModel } from './model.js';

describe.each(['wasm', 'cpu'] as const)('LowRankAdapter against OpenDelta on %s', (backend) => {
  beforeAll(async () => {
    await selectBackend(backend);
  });

  it.each(['bert_low_rank_adapter', 'bart_low_rank_adapter'])(
    '%s: placement, counts, state dict, structure graph and outputs',
    async (name) => {
      const { outputs, delta } = await checkOpenDeltaReference(
        name,
        (backboneModel, kwargs) => new LowRankAdapterModel({ backboneModel, ...kwargs }),
      );
      expect(delta.hyperparameters()).toEqual({
        reductionFactor: 32,
        nonLinearity: 'gelu_new',
        lowRankWInit: 'glorot-uniform',
        lowRankRank: 1,
      });
      console.log(`[${backend}] ${name} max abs diff vs OpenDelta outputs: ${outputs.toExponential(2)}`);
    },
  );
});
