import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../../runtime/backend.js';
import { checkT5OpenDeltaReference } from '../test-support/t5-reference.js';
import { PrefixModel } from './model.js';

/**
 * OpenDelta's prefix tuning on T5 (hand-built references, see test-fixtures/deltas/README.md): its
 * names (`block.N.layer.0.reparams`, `...SelfAttention.prefix`), its counts, and its outputs, where
 * the prefix is a past for transformers' T5Attention (queries after it in the relative position
 * bias, blocks after the first without position bias).
 */
describe.each(['wasm', 'cpu'] as const)('Prefix on T5 against OpenDelta on %s', (backend) => {
  beforeAll(async () => {
    await selectBackend(backend);
  });

  it.each(['opendelta_prefix', 'opendelta_prefix_direct', 'opendelta_prefix_block0'])(
    '%s: placement, counts, state dict and outputs',
    async (name) => {
      const diffs = await checkT5OpenDeltaReference(name, (backboneModel, kwargs) => {
        const delta = new PrefixModel({ backboneModel, ...kwargs });
        expect(delta.prefixLayers.map((l) => l.attention)).toEqual(
          delta.resolvedModules.map((m) => `${m}.SelfAttention`),
        );
        return delta;
      });
      console.log(`[${backend}] t5 ${name} max abs diff vs OpenDelta: ${JSON.stringify(diffs)}`);
    },
  );
});
