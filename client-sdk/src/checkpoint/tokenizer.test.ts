import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '@deltahub/testing/hub';
import { TOKENIZERS } from '@deltahub/testing/fixtures';
import { AutoDeltaModel, AutoTokenizer, LoraModel, type PreTrainedTokenizer } from '../index.js';
import { loadTiny, outputsOf, perturb, sameBits, tempFolder } from '../test-support/tiny.js';

/** A delta saved or pushed with `{ tokenizer }` comes back with it, from a folder or a hub. */
let root: { dir: string; cleanup: () => Promise<void> };
let hub: TestHub;
let token: string;
let bertTokenizer: PreTrainedTokenizer;
const sentences = ['A delightful film!', "Don't waste your time on this one.", 'naïve café, 東京'];

beforeAll(async () => {
  root = await tempFolder();
  hub = await startTestHub();
  token = await hub.user('alice');
  bertTokenizer = await AutoTokenizer.fromPretrained(join(TOKENIZERS, 'bert-base-uncased'));
}, 60_000);

afterAll(async () => {
  await hub?.stop();
  await root?.cleanup();
});

/** A LoRA on tiny BERT with visible (perturbed) weights. */
async function tinyLora() {
  const model = await loadTiny('bert');
  const delta = new LoraModel({ backboneModel: model, loraR: 4 });
  perturb(delta.deltaParameters());
  delta.freezeModule({ setStateDict: true });
  return { model, delta };
}

describe('saveFinetuned / fromFinetuned with a tokenizer', () => {
  it('stores the tokenizer files and loads them back as delta.tokenizer, encoding identically', async () => {
    const { model, delta } = await tinyLora();
    const dir = join(root.dir, 'with-tokenizer');
    await delta.saveFinetuned(dir, { tokenizer: bertTokenizer });
    expect((await readdir(dir)).sort()).toEqual([
      'README.md',
      'delta.safetensors',
      'delta_config.json',
      'tokenizer.json',
      'tokenizer_config.json',
    ]);
    const fresh = await loadTiny('bert');
    const loaded = await AutoDeltaModel.fromFinetuned(dir, { backboneModel: fresh });
    expect(loaded.tokenizer).toBeDefined();
    expect(loaded.tokenizer!(sentences, { padding: true })).toEqual(
      bertTokenizer(sentences, { padding: true }),
    );
    expect(sameBits(outputsOf(fresh, 'bert'), outputsOf(model, 'bert'))).toBe(true);
    model.dispose();
    fresh.dispose();
  });

  it('saves delta.tokenizer by default, and leaves it out with { tokenizer: null }', async () => {
    const { model, delta } = await tinyLora();
    delta.tokenizer = bertTokenizer;
    await delta.saveFinetuned(join(root.dir, 'default'));
    expect(await readdir(join(root.dir, 'default'))).toContain('tokenizer.json');
    await delta.saveFinetuned(join(root.dir, 'without'), { tokenizer: null });
    expect(await readdir(join(root.dir, 'without'))).not.toContain('tokenizer.json');
    const fresh = await loadTiny('bert');
    expect(
      (await AutoDeltaModel.fromFinetuned(join(root.dir, 'without'), { backboneModel: fresh })).tokenizer,
    ).toBe(undefined);
    model.dispose();
    fresh.dispose();
  });

  it('a PEFT adapter folder with tokenizer files (as Python users upload them) brings its tokenizer too', async () => {
    const { model, delta } = await tinyLora();
    const dir = join(root.dir, 'peft-with-tokenizer');
    await delta.savePeft(dir);
    await bertTokenizer.savePretrained(dir);
    const fresh = await loadTiny('bert');
    const loaded = await AutoDeltaModel.fromFinetuned(dir, { backboneModel: fresh, onWarning: () => {} });
    expect(loaded.tokenizer!.encode(sentences[0]!)).toEqual(bertTokenizer.encode(sentences[0]!));
    expect(sameBits(outputsOf(fresh, 'bert'), outputsOf(model, 'bert'))).toBe(true);
    model.dispose();
    fresh.dispose();
  });

  it('refuses a checkpoint whose tokenizer.json is broken, leaving the backbone untouched', async () => {
    const { model, delta } = await tinyLora();
    const dir = join(root.dir, 'broken');
    await delta.saveFinetuned(dir, { tokenizer: bertTokenizer });
    await writeFile(join(dir, 'tokenizer.json'), '{"model": ');
    const fresh = await loadTiny('bert');
    const before = outputsOf(fresh, 'bert');
    await expect(AutoDeltaModel.fromFinetuned(dir, { backboneModel: fresh })).rejects.toMatchObject({
      code: 'TOKENIZER_BAD_JSON',
    });
    expect(sameBits(outputsOf(fresh, 'bert'), before)).toBe(true);
    expect(fresh.modules().some((m) => m.constructor.name === 'LowRankLinear')).toBe(false);
    model.dispose();
    fresh.dispose();
  });
});

describe('through a hub', () => {
  it('pushToHub carries the tokenizer; fromFinetuned and AutoTokenizer.fromPretrained read it by id', async () => {
    const gpt2 = await AutoTokenizer.fromPretrained(join(TOKENIZERS, 'gpt2'));
    gpt2.padToken = gpt2.specialTokens.eosToken;
    const { model, delta } = await tinyLora();
    await delta.pushToHub('alice/lora-with-tokenizer', { hubUrl: hub.url, token, tokenizer: gpt2 });
    const options = { hubUrl: hub.url, token, cacheDir: join(root.dir, 'cache') };

    const fresh = await loadTiny('bert');
    const pulled = await AutoDeltaModel.fromFinetuned('alice/lora-with-tokenizer', {
      backboneModel: fresh,
      ...options,
    });
    expect(pulled.tokenizer!(sentences, { padding: true })).toEqual(gpt2(sentences, { padding: true }));

    const byId = await AutoTokenizer.fromPretrained('alice/lora-with-tokenizer', options);
    expect(byId.padTokenId).toBe(50256);
    expect(byId.encode(sentences[2]!)).toEqual(gpt2.encode(sentences[2]!));
    expect(byId.decode(byId.encode(sentences[1]!))).toBe(sentences[1]);
    model.dispose();
    fresh.dispose();
  });

  it('AutoTokenizer by id: a repo without tokenizer files, and a missing repo, are typed errors', async () => {
    const { model, delta } = await tinyLora();
    await delta.pushToHub('alice/lora-bare', { hubUrl: hub.url, token });
    const options = { hubUrl: hub.url, token, cacheDir: join(root.dir, 'cache') };
    await expect(AutoTokenizer.fromPretrained('alice/lora-bare', options)).rejects.toMatchObject({
      code: 'HUB_NOT_FOUND',
      message: expect.stringContaining('has no tokenizer files') as unknown,
    });
    await expect(AutoTokenizer.fromPretrained('alice/nothing-here', options)).rejects.toMatchObject({
      code: 'HUB_NOT_FOUND',
      message: expect.stringContaining("'alice/nothing-here' is not a local folder") as unknown,
    });
    // A path that is not a hub id stays core's local-folder error.
    await expect(AutoTokenizer.fromPretrained('./no/such/folder', options)).rejects.toMatchObject({
      code: 'TOKENIZER_NOT_FOUND',
    });
    model.dispose();
  });
});
