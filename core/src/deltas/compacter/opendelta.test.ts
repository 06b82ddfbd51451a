import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DeltahubError } from '../../errors.js';
import { selectBackend } from '../../runtime/backend.js';
import { loadFixtureBackbone } from '../test-support/backbones.js';
import { checkOpenDeltaReference } from '../test-support/opendelta-check.js';
import { DELTA_FIXTURES } from '../test-support/opendelta-reference.js';
import { CompacterModel } from './model.js';

describe.each(['wasm', 'cpu'] as const)('Compacter against OpenDelta on %s', (backend) => {
  beforeAll(async () => {
    await selectBackend(backend);
  });

  it.each(['bert_compacter_rf4', 'bart_compacter_rf4'])(
    '%s: placement, counts, state dict, structure graph and outputs',
    async (name) => {
      const { outputs, delta } = await checkOpenDeltaReference(
        name,
        (backboneModel, kwargs) => new CompacterModel({ backboneModel, ...kwargs }),
      );
      expect(delta.hyperparameters()).toMatchObject({
        reductionFactor: 4,
        hypercomplexDivision: 4,
        phmRank: 1,
      });
      console.log(`[${backend}] ${name} max abs diff vs OpenDelta outputs: ${outputs.toExponential(2)}`);
    },
  );

  // OpenDelta itself fails on hidden size 32 with the default reductionFactor 16 (bottleneck 2 is not
  // divisible by 4): its reference folders hold no expected.json and an empty delta.safetensors.
  it.each([
    ['bert_compacter', 'bert', undefined],
    ['bart_compacter', 'bart', ['self_attn.out_proj', 'fc2']],
  ] as const)(
    '%s (failed in OpenDelta): a clear DELTA_OPTIONS_INVALID error',
    async (name, arch, modifiedModules) => {
      const recorded = readFileSync(join(DELTA_FIXTURES, `opendelta/${name}/delta.safetensors`));
      expect(recorded.length).toBe(40); // header only: no tensors
      const backbone = await loadFixtureBackbone(arch);
      const build = (): CompacterModel =>
        new CompacterModel({
          backboneModel: backbone,
          ...(modifiedModules ? { modifiedModules: [...modifiedModules] } : {}),
        });
      expect(build).toThrow(DeltahubError);
      try {
        build();
      } catch (error) {
        expect((error as DeltahubError).code).toBe('DELTA_OPTIONS_INVALID');
        expect((error as Error).message).toMatch(
          /bottleneck 32 \/\/ reductionFactor 16 = 2 must both be positive multiples of hypercomplexDivision 4/,
        );
        expect((error as Error).message).toMatch(/reductionFactor values that fit: 1, 2, 4, 7, 8\./);
      }
      // Nothing was attached: the backbone is unchanged.
      expect(backbone.numParameters()).toBe(arch === 'bert' ? 20426 : 43252);
      backbone.dispose();
    },
  );
});
