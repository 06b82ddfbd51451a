import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../../runtime/backend.js';
import { checkOpenDeltaConfig, checkOpenDeltaReference } from '../test-support/opendelta-check.js';
import { PrefixModel } from './model.js';

/**
 * OpenDelta's prefix tuning (bert_prefix, bart_prefix and their small-MLP variants): the same options
 * on the same backbone, with the recorded MLP weights loaded, reproduce placement, counts, state-dict
 * names and shapes, the structure graph, ratio lines, outputs, detach and re-attach.
 */
describe.each(['wasm', 'cpu'] as const)('Prefix against OpenDelta on %s', (backend) => {
  beforeAll(async () => {
    await selectBackend(backend);
  });

  it.each(['bert_prefix', 'bert_prefix_small', 'bart_prefix', 'bart_prefix_small'])(
    '%s: placement, counts, state dict, structure graph and outputs',
    async (name) => {
      const { diffs } = await checkOpenDeltaReference(
        name,
        (backboneModel, kwargs) => new PrefixModel({ backboneModel, ...kwargs }),
        {
          // The int32 `input_tokens` index (6 ids) is a delta tensor that is never trainable.
          untrainableDelta: 6,
          afterBuild: ({ expected, delta }) => {
            // OpenDelta's `attn@` on BERT is `attention`; the BART references name `self_attn` themselves.
            expect(delta.modifiedModules).toEqual(expected.arch === 'bert' ? ['attention'] : ['self_attn']);
          },
          afterLog: ({ expected, delta, graph }) => {
            expect(delta.trainableVariables().length).toBe(expected.trainable_parameter_names.length);
            expect(graph).toMatch(/reparams \(ReparameterizeFunction\) input_tokens:\[6\] \[delta\]/);
          },
        },
      );
      console.log(`[${backend}] ${name} max abs diff vs OpenDelta: ${JSON.stringify(diffs)}`);
    },
  );
});

describe('PrefixModel from OpenDelta config.json', () => {
  beforeAll(async () => {
    await selectBackend('wasm');
  });

  it.each(['bert_prefix', 'bert_prefix_small', 'bart_prefix', 'bart_prefix_small'])(
    '%s: AutoDeltaModel rebuilds the same delta from opendelta_config.json',
    (name) => checkOpenDeltaConfig(name, PrefixModel),
  );
});
