/**
 * PEFT repositories both ways through the hub, with the real Python `huggingface_hub` client:
 * `pushToHub` of a method PEFT has writes the adapter files `savePeft` writes, byte for byte, as
 * Python downloads them; a PEFT adapter folder uploaded from Python is indexed as a delta and
 * `AutoDeltaModel.fromFinetuned` loads it onto a backbone, refusing the wrong one as it refuses
 * a native delta. The backbone is named by its hub id throughout, never by a local path.
 */
import { mkdtemp, readFile, rm, writeFile, copyFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AutoDeltaModel,
  AutoModel,
  BackboneMismatchError,
  GPT2LMHeadModel,
  parseModelCard,
  savePeft,
  tf,
  type DeltaModel,
  type PreTrainedModel,
} from 'deltahub';
import type { DeltaType } from '@deltahub/core/checkpoint';
import { ApiClient, type Json } from '@deltahub/testing';
import { HF_TINY, PEFT_FIXTURES, maxOutputDiff, readPeftExpected } from '@deltahub/testing/fixtures';
import { startTestHub, type TestHub } from '@deltahub/testing/hub';
import { pythonClient, pythonClientAvailable, type PythonClient } from './python-client.js';

/** Hyperparameters that fit tiny BERT (hidden size 32). */
const HYPERPARAMETERS: Partial<Record<DeltaType, Record<string, unknown>>> = {
  lora: { loraR: 4, useRslora: true },
  ia3: {},
  soft_prompt: { softTokenNum: 4 },
  prefix: { prefixTokenNum: 3, embedDim: 16, midDim: 16 },
};

/** Small noise on every delta parameter, so the exported tensors are not their initial values. */
function perturb(delta: DeltaModel): void {
  delta.deltaParameters().forEach((p, i) => {
    if (p.dtype !== 'float32') return;
    tf.tidy(() => p.assign(tf.add(p, tf.randomNormal(p.shape, 0, 0.2, 'float32', 11 + i))));
  });
}

describe.skipIf(!pythonClientAvailable())(
  'PEFT repos both ways through the hub, with the Python client',
  () => {
    let hub: TestHub;
    let token: string;
    let python: PythonClient;
    let api: ApiClient;
    let temp: string;
    const opened: PreTrainedModel[] = [];
    const hubOptions = () => ({ hubUrl: hub.url, token, cacheDir: join(temp, 'cache') });
    /** The tiny BERT backbone, downloaded from the hub by its id. */
    const hubBert = async (id = 'alice/tiny-bert'): Promise<PreTrainedModel> => {
      const model = await AutoModel.fromPretrained(id, { ...hubOptions(), onWarning: () => {} });
      opened.push(model);
      return model;
    };

    beforeAll(async () => {
      hub = await startTestHub();
      token = await hub.user('alice');
      api = new ApiClient(hub.url, token);
      python = await pythonClient(hub.url, token);
      temp = await mkdtemp(join(tmpdir(), 'deltahub-peft-hub-'));
      // Two backbones as Python users publish them: the tiny BERT, and another of its structure.
      for (const [repo, folder] of [
        ['alice/tiny-bert', 'bert'],
        ['alice/other-bert', 'bert_perturbed'],
      ] as const) {
        await python.run(
          `api.create_repo(args[0])
api.upload_folder(repo_id=args[0], folder_path=args[1], allow_patterns=["config.json", "model.safetensors"])
print("true")`,
          [repo, join(HF_TINY, folder)],
        );
      }
    }, 120_000);

    afterAll(async () => {
      for (const model of opened) model.dispose();
      await python?.close();
      await hub?.stop();
      if (temp) await rm(temp, { recursive: true, force: true });
    });

    describe('pushToHub → Python', () => {
      it.each(Object.keys(HYPERPARAMETERS) as DeltaType[])(
        '%s: Python downloads adapter_config.json and adapter_model.safetensors equal to savePeft’s, and a peft card',
        async (deltaType) => {
          const backbone = await hubBert();
          const delta = AutoDeltaModel.fromConfig(
            { deltaType, hyperparameters: HYPERPARAMETERS[deltaType]! },
            { backboneModel: backbone },
          );
          perturb(delta);
          const repo = `alice/tiny-bert-${deltaType.replace('_', '-')}`;
          const warnings: string[] = [];
          await delta.pushToHub(repo, { ...hubOptions(), onWarning: (w: string) => warnings.push(w) });
          expect(warnings).toEqual([]);
          const local = await savePeft(delta, join(temp, `saved-${deltaType}`));
          delta.detach();

          const downloaded = await python.run<Record<string, string>>(
            `from huggingface_hub import hf_hub_download
print(json.dumps({f: hf_hub_download(args[0], f) for f in ["adapter_config.json", "adapter_model.safetensors", "README.md", "delta_config.json"]}))`,
            [repo],
          );
          for (const file of ['adapter_config.json', 'adapter_model.safetensors']) {
            const fromHub = await readFile(downloaded[file]!);
            expect(fromHub.equals(await readFile(join(local.dir, file))), file).toBe(true);
          }
          const adapterConfig = JSON.parse(
            await readFile(downloaded['adapter_config.json']!, 'utf8'),
          ) as Json;
          expect(adapterConfig.base_model_name_or_path).toBe('alice/tiny-bert');
          const card = parseModelCard(await readFile(downloaded['README.md']!, 'utf8'));
          expect(card.frontMatter).toMatchObject({
            base_model: 'alice/tiny-bert',
            library_name: 'peft',
            tags: expect.arrayContaining(['peft', 'deltahub', deltaType]),
          });
          expect(card.body).toContain(`PeftModel.from_pretrained(base, "${repo}")`);
          const deltaConfig = JSON.parse(await readFile(downloaded['delta_config.json']!, 'utf8')) as Json;
          expect(deltaConfig.backbone.nameOrPath).toBe('alice/tiny-bert');

          const info = await python.run<Json>(
            `i = api.model_info(args[0])
print(json.dumps({"library_name": i.library_name, "base_model": (i.card_data or {}).get("base_model"), "tags": i.tags}))`,
            [repo],
          );
          expect(info).toMatchObject({ library_name: 'peft', base_model: 'alice/tiny-bert' });
          expect(info.tags).toContain('peft');
        },
      );

      it('a method PEFT lacks pushes without PEFT files or warnings; a backbone without a hub id is recorded as unknown, with a warning', async () => {
        const local = await AutoModel.fromPretrained(join(HF_TINY, 'bert'), { onWarning: () => {} });
        opened.push(local);
        const delta = AutoDeltaModel.fromConfig(
          { deltaType: 'bitfit', hyperparameters: {} },
          { backboneModel: local },
        );
        const warnings: string[] = [];
        await delta.pushToHub('alice/local-bitfit', {
          ...hubOptions(),
          onWarning: (w: string) => warnings.push(w),
        });
        delta.detach();
        expect(warnings).toHaveLength(1);
        expect(warnings[0]).toMatch(/records its backbone as unknown.*baseModel/);
        const files = await python.run<string[]>('print(json.dumps(api.list_repo_files(args[0])))', [
          'alice/local-bitfit',
        ]);
        expect(files.sort()).toEqual(['README.md', 'delta.safetensors', 'delta_config.json']);
        const info = await api.json('GET', '/api/repos/alice/local-bitfit');
        expect(info.body.head.backbone.nameOrPath).toBe('unknown');
        expect(JSON.stringify(info.body)).not.toContain(HF_TINY);

        // An explicit baseModel names it.
        const named = AutoDeltaModel.fromConfig(
          { deltaType: 'bitfit', hyperparameters: {} },
          { backboneModel: local },
        );
        await named.pushToHub('alice/named-bitfit', {
          ...hubOptions(),
          baseModel: 'alice/tiny-bert',
          onWarning: () => {},
        });
        named.detach();
        const tree = await api.json('GET', '/api/search?backbone=alice%2Ftiny-bert&deltaType=bitfit');
        expect(tree.body.items.map((i: Json) => i.id)).toEqual(['alice/named-bitfit']);
      });

      it('peft: false leaves the PEFT files out; an option PEFT cannot express pushes without them, with a warning', async () => {
        const bert = await hubBert();
        const lora = AutoDeltaModel.fromConfig(
          { deltaType: 'lora', hyperparameters: { loraR: 2 } },
          { backboneModel: bert },
        );
        await lora.pushToHub('alice/lora-no-peft', { ...hubOptions(), peft: false });
        lora.detach();
        const files = await python.run<string[]>('print(json.dumps(sorted(api.list_repo_files(args[0]))))', [
          'alice/lora-no-peft',
        ]);
        expect(files).toEqual(['README.md', 'delta.safetensors', 'delta_config.json']);

        // PEFT prefix tuning prefixes every layer; this prefix modifies only the first.
        const prefix = AutoDeltaModel.fromConfig(
          {
            deltaType: 'prefix',
            modifiedModules: ['encoder.layer.0.attention.self'],
            hyperparameters: { prefixTokenNum: 2, embedDim: 16, midDim: 16 },
          },
          { backboneModel: bert },
        );
        const warnings: string[] = [];
        await prefix.pushToHub('alice/partial-prefix', {
          ...hubOptions(),
          onWarning: (w: string) => warnings.push(w),
        });
        prefix.detach();
        expect(warnings).toHaveLength(1);
        expect(warnings[0]).toMatch(/without PEFT files.*each of the model's 2 layers/);
        const info = await api.json('GET', '/api/repos/alice/partial-prefix');
        expect(info.body.head.peftConfig).toBeNull();
        expect(info.body.head.card.frontMatter.library_name).toBe('deltahub');
      });
    });

    describe('Python upload_folder → the hub → AutoDeltaModel.fromFinetuned', () => {
      beforeAll(async () => {
        // PEFT's own LoRA of tiny BERT, saved as PEFT saves it, naming its base model by hub id.
        const folder = join(temp, 'py-lora');
        await mkdir(folder);
        const config = JSON.parse(
          await readFile(join(PEFT_FIXTURES, 'bert_lora', 'adapter_config.json'), 'utf8'),
        ) as Json;
        await writeFile(
          join(folder, 'adapter_config.json'),
          JSON.stringify({ ...config, base_model_name_or_path: 'alice/tiny-bert' }, null, 2),
        );
        await copyFile(
          join(PEFT_FIXTURES, 'bert_lora', 'adapter_model.safetensors'),
          join(folder, 'adapter_model.safetensors'),
        );
        await writeFile(
          join(folder, 'README.md'),
          '---\nlibrary_name: peft\nbase_model: alice/tiny-bert\n---\n# A LoRA from Python\n',
        );
        await python.run(
          `api.create_repo(args[0])
api.upload_folder(repo_id=args[0], folder_path=args[1])
print("true")`,
          ['alice/py-lora', folder],
        );
      }, 60_000);

      it('is indexed as a delta: type, target modules, rank, base model; searchable by Python and the API', async () => {
        const info = await api.json('GET', '/api/repos/alice/py-lora');
        expect(info.body.head).toMatchObject({
          deltaType: 'lora',
          backbone: { nameOrPath: 'alice/tiny-bert' },
          modifiedModules: { given: ['value', 'query'] },
          peftConfig: { r: 4, peft_type: 'LORA' },
        });
        expect(info.body.head.modifiedModules.resolved).toHaveLength(4);
        const found = await python.run<string[]>(
          'print(json.dumps([m.id for m in api.list_models(search="py-lora")]))',
        );
        expect(found).toEqual(['alice/py-lora']);
        const tree = await python.run<string[]>(
          'print(json.dumps(sorted(m.id for m in api.list_models(filter="base_model:adapter:alice/tiny-bert"))))',
        );
        expect(tree).toContain('alice/py-lora');
        const page = await fetch(`${hub.url}/alice/tiny-bert`);
        expect(await page.text()).toContain('href="/alice/py-lora"');
      });

      it("loads onto the backbone and reproduces PEFT's outputs", async () => {
        const backbone = await hubBert();
        const delta = await AutoDeltaModel.fromFinetuned('alice/py-lora', {
          backboneModel: backbone,
          ...hubOptions(),
        });
        expect(delta.deltaType).toBe('lora');
        const expected = readPeftExpected('bert_lora');
        const ids = expected.inputs['input_ids']!;
        const mask = expected.inputs['attention_mask']!;
        const [batch, seq] = ids.shape as [number, number];
        const rows = (data: number[]) =>
          Array.from({ length: batch }, (_, b) => data.slice(b * seq, (b + 1) * seq));
        const outputs = backbone.forward({ inputIds: rows(ids.data), attentionMask: rows(mask.data) });
        expect(maxOutputDiff(outputs, expected.outputs, mask)).toBeLessThan(1e-4);
        delta.detach();
        // A backbone from a folder has no hub id: the adapter loads, and says what went unchecked.
        const local = await AutoModel.fromPretrained(join(HF_TINY, 'bert'), { onWarning: () => {} });
        opened.push(local);
        const warnings: string[] = [];
        const again = await AutoDeltaModel.fromFinetuned('alice/py-lora', {
          backboneModel: local,
          ...hubOptions(),
          onWarning: (w: string) => warnings.push(w),
        });
        expect(warnings).toEqual([
          expect.stringMatching(/base model 'alice\/tiny-bert'.*only its modules and shapes/),
        ]);
        again.detach();
      });

      it('refuses another structure and other weights with the errors of native deltas', async () => {
        const gpt2 = await GPT2LMHeadModel.fromPretrained(join(HF_TINY, 'gpt2'), { onWarning: () => {} });
        opened.push(gpt2);
        const structure = await AutoDeltaModel.fromFinetuned('alice/py-lora', {
          backboneModel: gpt2,
          ...hubOptions(),
        }).catch((e: unknown) => e);
        expect(structure).toBeInstanceOf(BackboneMismatchError);
        expect((structure as BackboneMismatchError).code).toBe('BACKBONE_STRUCTURE_MISMATCH');
        expect([...gpt2.namedModules()].some(([name]) => name.endsWith('.lora'))).toBe(false);

        const other = await hubBert('alice/other-bert');
        const weights = await AutoDeltaModel.fromFinetuned('alice/py-lora', {
          backboneModel: other,
          ...hubOptions(),
        }).catch((e: unknown) => e);
        expect(weights).toBeInstanceOf(BackboneMismatchError);
        expect((weights as BackboneMismatchError).code).toBe('BACKBONE_WEIGHTS_MISMATCH');
        expect((weights as Error).message).toContain("trained on 'alice/tiny-bert'");
        expect([...other.namedModules()].some(([name]) => name.endsWith('.lora'))).toBe(false);
        const allowed = await AutoDeltaModel.fromFinetuned('alice/py-lora', {
          backboneModel: other,
          allowDifferentWeights: true,
          ...hubOptions(),
        });
        expect(allowed.deltaType).toBe('lora');
        allowed.detach();
      });
    });
  },
);
