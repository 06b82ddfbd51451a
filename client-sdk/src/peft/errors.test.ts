import { cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSafetensorsFile, writeSafetensorsFile } from '@deltahub/core/safetensors';
import {
  AutoDeltaModel,
  PEFT_CONFIG_FILE,
  PEFT_WEIGHTS_FILE,
  PeftError,
  fromPeft,
  type PreTrainedModel,
} from '../index.js';
import { TINY_HYPERPARAMETERS, loadTiny, tempFolder } from '../test-support/tiny.js';
import { PEFT_FIXTURES, loadPeftBackbone } from './test-support/fixtures.js';

let root: { dir: string; cleanup: () => Promise<void> };
let count = 0;
beforeAll(async () => {
  root = await tempFolder();
});
afterAll(async () => {
  await root.cleanup();
});

/** A copy of a fixture with its config edited (a field set, or removed with undefined). */
async function variant(
  name: string,
  edit: Record<string, unknown> = {},
): Promise<{ dir: string; config: string; weights: string }> {
  const dir = join(root.dir, `case-${count++}`);
  await cp(join(PEFT_FIXTURES, name), dir, { recursive: true });
  const config = join(dir, PEFT_CONFIG_FILE);
  const json = JSON.parse(await readFile(config, 'utf8')) as Record<string, unknown>;
  for (const [key, value] of Object.entries(edit)) {
    if (value === undefined) delete json[key];
    else json[key] = value;
  }
  await writeFile(config, JSON.stringify(json));
  return { dir, config, weights: join(dir, PEFT_WEIGHTS_FILE) };
}

async function importError(dir: string, backbone: PreTrainedModel): Promise<PeftError> {
  const error = await fromPeft(dir, { backboneModel: backbone }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PeftError);
  return error as PeftError;
}

/** The backbone carries no delta child after a failed import. */
function untouched(backbone: PreTrainedModel): void {
  const names = [...backbone.namedModules()].map(([n]) => n);
  expect(names.filter((n) => /(^|\.)(lora|ia3|prefix|soft_prompt_layer)$/.test(n))).toEqual([]);
}

describe('fromPeft refuses bad adapters, saying what and where', () => {
  let bert: PreTrainedModel;
  beforeAll(async () => {
    bert = await loadPeftBackbone('bert');
  });
  afterAll(() => bert.dispose());

  it.each([
    ['missing peft_type', { peft_type: undefined }, 'PEFT_BAD_CONFIG', /\$\.peft_type is missing/],
    ['unknown peft_type', { peft_type: 'LORAX' }, 'PEFT_BAD_CONFIG', /\$\.peft_type .*"LORAX"/],
    [
      'a PEFT method deltahub lacks',
      { peft_type: 'LOHA' },
      'PEFT_UNSUPPORTED_METHOD',
      /LOHA.*imports LORA, IA3/,
    ],
    ['r = 0', { r: 0 }, 'PEFT_BAD_CONFIG', /\$\.r must be a positive integer, got 0/],
    ['r = 2.5', { r: 2.5 }, 'PEFT_BAD_CONFIG', /\$\.r must be a positive integer, got 2.5/],
    ['r as a string', { r: '4' }, 'PEFT_BAD_CONFIG', /\$\.r must be a positive integer, got "4"/],
    ['a bad bias mode', { bias: 'some' }, 'PEFT_BAD_CONFIG', /\$\.bias must be "none", "all" or "lora_only"/],
    ['a bad rank pattern', { rank_pattern: { query: -1 } }, 'PEFT_BAD_CONFIG', /\$\.rank_pattern\['query'\]/],
    [
      'a bad regex target',
      { target_modules: '(query' },
      'PEFT_BAD_CONFIG',
      /\$\.target_modules is not a valid regular/,
    ],
  ] as const)('%s', async (_what, edit, code, message) => {
    const { dir, config } = await variant('bert_lora', edit);
    const error = await importError(dir, bert);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(error.message).toContain(config);
    untouched(bert);
  });

  it('config and file that disagree: r of the config vs the tensors', async () => {
    const { dir, weights } = await variant('bert_lora', { r: 8 });
    const error = await importError(dir, bert);
    expect(error.code).toBe('PEFT_KEYS_MISMATCH');
    expect(error.message).toContain(weights);
    expect(error.message).toMatch(
      /base_model\.model\.encoder\.layer\.\d\.attention\.self\.(query|value)\.lora_A\.weight is F32\[4,32\], config and backbone need F32\[8,32\]/,
    );
    untouched(bert);
  });

  it('keys naming modules the backbone lacks', async () => {
    const { dir, weights } = await variant('bert_lora');
    const { tensors } = await loadSafetensorsFile(weights);
    const renamed = new Map(
      [...tensors].map(([k, t]) => [k.replace('encoder.layer.1.', 'encoder.layer.7.'), t]),
    );
    await writeSafetensorsFile(weights, renamed, { format: 'pt' });
    const error = await importError(dir, bert);
    expect(error.code).toBe('PEFT_KEYS_MISMATCH');
    expect(error.message).toMatch(/modules the backbone lacks: encoder\.layer\.7\.attention\.self\.query/);
    expect(error.message).toMatch(
      /targeted modules without tensors: encoder\.layer\.1\.attention\.self\.query/,
    );
    untouched(bert);
  });

  it("an adapter of another architecture: GPT-2's onto BERT", async () => {
    const { dir, config } = await variant('gpt2_lora');
    const error = await importError(dir, bert);
    expect(error.code).toBe('PEFT_KEYS_MISMATCH');
    expect(error.message).toContain(config);
    expect(error.message).toMatch(/\$\.target_modules does not fit this backbone \(BertModel\).*'c_attn'/);
    untouched(bert);
  });

  it('tensors of another method in the file', async () => {
    const { dir, weights } = await variant('bert_lora');
    const { tensors } = await loadSafetensorsFile(weights);
    const ia3 = (await loadSafetensorsFile(join(PEFT_FIXTURES, 'bert_ia3', PEFT_WEIGHTS_FILE))).tensors;
    await writeSafetensorsFile(weights, new Map([...tensors, ...ia3]), { format: 'pt' });
    const error = await importError(dir, bert);
    expect(error.code).toBe('PEFT_KEYS_MISMATCH');
    expect(error.message).toMatch(/not lora tensors of PEFT: base_model\.model\..*\.ia3_l/);
    untouched(bert);
  });

  it('missing folder or files, and a corrupt weights file', async () => {
    expect((await importError(join(root.dir, 'nowhere'), bert)).code).toBe('PEFT_NOT_FOUND');
    const empty = join(root.dir, 'empty');
    await mkdir(empty);
    const noConfig = await importError(empty, bert);
    expect(noConfig.code).toBe('PEFT_NOT_FOUND');
    expect(noConfig.message).toContain(PEFT_CONFIG_FILE);
    const { dir, weights } = await variant('bert_lora');
    await writeFile(weights, Buffer.from([1, 2, 3]));
    const corrupt = await importError(dir, bert);
    expect(corrupt.code).toBe('PEFT_WEIGHTS_INVALID');
    expect(corrupt.message).toContain(weights);
    const bad = await variant('bert_lora');
    await writeFile(bad.config, '{"peft_type": ');
    expect((await importError(bad.dir, bert)).code).toBe('PEFT_BAD_CONFIG');
    untouched(bert);
  });
});

describe('savePeft', () => {
  it.each(['adapter', 'compacter', 'low_rank_adapter', 'parallel_adapter', 'bitfit'] as const)(
    'a %s delta: PEFT_UNSUPPORTED_METHOD naming what PEFT offers, nothing written',
    async (method) => {
      const model = await loadTiny('bert');
      const delta = AutoDeltaModel.fromConfig(
        { deltaType: method, hyperparameters: TINY_HYPERPARAMETERS[method] },
        { backboneModel: model },
      );
      const dir = join(root.dir, `export-${method}`);
      const error = await delta.savePeft(dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PeftError);
      expect((error as PeftError).code).toBe('PEFT_UNSUPPORTED_METHOD');
      expect((error as PeftError).message).toContain(`this ${method} delta`);
      expect((error as PeftError).message).toMatch(/PEFT has no .*LoRA/);
      await expect(readdir(dir)).rejects.toThrow(/ENOENT/);
      model.dispose();
    },
  );

  it('refuses a folder that is not empty, leaving it as it was', async () => {
    const model = await loadTiny('bert');
    const delta = AutoDeltaModel.fromConfig(
      { deltaType: 'lora', hyperparameters: { loraR: 4 } },
      { backboneModel: model },
    );
    const dir = join(root.dir, 'taken');
    await mkdir(dir);
    await writeFile(join(dir, 'notes.txt'), 'mine');
    const error = await delta.savePeft(dir).catch((e: unknown) => e);
    expect((error as PeftError).code).toBe('PEFT_FOLDER_EXISTS');
    expect(await readdir(dir)).toEqual(['notes.txt']);
    model.dispose();
  });
});
