import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../../runtime/backend.js';
import { checkT5OpenDeltaReference } from '../test-support/t5-reference.js';
import { ParallelAdapterModel } from './model.js';

/**
 * OpenDelta's parallel adapter on T5 (hand-built reference, see test-fixtures/deltas/README.md): one
 * adapter around each `block.N.layer.0` and one from `DenseReluDense.wi`'s input to `wo`'s output.
 */
describe.each(['wasm', 'cpu'] as const)('ParallelAdapter on T5 against OpenDelta on %s', (backend) => {
  beforeAll(async () => {
    await selectBackend(backend);
  });

  it('opendelta_parallel_adapter: placement, counts, state dict and outputs', async () => {
    const diffs = await checkT5OpenDeltaReference('opendelta_parallel_adapter', (backboneModel, kwargs) => {
      const delta = new ParallelAdapterModel({ backboneModel, ...kwargs });
      expect(delta.pairs[1]).toEqual({
        first: 'encoder.block.0.layer.1.DenseReluDense.wi',
        second: 'encoder.block.0.layer.1.DenseReluDense.wo',
      });
      return delta;
    });
    console.log(
      `[${backend}] t5 opendelta_parallel_adapter max abs diff vs OpenDelta: ${JSON.stringify(diffs)}`,
    );
  });
});
