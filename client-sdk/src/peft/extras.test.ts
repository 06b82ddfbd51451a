import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSafetensorsFile, writeSafetensorsFile } from '@deltahub/core/safetensors';
import {
  AutoModelForSequenceClassification,
  IA3Model,
  LoraModel,
  PEFT_CONFIG_FILE,
  PEFT_WEIGHTS_FILE,
  PrefixModel,
  fromPeft,
  type DeltaModel,
  type PreTrainedModel,
} from '../index.js';
import { HF_TINY, loadTiny, outputsOf, perturb, tempFolder, type Arch } from '../test-support/tiny.js';
import {
  PEFT_FIXTURES,
  inputsOf,
  loadPeftBackbone,
  maxOutputDiff,
  readExpected,
} from './test-support/fixtures.js';

/**
 * Deltas made in deltahub, exported with `savePeft` and imported again with `fromPeft` onto a fresh
 * backbone: the PEFT options fixtures do not cover (rsLoRA, DoRA, rank/alpha patterns, bias modes,
 * `modules_to_save`, reparameterised prefixes), and adapters of a head class on its base model.
 */

let root: { dir: string; cleanup: () => Promise<void> };
let count = 0;
beforeAll(async () => {
  root = await tempFolder();
});
afterAll(async () => {
  await root.cleanup();
});

function maxDiff(a: Map<string, Float32Array>, b: Map<string, Float32Array>): number {
  expect([...a.keys()]).toEqual([...b.keys()]);
  let max = 0;
  for (const [name, x] of a) x.forEach((v, i) => (max = Math.max(max, Math.abs(v - b.get(name)![i]!))));
  return max;
}

interface Exported {
  dir: string;
  config: Record<string, unknown>;
  keys: Map<string, readonly number[]>;
}

/** Exports `delta`, re-imports it onto `fresh` and checks `fresh` computes what `model` does. */
async function roundTrip(
  delta: DeltaModel,
  model: PreTrainedModel,
  fresh: PreTrainedModel,
  arch: Arch,
  options: Parameters<DeltaModel['savePeft']>[1] = {},
): Promise<Exported & { imported: DeltaModel }> {
  const want = outputsOf(model, arch);
  const { dir } = await delta.savePeft(join(root.dir, `rt-${count++}`), options);
  const config = JSON.parse(await readFile(join(dir, PEFT_CONFIG_FILE), 'utf8')) as Record<string, unknown>;
  const { tensors } = await loadSafetensorsFile(join(dir, PEFT_WEIGHTS_FILE));
  expect(maxDiff(outputsOf(fresh, arch), want)).toBeGreaterThan(1e-3);
  const imported = await fromPeft(dir, { backboneModel: fresh });
  expect(imported.deltaType).toBe(delta.deltaType);
  expect(maxDiff(outputsOf(fresh, arch), want)).toBeLessThan(1e-6);
  return { dir, config, keys: new Map([...tensors].map(([k, t]) => [k, t.shape])), imported };
}

describe('savePeft → fromPeft of deltahub deltas', () => {
  it('LoRA with rsLoRA, DoRA and rank / alpha patterns', async () => {
    const model = await loadTiny('bert');
    const delta = new LoraModel({
      backboneModel: model,
      loraR: 4,
      loraAlpha: 8,
      useRslora: true,
      useDora: true,
      rankPattern: { 'layer\\.1\\.attention\\.self\\.query': 2 },
      alphaPattern: { value: 3 },
    });
    perturb(delta.deltaParameters());
    const { config, keys } = await roundTrip(delta, model, await loadTiny('bert'), 'bert');
    expect(config).toMatchObject({
      peft_type: 'LORA',
      r: 4,
      lora_alpha: 8,
      use_rslora: true,
      use_dora: true,
      rank_pattern: { 'layer\\.1\\.attention\\.self\\.query': 2 },
      alpha_pattern: { value: 3 },
      target_modules: ['attention.self.query', 'attention.self.value'],
      fan_in_fan_out: false,
      bias: 'none',
      task_type: 'FEATURE_EXTRACTION',
      inference_mode: true,
    });
    expect(keys.get('base_model.model.encoder.layer.1.attention.self.query.lora_A.weight')).toEqual([2, 32]);
    expect(keys.get('base_model.model.encoder.layer.0.attention.self.query.lora_magnitude_vector')).toEqual([
      32,
    ]);
  });

  it("LoRA on GPT-2's Conv1D: fan_in_fan_out, PyTorch Linear orientation of lora_A / lora_B", async () => {
    const model = await loadTiny('gpt2');
    const delta = new LoraModel({ backboneModel: model, loraR: 4, modifiedModules: ['c_attn', 'mlp.c_fc'] });
    perturb(delta.deltaParameters());
    const { config, keys } = await roundTrip(delta, model, await loadTiny('gpt2'), 'gpt2');
    expect(config).toMatchObject({ fan_in_fan_out: true, target_modules: ['c_attn', 'mlp.c_fc'] });
    expect(keys.get('base_model.model.h.0.attn.c_attn.lora_A.weight')).toEqual([4, 32]);
    expect(keys.get('base_model.model.h.0.attn.c_attn.lora_B.weight')).toEqual([96, 4]);
  });

  it.each(['all', 'lora_only'] as const)(
    "LoRA with bias '%s' saves and restores those biases",
    async (bias) => {
      const model = await loadTiny('bert');
      const delta = new LoraModel({ backboneModel: model, loraR: 4 });
      perturb(delta.deltaParameters());
      // The biases the mode saves: every one, or those of the LoRA targets.
      const trained = (n: string): boolean =>
        n.endsWith('.bias') && (bias === 'all' || delta.resolvedModules.some((m) => n === `${m}.bias`));
      perturb(
        [...model.namedParameters()].filter(([n]) => trained(n)).map(([, p]) => p),
        3,
      );
      const { config, keys, imported, dir } = await roundTrip(delta, model, await loadTiny('bert'), 'bert', {
        bias,
      });
      expect(config['bias']).toBe(bias);
      const biases = [...keys.keys()].filter((k) => k.endsWith('.bias'));
      const allBiases = [...model.namedParameters()].filter(([n]) => n.endsWith('.bias'));
      if (bias === 'all') {
        expect(biases.length).toBe(allBiases.length);
        expect(keys.has('base_model.model.encoder.layer.0.attention.output.LayerNorm.bias')).toBe(true);
        expect(imported.unfrozenModules).toContain('bias');
      } else {
        expect(biases.sort()).toEqual(delta.resolvedModules.map((m) => `base_model.model.${m}.bias`).sort());
      }
      // An imported adapter exports its own bias mode again, tensor for tensor.
      const again = await imported.savePeft(join(root.dir, `again-${bias}`));
      const a = (await loadSafetensorsFile(join(dir, PEFT_WEIGHTS_FILE))).tensors;
      const b = (await loadSafetensorsFile(join(again.dir, PEFT_WEIGHTS_FILE))).tensors;
      expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
      expect(again.config['bias']).toBe(bias);
    },
  );

  it('modules_to_save: a classifier trained along is saved in full and restored', async () => {
    const load = (): Promise<PreTrainedModel> =>
      AutoModelForSequenceClassification.fromPretrained(join(HF_TINY, 'bert'), { onWarning: () => {} });
    const model = await load();
    const delta = new LoraModel({ backboneModel: model, loraR: 4 });
    delta.freezeModule({ exclude: ['deltas', 'classifier'] });
    perturb(delta.deltaParameters());
    perturb(
      [...model.namedParameters()].filter(([n]) => n.startsWith('classifier.')).map(([, p]) => p),
      5,
    );
    const { config, keys, imported } = await roundTrip(delta, model, await load(), 'bert');
    expect(config).toMatchObject({ modules_to_save: ['classifier'], task_type: 'SEQ_CLS' });
    expect(keys.has('base_model.model.classifier.weight')).toBe(true);
    expect(keys.has('base_model.model.bert.encoder.layer.0.attention.self.query.lora_A.weight')).toBe(true);
    expect(imported.unfrozenModules).toEqual(['deltas', 'classifier']);
  });

  it('IA3 on GPT-2: [out, 1] and [1, in] vectors', async () => {
    const model = await loadTiny('gpt2');
    const delta = new IA3Model({ backboneModel: model });
    perturb(delta.deltaParameters());
    const { config, keys } = await roundTrip(delta, model, await loadTiny('gpt2'), 'gpt2');
    expect(config).toMatchObject({
      peft_type: 'IA3',
      feedforward_modules: ['mlp.c_proj'],
      fan_in_fan_out: true,
    });
    expect(keys.get('base_model.model.h.0.attn.c_attn.ia3_l')).toEqual([96, 1]);
    expect(keys.get('base_model.model.h.0.mlp.c_proj.ia3_l')).toEqual([1, 37]);
  });

  it('a reparameterised prefix exports the prefixes its MLP computes', async () => {
    const model = await loadTiny('bert');
    const delta = new PrefixModel({ backboneModel: model, prefixTokenNum: 3, embedDim: 16, midDim: 16 });
    perturb(delta.deltaParameters());
    const { config, keys, imported } = await roundTrip(delta, model, await loadTiny('bert'), 'bert');
    expect(config).toMatchObject({
      peft_type: 'PREFIX_TUNING',
      num_virtual_tokens: 3,
      num_layers: 2,
      token_dim: 32,
    });
    expect(keys.get('prompt_embeddings')).toEqual([3, 2 * 2 * 32]);
    expect((imported as PrefixModel).config.reparameterize).toBe(false);
  });
});

describe('fromPeft across head and base classes', () => {
  it("a BertModel adapter loads into BertForSequenceClassification's `bert.` base", async () => {
    const expected = readExpected('bert_lora');
    const model = await AutoModelForSequenceClassification.fromPretrained(join(HF_TINY, 'bert'), {
      onWarning: () => {},
    });
    const delta = await fromPeft(join(PEFT_FIXTURES, 'bert_lora'), { backboneModel: model });
    expect(delta.resolvedModules).toContain('bert.encoder.layer.0.attention.self.query');
    const base = (await loadPeftBackbone('bert')) as PreTrainedModel;
    const bare = await fromPeft(join(PEFT_FIXTURES, 'bert_lora'), { backboneModel: base });
    expect(bare.resolvedModules).toContain('encoder.layer.0.attention.self.query');
    const mask = expected.inputs['attention_mask']!;
    const hidden = model.getSubmodule('bert') as PreTrainedModel;
    const out = hidden.forward(inputsOf(expected));
    expect(
      maxOutputDiff(out, { last_hidden_state: expected.outputs['last_hidden_state']! }, mask),
    ).toBeLessThan(1e-4);
  });
});

describe('fromPeft with layers_to_transform', () => {
  it('targets only the listed layers, and exports the same config back', async () => {
    const root2 = join(root.dir, 'layers');
    await cp(join(PEFT_FIXTURES, 'bert_lora'), root2, { recursive: true });
    const configPath = join(root2, PEFT_CONFIG_FILE);
    const config = JSON.parse(await readFile(configPath, 'utf8')) as Record<string, unknown>;
    await writeFile(configPath, JSON.stringify({ ...config, layers_to_transform: [1] }));
    const weights = join(root2, PEFT_WEIGHTS_FILE);
    const { tensors } = await loadSafetensorsFile(weights);
    await writeSafetensorsFile(weights, new Map([...tensors].filter(([k]) => k.includes('.layer.1.'))), {
      format: 'pt',
    });
    const model = await loadPeftBackbone('bert');
    const delta = await fromPeft(root2, { backboneModel: model });
    expect([...delta.resolvedModules]).toEqual([
      'encoder.layer.1.attention.self.query',
      'encoder.layer.1.attention.self.value',
    ]);
    const saved = await delta.savePeft(join(root.dir, 'layers-out'));
    expect(saved.config).toMatchObject({ layers_to_transform: [1], target_modules: ['value', 'query'] });
    model.dispose();
  });
});
