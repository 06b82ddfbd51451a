import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  DeltaCheckpointError,
  LoraModel,
  ModelCardError,
  parseModelCard,
  saveFinetuned,
  type PreTrainedModel,
} from '../index.js';
import { loadTiny, perturb, tempFolder } from '../test-support/tiny.js';

let root: { dir: string; cleanup: () => Promise<void> };
let model: PreTrainedModel;
let delta: LoraModel;
let dir: string;
let n = 0;

beforeAll(async () => {
  root = await tempFolder();
  model = await loadTiny('bert');
  delta = new LoraModel({ backboneModel: model, loraR: 2 });
  perturb(delta.deltaParameters());
});
afterAll(async () => {
  model.dispose();
  await root.cleanup();
});
beforeEach(async () => {
  dir = join(root.dir, `case-${n++}`);
  await mkdir(dir);
});

/** No hidden temporary folders left beside saved checkpoints. */
async function noLeftovers(parent: string): Promise<void> {
  expect((await readdir(parent)).filter((f) => f.startsWith('.'))).toEqual([]);
}

describe('saveFinetuned: the folder', () => {
  it('writes the three files into a new folder, creating parents', async () => {
    const target = join(dir, 'a', 'b', 'delta');
    const saved = await delta.saveFinetuned(target);
    expect(saved.dir).toBe(target);
    expect((await readdir(target)).sort()).toEqual(['README.md', 'delta.safetensors', 'delta_config.json']);
    await noLeftovers(join(dir, 'a', 'b'));
  });

  it('fills an existing empty folder', async () => {
    await delta.saveFinetuned(dir);
    expect(await readdir(dir)).toHaveLength(3);
  });

  it('refuses an existing non-empty folder, and replaces a checkpoint only with overwrite', async () => {
    const target = join(dir, 'delta');
    await delta.saveFinetuned(target, { card: { task: 'first' } });
    const refused = await delta.saveFinetuned(target, { card: { task: 'second' } }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DeltaCheckpointError);
    expect((refused as DeltaCheckpointError).code).toBe('DELTA_CHECKPOINT_EXISTS');
    expect((refused as Error).message).toMatch(/overwrite: true/);
    const config = async () => JSON.parse(await readFile(join(target, 'delta_config.json'), 'utf8')).task;
    expect(await config()).toBe('first');
    await delta.saveFinetuned(target, { card: { task: 'second' }, overwrite: true });
    expect(await config()).toBe('second');
    await noLeftovers(dir);
  });

  it('never replaces a folder that is not a delta checkpoint, nor a file', async () => {
    const project = join(dir, 'project');
    await mkdir(project);
    await writeFile(join(project, 'notes.txt'), 'keep me');
    for (const overwrite of [false, true]) {
      await expect(delta.saveFinetuned(project, { overwrite })).rejects.toMatchObject({
        code: 'DELTA_CHECKPOINT_EXISTS',
      });
    }
    expect(await readdir(project)).toEqual(['notes.txt']);
    const file = join(dir, 'file');
    await writeFile(file, 'x');
    await expect(saveFinetuned(delta, file)).rejects.toMatchObject({ code: 'DELTA_CHECKPOINT_EXISTS' });
    await noLeftovers(dir);
  });

  it('refuses detached and merged deltas, and bad cards, before writing anything', async () => {
    const target = join(dir, 'never');
    delta.detach();
    await expect(delta.saveFinetuned(target)).rejects.toMatchObject({ code: 'DELTA_NOT_ATTACHED' });
    delta.attach();
    delta.merge();
    await expect(delta.saveFinetuned(target)).rejects.toMatchObject({ code: 'DELTA_MERGED' });
    delta.unmerge();
    for (const card of [{ datasets: 'x' }, { metrics: { acc: Number.NaN } }, { tags: [''] }, { task: 3 }]) {
      const error = await delta.saveFinetuned(target, { card: card as never }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ModelCardError);
      expect((error as ModelCardError).code).toBe('MODEL_CARD_INVALID');
    }
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('saveFinetuned: the model card', () => {
  it('has front matter with the backbone, method, task, dataset, metrics, license and tags, and a usage snippet', async () => {
    const target = join(dir, 'carded');
    await delta.saveFinetuned(target, {
      baseModel: 'hf-internal-testing/tiny-random-bert',
      card: {
        description: 'LoRA on tiny BERT: "quoted", with: colons\nand lines.',
        task: 'text-classification',
        dataset: 'glue/sst2',
        metrics: { accuracy: 0.91, f1: 0.9 },
        license: 'apache-2.0',
        tags: ['sentiment', 'lora'],
      },
    });
    const text = await readFile(join(target, 'README.md'), 'utf8');
    const { frontMatter, body } = parseModelCard(text);
    expect(frontMatter).toMatchObject({
      base_model: 'hf-internal-testing/tiny-random-bert',
      library_name: 'deltahub',
      delta_type: 'lora',
      task: 'text-classification',
      dataset: 'glue/sst2',
      datasets: ['glue/sst2'],
      metrics: ['accuracy', 'f1'],
      license: 'apache-2.0',
      tags: ['deltahub', 'lora', 'sentiment'],
    });
    expect(frontMatter['model-index']).toEqual([
      {
        name: 'carded',
        results: [
          {
            task: { type: 'text-classification' },
            dataset: { name: 'glue/sst2', type: 'glue/sst2' },
            metrics: [
              { type: 'accuracy', value: 0.91 },
              { type: 'f1', value: 0.9 },
            ],
          },
        ],
      },
    ]);
    expect(body).toContain('LoRA on tiny BERT: "quoted", with: colons\nand lines.');
    expect(body).toContain("import { AutoDeltaModel, BertModel } from 'deltahub';");
    expect(body).toContain('await BertModel.fromPretrained("hf-internal-testing/tiny-random-bert")');
    expect(body).toContain('AutoDeltaModel.fromFinetuned("./carded", { backboneModel: backbone })');
    const config = JSON.parse(await readFile(join(target, 'delta_config.json'), 'utf8'));
    expect(config).toMatchObject({
      task: 'text-classification',
      dataset: 'glue/sst2',
      license: 'apache-2.0',
      tags: ['sentiment', 'lora'],
    });
  });
});

describe('saveFinetuned: the backbone is named by its hub id, never by a path', () => {
  it('records a backbone loaded from a folder without an id as unknown, and its path nowhere', async () => {
    expect(model.nameOrPath).toMatch(/^\//);
    const target = join(dir, 'no-id');
    const saved = await delta.saveFinetuned(target);
    expect(saved.config.backbone.nameOrPath).toBe('unknown');
    for (const file of await readdir(target)) {
      expect((await readFile(join(target, file))).includes(model.nameOrPath!), file).toBe(false);
    }
    expect(parseModelCard(await readFile(join(target, 'README.md'), 'utf8')).frontMatter).not.toHaveProperty(
      'base_model',
    );
  });

  it("uses config.json's _name_or_path when it is an id, and never when it is a path", async () => {
    const config = model.config as Record<string, unknown>;
    try {
      config['_name_or_path'] = 'google/bert_uncased_L-2_H-128_A-2';
      expect((await delta.saveFinetuned(join(dir, 'id'))).config.backbone.nameOrPath).toBe(
        'google/bert_uncased_L-2_H-128_A-2',
      );
      config['_name_or_path'] = '/home/alice/models/bert';
      expect((await delta.saveFinetuned(join(dir, 'path'))).config.backbone.nameOrPath).toBe('unknown');
    } finally {
      delete config['_name_or_path'];
    }
  });

  it('takes an explicit baseModel over the config, and refuses a path as baseModel', async () => {
    expect(
      (await delta.saveFinetuned(join(dir, 'explicit'), { baseModel: 'alice/tiny-bert' })).config.backbone
        .nameOrPath,
    ).toBe('alice/tiny-bert');
    const refused = await delta
      .saveFinetuned(join(dir, 'bad'), { baseModel: '/tmp/bert' })
      .catch((e: unknown) => e);
    expect((refused as { code?: string }).code).toBe('DELTA_OPTIONS_INVALID');
    expect(await readdir(dir)).toEqual(['explicit']);
  });
});
