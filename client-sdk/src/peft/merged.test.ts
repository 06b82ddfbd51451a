import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  IA3Model,
  LoraModel,
  PEFT_CONFIG_FILE,
  PEFT_WEIGHTS_FILE,
  PeftError,
  fromPeft,
  type DeltaModel,
} from '../index.js';
import { loadTiny, outputsOf, perturb, sameBits, tempFolder } from '../test-support/tiny.js';

let root: { dir: string; cleanup: () => Promise<void> };
let count = 0;
beforeAll(async () => (root = await tempFolder()));
afterAll(async () => root.cleanup());

/** The files `savePeft` writes for `delta` (config and weights bytes). */
async function exported(delta: DeltaModel, options: Parameters<DeltaModel['savePeft']>[1] = {}) {
  const { dir } = await delta.savePeft(join(root.dir, `merged-${count++}`), options);
  return {
    dir,
    config: await readFile(join(dir, PEFT_CONFIG_FILE), 'utf8'),
    weights: await readFile(join(dir, PEFT_WEIGHTS_FILE)),
  };
}

/** Every backbone weight, copied: to check that saving leaves the model as it was. */
const weightsOf = (delta: DeltaModel): Map<string, Float32Array> =>
  new Map([...delta.backboneModel.namedParameters()].map(([n, p]) => [n, Float32Array.from(p.dataSync())]));

describe('savePeft of a merged delta', () => {
  it.each([
    [
      'LoRA',
      (model: Awaited<ReturnType<typeof loadTiny>>) => new LoraModel({ backboneModel: model, loraR: 4 }),
      { bias: 'lora_only' as const },
    ],
    ['IA3', (model: Awaited<ReturnType<typeof loadTiny>>) => new IA3Model({ backboneModel: model }), {}],
  ])(
    '%s: writes what the unmerged delta writes, as PEFT does, and stays merged',
    async (_name, make, options) => {
      const model = await loadTiny('bert');
      const delta = make(model);
      perturb(delta.deltaParameters());
      const unmerged = await exported(delta, options);
      delta.merge();
      const before = weightsOf(delta);
      const merged = await exported(delta, options);
      expect(merged.config).toBe(unmerged.config);
      expect(merged.weights.equals(unmerged.weights)).toBe(true);
      expect(delta.isMerged).toBe(true);
      expect(sameBits(weightsOf(delta), before)).toBe(true);
      // Loaded on a fresh backbone, it computes what the merged model computes.
      const fresh = await loadTiny('bert');
      await fromPeft(merged.dir, { backboneModel: fresh });
      const [want, got] = [outputsOf(model, 'bert'), outputsOf(fresh, 'bert')];
      for (const [name, x] of want)
        got.get(name)!.forEach((v, i) => expect(Math.abs(v - x[i]!)).toBeLessThan(1e-5));
    },
  );

  it('refuses to save a backbone weight the merge changed (PEFT_MERGED_WEIGHTS), writing nothing', async () => {
    const model = await loadTiny('bert');
    const delta = new LoraModel({ backboneModel: model, loraR: 4 });
    perturb(delta.deltaParameters());
    delta.merge();
    const target = 'encoder.layer.0.attention.self.query';
    const dir = join(root.dir, 'refused');
    const error = await delta.savePeft(dir, { modulesToSave: [target] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PeftError);
    expect((error as PeftError).code).toBe('PEFT_MERGED_WEIGHTS');
    expect((error as Error).message).toMatch(`${target}.weight of a merged lora delta`);
    expect(await readdir(dir).catch(() => 'absent')).toBe('absent');
    expect(delta.isMerged).toBe(true);
    // Unmerged, the same save goes through.
    delta.unmerge();
    expect(JSON.parse((await exported(delta, { modulesToSave: [target] })).config)).toMatchObject({
      modules_to_save: [target],
    });
  });
});
