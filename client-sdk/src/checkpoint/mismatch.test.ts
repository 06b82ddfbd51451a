import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AutoDeltaModel,
  BackboneMismatchError,
  BitFitModel,
  LoraModel,
  type PreTrainedModel,
} from '../index.js';
import { loadTiny, outputsOf, perturb, sameBits, tempFolder } from '../test-support/tiny.js';

let root: { dir: string; cleanup: () => Promise<void> };
let loraDir: string;
let bitfitDir: string;

beforeAll(async () => {
  root = await tempFolder();
  const model = await loadTiny('bert');
  const lora = new LoraModel({ backboneModel: model, loraR: 2 });
  perturb(lora.deltaParameters());
  loraDir = join(root.dir, 'lora');
  await lora.saveFinetuned(loraDir);
  lora.detach();
  const bitfit = new BitFitModel({ backboneModel: model });
  perturb(bitfit.deltaParameters());
  bitfitDir = join(root.dir, 'bitfit');
  await bitfit.saveFinetuned(bitfitDir);
  model.dispose();
});
afterAll(async () => {
  await root.cleanup();
});

/** The error `fromFinetuned` rejects with; the backbone must be left without the delta. */
async function refusal(
  dir: string,
  backbone: PreTrainedModel,
  arch: 'bert' | 'roberta' = 'bert',
): Promise<BackboneMismatchError> {
  const before = outputsOf(backbone, arch);
  const count = backbone.numParameters();
  const error = await AutoDeltaModel.fromFinetuned(dir, { backboneModel: backbone }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BackboneMismatchError);
  expect(backbone.numParameters()).toBe(count);
  expect(sameBits(outputsOf(backbone, arch), before)).toBe(true);
  return error as BackboneMismatchError;
}

describe('reapplying onto another backbone', () => {
  it('refuses another structure, naming the first differing parameters with shapes', async () => {
    const roberta = await loadTiny('roberta');
    const error = await refusal(loraDir, roberta, 'roberta');
    expect(error.code).toBe('BACKBONE_STRUCTURE_MISMATCH');
    expect(error.differences.length).toBeGreaterThan(0);
    const first = error.differences[0]!;
    expect(error.message).toContain(first.name);
    expect(error.message).toMatch(/float32\[\d+(,\d+)*\]/);
    expect(error.message).toContain('BertModel (bert)');
    expect(error.message).toContain('RobertaModel (roberta)');
    roberta.dispose();
  });

  it('refuses other weights of the same structure unless allowDifferentWeights', async () => {
    for (const dir of [loraDir, bitfitDir]) {
      const perturbed = await loadTiny('bert_perturbed');
      const error = await refusal(dir, perturbed);
      expect(error.code).toBe('BACKBONE_WEIGHTS_MISMATCH');
      expect(error.message).toMatch(/allowDifferentWeights: true/);
      const delta = await AutoDeltaModel.fromFinetuned(dir, {
        backboneModel: perturbed,
        allowDifferentWeights: true,
      });
      expect(delta.isAttached).toBe(true);
      perturbed.dispose();
    }
  });

  it('accepts the same backbone loaded again (BitFit: its biases are compared as before training)', async () => {
    const fresh = await loadTiny('bert');
    const delta = await AutoDeltaModel.fromFinetuned(bitfitDir, { backboneModel: fresh });
    expect(delta.deltaType).toBe('bitfit');
    fresh.dispose();
  });
});
