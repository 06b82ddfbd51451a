import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../runtime/backend.js';
import { DELTA_TYPES } from '../checkpoint/format.js';
import { BertModel } from '../models/bert/index.js';
import { HF_TINY } from '../models/test-support/reference.js';
import { AutoDeltaConfig, AutoDeltaModel } from './auto.js';
import { LoraModel } from './lora/model.js';
import { registeredDeltaMethods } from './registry.js';
import { DELTA_FIXTURES } from './test-support/opendelta-reference.js';

beforeAll(async () => {
  await selectBackend('wasm');
});

describe('AutoDeltaConfig / AutoDeltaModel', () => {
  it('knows every delta type of the checkpoint format: each method registers itself', () => {
    expect([...registeredDeltaMethods().keys()].sort()).toEqual([...DELTA_TYPES].sort());
  });

  it('reads an OpenDelta config.json: common-structure names mean the default placement', async () => {
    const json = JSON.parse(
      readFileSync(join(DELTA_FIXTURES, 'opendelta/bert_lora/opendelta_config.json'), 'utf8'),
    );
    const config = AutoDeltaConfig.fromDict(json);
    expect(config).toEqual({
      deltaType: 'lora',
      excludeModules: ['lm_head'],
      hyperparameters: { loraAlpha: 16, loraDropout: 0, loraR: 8 },
    });
    const backbone = await BertModel.fromPretrained(join(HF_TINY, 'bert'));
    const delta = AutoDeltaModel.fromConfig(config, { backboneModel: backbone });
    expect(delta).toBeInstanceOf(LoraModel);
    expect(delta.resolvedModules).toEqual([
      'encoder.layer.0.attention.self.query',
      'encoder.layer.0.attention.self.value',
      'encoder.layer.1.attention.self.query',
      'encoder.layer.1.attention.self.value',
    ]);
    backbone.dispose();
  });

  it.each([...registeredDeltaMethods().keys()])(
    'round-trips %s through toDeltaConfig on a fresh backbone',
    async (deltaType) => {
      const first = await BertModel.fromPretrained(join(HF_TINY, 'bert'));
      // The tiny backbones' hidden size 32 needs a smaller reduction factor than Compacter's default 16.
      const hyperparameters = deltaType === 'compacter' ? { reductionFactor: 4 } : {};
      const delta = AutoDeltaModel.fromConfig({ deltaType, hyperparameters }, { backboneModel: first });
      expect(delta.deltaType).toBe(deltaType);
      const saved = JSON.parse(JSON.stringify(delta.toDeltaConfig()));
      // One shape for the placement, delta_config.json's: the patterns and what they resolved to.
      expect(saved.modifiedModules).toEqual({
        given: delta.modifiedModules,
        resolved: delta.resolvedModules,
      });
      const second = await BertModel.fromPretrained(join(HF_TINY, 'bert'));
      const rebuilt = AutoDeltaModel.fromConfig(saved, { backboneModel: second });
      expect(rebuilt.resolvedModules).toEqual(delta.resolvedModules);
      expect(rebuilt.hyperparameters()).toEqual(delta.hyperparameters());
      const shapes = (m: BertModel): Record<string, number[]> =>
        Object.fromEntries(Object.entries(m.stateDict()).map(([k, t]) => [k, t.shape]));
      expect(shapes(second)).toEqual(shapes(first));
      first.dispose();
      second.dispose();
    },
  );

  it('rejects unknown methods and malformed fields with typed errors', () => {
    expect(() => AutoDeltaConfig.fromDict({ deltaType: 'magic' })).toThrow(/Unknown deltaType "magic"/);
    expect(() => AutoDeltaConfig.fromDict([])).toThrow(/JSON object/);
    expect(() => AutoDeltaConfig.fromDict({ deltaType: 'lora', modifiedModules: 'query' })).toThrow(
      /modifiedModules must be a list of strings/,
    );
    expect(() =>
      AutoDeltaConfig.fromDict({ deltaType: 'lora', modifiedModules: { resolved: ['query'] } }),
    ).toThrow(/modifiedModules.given must be a list of strings/);
    expect(
      AutoDeltaConfig.fromDict({
        deltaType: 'lora',
        modifiedModules: { given: ['query'], resolved: ['a.query'] },
      }).modifiedModules,
    ).toEqual(['query']);
  });
});
