import { beforeAll, describe, it } from 'vitest';
import { selectBackend } from '../../runtime/backend.js';
import { checkT5OpenDeltaReference } from '../test-support/t5-reference.js';
import { BitFitModel } from './model.js';

/**
 * OpenDelta's BitFit on T5 (hand-built reference, see test-fixtures/deltas/README.md): biases on the
 * self-attention q/k/v/o and the feed-forward wi/wo, 788 trainable of 38,452, no layer-norm biases.
 */
describe.each(['wasm', 'cpu'] as const)('BitFit on T5 against OpenDelta on %s', (backend) => {
  beforeAll(async () => {
    await selectBackend(backend);
  });

  it('opendelta_bitfit: placement, counts, state dict and outputs', async () => {
    const diffs = await checkT5OpenDeltaReference(
      'opendelta_bitfit',
      (backboneModel, kwargs) => new BitFitModel({ backboneModel, ...kwargs }),
    );
    console.log(`[${backend}] t5 opendelta_bitfit max abs diff vs OpenDelta: ${JSON.stringify(diffs)}`);
  });
});
