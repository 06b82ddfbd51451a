import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../../runtime/backend.js';
import { AutoDeltaModel } from '../auto.js';
import { DELTA_FIXTURES, readOpenDeltaExpected } from '../test-support/opendelta-reference.js';
import { loadFixtureBackbone } from '../test-support/backbones.js';

/**
 * The adapter family rebuilt from the `config.json` OpenDelta saved with each reference, and from
 * deltahub's own `{ deltaType, modifiedModules, hyperparameters }`: same modules, same parameter
 * names and shapes, so the saved weights load into the rebuilt delta.
 */
describe('adapter-family configs round-trip', () => {
  beforeAll(async () => {
    await selectBackend('wasm');
  });

  it.each([
    'bert_adapter',
    'bart_adapter',
    'bart_adapter_attn_ff',
    'bert_low_rank_adapter',
    'bart_low_rank_adapter',
    'bert_compacter_rf4',
    'bart_compacter_rf4',
    'bert_parallel_adapter',
    'bart_parallel_adapter',
  ])('%s: from the OpenDelta config, then from deltahub hyperparameters', async (name) => {
    const expected = readOpenDeltaExpected(name);
    const opendeltaConfig = JSON.parse(
      readFileSync(`${DELTA_FIXTURES}opendelta/${name}/opendelta_config.json`, 'utf8'),
    ) as Record<string, unknown>;
    const backbone = await loadFixtureBackbone(expected.arch);
    const delta = AutoDeltaModel.fromConfig(opendeltaConfig, { backboneModel: backbone });
    expect(delta.deltaType).toBe(expected.delta_type);
    expect([...delta.resolvedModules].sort()).toEqual([...expected.modified_module_keys].sort());
    delta.freezeModule({ exclude: ['deltas'], setStateDict: true });
    const shapes = Object.fromEntries(Object.entries(backbone.stateDict()).map(([k, t]) => [k, t.shape]));
    expect(shapes).toEqual(expected.state_dict_after_set_state_dict);

    const saved = {
      deltaType: delta.deltaType,
      modifiedModules: [...delta.modifiedModules],
      hyperparameters: delta.hyperparameters(),
    };
    delta.detach();
    const rebuilt = AutoDeltaModel.fromConfig(JSON.parse(JSON.stringify(saved)) as Record<string, unknown>, {
      backboneModel: backbone,
    });
    expect(rebuilt.hyperparameters()).toEqual(saved.hyperparameters);
    rebuilt.freezeModule({ exclude: ['deltas'], setStateDict: true });
    expect(Object.keys(backbone.stateDict()).sort()).toEqual(
      Object.keys(expected.state_dict_after_set_state_dict).sort(),
    );
    backbone.dispose();
  });
});
