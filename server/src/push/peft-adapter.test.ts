import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, hubVariants, makeDelta, type Json } from '@deltahub/testing';
import { PEFT_FIXTURES } from '@deltahub/testing/fixtures';
import { startTestHub, type TestHub } from '../test-support/hub.js';

const text = (value: string): Uint8Array => new TextEncoder().encode(value);

/** A PEFT fixture folder's files, with `config` fields overridden in adapter_config.json. */
async function peftFiles(
  fixture: string,
  config: Record<string, unknown> = {},
  readme?: string,
): Promise<Record<string, Uint8Array>> {
  const dir = join(PEFT_FIXTURES, fixture);
  const original = JSON.parse(await readFile(join(dir, 'adapter_config.json'), 'utf8')) as Json;
  return {
    'adapter_config.json': text(JSON.stringify({ ...original, ...config }, null, 2)),
    'adapter_model.safetensors': await readFile(join(dir, 'adapter_model.safetensors')),
    ...(readme === undefined ? {} : { 'README.md': text(readme) }),
  };
}

describe.each(await hubVariants())(
  'PEFT adapters and backbone ids in the index on $db + $storage',
  (variant) => {
    let hub: TestHub;
    let alice: ApiClient;
    let anon: ApiClient;

    beforeAll(async () => {
      hub = await startTestHub(variant);
      alice = new ApiClient(hub.url, await hub.user('alice'));
      anon = new ApiClient(hub.url);
    });
    afterAll(async () => {
      await hub?.stop();
    });

    async function pushNew(name: string, files: Record<string, Uint8Array>) {
      expect((await alice.json('POST', '/api/repos', { name })).status).toBe(201);
      return alice.push(`alice/${name}`, files, { parent: null });
    }

    it('indexes a PEFT LoRA adapter without delta_config.json: type, target modules, rank, base model', async () => {
      const res = await pushNew(
        'peft-lora',
        await peftFiles('bert_lora', { base_model_name_or_path: 'alice/tiny-bert' }),
      );
      expect(res.status).toBe(201);
      const { body } = await anon.json('GET', '/api/repos/alice/peft-lora');
      expect(body.head).toMatchObject({
        deltaType: 'lora',
        backbone: { nameOrPath: 'alice/tiny-bert', structureFingerprint: null, architecture: null },
        modifiedModules: {
          given: ['value', 'query'],
          resolved: [
            'encoder.layer.0.attention.self.query',
            'encoder.layer.0.attention.self.value',
            'encoder.layer.1.attention.self.query',
            'encoder.layer.1.attention.self.value',
          ],
        },
        config: null,
        peftConfig: { peft_type: 'LORA', r: 4, lora_alpha: 8 },
        tags: ['peft'],
      });
      // Two layers × query and value × (A [4, 32] + B [32, 4]).
      expect(body.head.trainableParameters).toBe(2 * 2 * (4 * 32 + 32 * 4));

      const search = await anon.json('GET', '/api/search?q=lora&tag=peft');
      expect(search.body.items.map((i: Json) => i.id)).toContain('alice/peft-lora');
      const byBase = await anon.json('GET', '/api/search?backbone=alice%2Ftiny-bert');
      expect(byBase.body.items.map((i: Json) => i.id)).toEqual(['alice/peft-lora']);
      const tree = await anon.json('GET', '/api/models?filter=base_model:adapter:alice/tiny-bert');
      expect(tree.body.map((m: Json) => m.id)).toEqual(['alice/peft-lora']);
      const model = await anon.json('GET', '/api/models/alice/peft-lora');
      expect(model.body).toMatchObject({ library_name: 'peft', tags: ['peft'] });
    });

    it('maps IA3, prompt and prefix tuning to their methods; other PEFT methods index without a type', async () => {
      for (const [fixture, deltaType] of [
        ['bert_ia3', 'ia3'],
        ['bert_prompt_tuning', 'soft_prompt'],
        ['bert_prefix_tuning', 'prefix'],
      ] as const) {
        expect((await pushNew(fixture.replace(/_/g, '-'), await peftFiles(fixture))).status).toBe(201);
        const { body } = await anon.json('GET', `/api/repos/alice/${fixture.replace(/_/g, '-')}`);
        expect(body.head.deltaType, fixture).toBe(deltaType);
        // An empty base_model_name_or_path (PEFT's default) is unknown.
        expect(body.head.backbone.nameOrPath, fixture).toBeNull();
      }
      const loha = await pushNew('loha', await peftFiles('bert_lora', { peft_type: 'LOHA' }));
      expect(loha.status).toBe(201);
      const { body } = await anon.json('GET', '/api/repos/alice/loha');
      expect(body.head).toMatchObject({ deltaType: null, peftConfig: { peft_type: 'LOHA' }, tags: ['peft'] });
    });

    it('refuses a malformed adapter_config.json with invalid_peft_config naming the field, committing nothing', async () => {
      const cases: [Record<string, Uint8Array>, RegExp][] = [
        [
          { ...(await peftFiles('bert_lora')), 'adapter_config.json': text('{"peft_type": ') },
          /not valid JSON/,
        ],
        [{ ...(await peftFiles('bert_lora')), 'adapter_config.json': text('[1]') }, /must be a JSON object/],
        [await peftFiles('bert_lora', { peft_type: 3 }), /\$\.peft_type must be a non-empty string/],
        [await peftFiles('bert_lora', { r: -1 }), /\$\.r must be a positive integer/],
        [await peftFiles('bert_lora', { target_modules: [1] }), /\$\.target_modules/],
        [await peftFiles('bert_lora', { base_model_name_or_path: {} }), /\$\.base_model_name_or_path/],
      ];
      expect((await alice.json('POST', '/api/repos', { name: 'bad-peft' })).status).toBe(201);
      for (const [files, message] of cases) {
        const res = await alice.push('alice/bad-peft', files, { parent: null });
        expect(res.status).toBe(400);
        expect(res.body.error.code).toBe('invalid_peft_config');
        expect(res.body.error.message).toMatch(/^adapter_config\.json: /);
        expect(res.body.error.message).toMatch(message);
      }
      expect((await anon.json('GET', '/api/repos/alice/bad-peft')).body.head).toBeNull();
    });

    it('never indexes a local path as a backbone, even from an old client', async () => {
      const path = '/home/alice/models/bert';
      const card = [
        '---',
        `base_model: ${path}`,
        'tags: [demo]',
        '---',
        '# legacy',
        '',
        `| Backbone | \`BertModel\` (\`bert\`) from \`${path}\` |`,
        '',
        '```ts',
        `const backbone = await BertModel.fromPretrained(${JSON.stringify(path)});`,
        '```',
        '',
      ].join('\n');
      const files = makeDelta(
        3,
        {
          backbone: {
            architecture: 'bert',
            modelClass: 'BertModel',
            nameOrPath: path,
            structureFingerprint: 'a'.repeat(64),
            weightsFingerprint: 'b'.repeat(64),
            totalParameters: 10,
          },
        },
        card,
      );
      expect((await pushNew('legacy', files)).status).toBe(201);
      const info = await anon.json('GET', '/api/repos/alice/legacy');
      expect(JSON.stringify(info.body)).not.toContain('/home/alice');
      expect(info.body.head.backbone.nameOrPath).toBe('unknown');
      expect(info.body.head.config.backbone.nameOrPath).toBe('unknown');
      expect(info.body.head.card.frontMatter).not.toHaveProperty('base_model');
      expect(info.body.head.card.text).toContain('fromPretrained("<backbone folder or hub id>")');
      const search = await anon.json('GET', '/api/search?q=legacy');
      expect(JSON.stringify(search.body)).not.toContain('/home/alice');
      expect((await anon.json('GET', '/api/search?q=home')).body.items).toEqual([]);
      const model = await anon.json('GET', '/api/models/alice/legacy');
      expect(JSON.stringify(model.body)).not.toContain('/home/alice');
      // The file itself is served as pushed: the index is what forgets the path.
      const raw = await fetch(`${hub.url}/alice/legacy/resolve/main/delta_config.json`);
      expect(await raw.text()).toContain(path);
    });

    it('a PEFT adapter pushed next to a delta config is indexed from the delta config, with its PEFT config kept', async () => {
      const files = {
        ...makeDelta(5),
        ...(await peftFiles('bert_lora', { base_model_name_or_path: 'bert-tiny' })),
      };
      expect((await pushNew('both', files)).status).toBe(201);
      const { body } = await anon.json('GET', '/api/repos/alice/both');
      expect(body.head).toMatchObject({
        deltaType: 'lora',
        backbone: { nameOrPath: 'bert-tiny', structureFingerprint: 'a'.repeat(64) },
        trainableParameters: 16,
        peftConfig: { peft_type: 'LORA' },
      });
      expect(body.head.tags).toContain('peft');
    });
  },
);
