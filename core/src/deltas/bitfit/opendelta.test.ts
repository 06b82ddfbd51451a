import { beforeAll, describe, expect, it } from 'vitest';
import type { ModelOutput } from '../../models/inputs.js';
import { tf } from '../../runtime/tf.js';
import { selectBackend } from '../../runtime/backend.js';
import { checkOpenDeltaReference } from '../test-support/opendelta-check.js';
import { BitFitModel } from './model.js';

describe.each(['wasm', 'cpu'] as const)('BitFit against OpenDelta on %s', (backend) => {
  beforeAll(async () => {
    await selectBackend(backend);
  });

  it.each(['bert_bitfit', 'bart_bitfit'])(
    '%s: placement, counts, state dict, structure graph, outputs, exact detach',
    async (name) => {
      let biasesBefore: Record<string, number[]> = {};
      let before: ModelOutput | undefined;
      await checkOpenDeltaReference(
        name,
        (backboneModel, kwargs) => new BitFitModel({ backboneModel, ...kwargs }),
        {
          beforeBuild: ({ backbone, inputs }) => {
            biasesBefore = Object.fromEntries(
              [...backbone.namedParameters()]
                .filter(([k]) => k.endsWith('.bias'))
                .map(([k, p]) => [k, Array.from(p.dataSync())]),
            );
            before = backbone.forward(inputs);
          },
          afterBuild: ({ delta }) => {
            if (name === 'bert_bitfit') {
              // The default placement, shown as real module names.
              expect(delta.modifiedModules).toEqual([
                'attention',
                'intermediate',
                '[r]layer\\.\\d+\\.output',
                'attention.output.LayerNorm',
                '[r]layer\\.\\d+\\.output\\.LayerNorm',
              ]);
            }
          },
          afterLog: ({ expected, backbone, graph }) => {
            expect(Object.keys(backbone.stateDict()).sort()).toEqual(
              [...expected.trainable_parameter_names].sort(),
            );
            expect(graph).toMatch(/\(Linear\) weight:\[32, 32\] bias:\[32\] \[delta: bias; frozen: weight\]/);
          },
          detached: ({ backbone, out }) => {
            // Exactly the backbone of before: every bias bit-identical, outputs identical.
            for (const [k, p] of backbone.namedParameters()) {
              if (k.endsWith('.bias')) expect(Array.from(p.dataSync()), k).toEqual(biasesBefore[k]);
            }
            expect(Array.from(out.lastHiddenState.dataSync())).toEqual(
              Array.from(before!.lastHiddenState.dataSync()),
            );
          },
        },
      );
      tf.dispose(before as never);
    },
  );
});
