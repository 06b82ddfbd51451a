import { beforeAll, describe, expect, it } from 'vitest';
import { tf } from '../../runtime/tf.js';
import { selectBackend } from '../../runtime/backend.js';
import { outputDiffs } from '../test-support/backbones.js';
import { checkOpenDeltaReference } from '../test-support/opendelta-check.js';
import { LoraModel } from './model.js';

describe.each(['wasm', 'cpu'] as const)('LoRA against OpenDelta (bert_lora) on %s', (backend) => {
  beforeAll(async () => {
    await selectBackend(backend);
  });

  it('matches placement, counts, state dict, structure graph and outputs', async () => {
    await checkOpenDeltaReference(
      'bert_lora',
      (backboneModel, kwargs) => new LoraModel({ backboneModel, ...kwargs }),
      {
        afterBuild: ({ delta }) => {
          expect(delta.modifiedModules).toEqual(['attention.self.query', 'attention.self.value']);
        },
        afterLog: ({ graph }) => {
          expect(graph).toContain('lora (LowRankLinear) lora_A:[8, 32] lora_B:[32, 8] [delta]');
          expect(graph).toContain('key (Linear) weight:[32, 32] bias:[32] [frozen]');
        },
        attached: ({ expected, backbone, delta, inputs, mask }) => {
          delta.merge();
          const merged = backbone.forward(inputs);
          for (const [key, diff] of Object.entries(outputDiffs(merged, expected.outputs, mask)))
            expect(diff, `merged ${key}`).toBeLessThan(1e-4);
          tf.dispose(merged as never);
          delta.unmerge();
        },
      },
    );
  });
});
