import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AutoTokenizer } from './auto.js';
import type { TokenizerFileSource } from './files.js';
import { TOKENIZER_FIXTURES } from './test-support/fixtures.js';

describe('AutoTokenizer.fromPretrained', () => {
  let root: string;
  /** A fresh folder holding `files` (name: fixture path or literal content). */
  const folderWith = async (name: string, files: Record<string, { copy: string } | string>) => {
    const folder = join(root, name);
    await mkdir(folder);
    for (const [file, content] of Object.entries(files)) {
      if (typeof content === 'string') await writeFile(join(folder, file), content);
      else await copyFile(join(TOKENIZER_FIXTURES, content.copy), join(folder, file));
    }
    return folder;
  };

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'deltahub-tokenizer-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('names a missing folder and says hub ids belong to the deltahub package', async () => {
    await expect(AutoTokenizer.fromPretrained('bert-base-uncased/not-here')).rejects.toMatchObject({
      code: 'TOKENIZER_NOT_FOUND',
      message: expect.stringMatching(/'bert-base-uncased\/not-here' does not exist.*deltahub package/),
    });
  });

  it('names the files it looked for', async () => {
    const empty = await folderWith('empty', {});
    await expect(AutoTokenizer.fromPretrained(empty)).rejects.toMatchObject({
      code: 'TOKENIZER_FILES_MISSING',
      message: expect.stringContaining(
        'expected tokenizer.json, or vocab.txt (WordPiece), or vocab.json + merges.txt',
      ),
    });
    const noMerges = await folderWith('no-merges', { 'vocab.json': { copy: 'roberta-base/vocab.json' } });
    await expect(AutoTokenizer.fromPretrained(noMerges)).rejects.toMatchObject({
      code: 'TOKENIZER_FILES_MISSING',
      message: expect.stringContaining('tokenizer.json is absent and so is merges.txt'),
    });
    const llama = await folderWith('llama-spm-only', { 'tokenizer.model': 'not parsed' });
    await expect(AutoTokenizer.fromPretrained(llama)).rejects.toMatchObject({
      code: 'TOKENIZER_FILES_MISSING',
      message: expect.stringContaining('only a SentencePiece tokenizer.model'),
    });
  });

  it('names the file that is not valid JSON', async () => {
    const badJson = await folderWith('bad-json', { 'tokenizer.json': '{"model": ' });
    await expect(AutoTokenizer.fromPretrained(badJson)).rejects.toMatchObject({
      code: 'TOKENIZER_BAD_JSON',
      message: expect.stringContaining(`tokenizer.json in '${badJson}' is not valid JSON`),
    });
    const badConfig = await folderWith('bad-config', {
      'tokenizer.json': { copy: 'gpt2/tokenizer.json' },
      'tokenizer_config.json': "{ 'single': quotes }",
    });
    await expect(AutoTokenizer.fromPretrained(badConfig)).rejects.toMatchObject({
      code: 'TOKENIZER_BAD_JSON',
      message: expect.stringContaining('tokenizer_config.json in'),
    });
  });

  it('refuses a spiece.model that is not a SentencePiece model', async () => {
    const notSpm = await folderWith('not-spm', { 'spiece.model': 'plain text, not protobuf' });
    await expect(AutoTokenizer.fromPretrained(notSpm)).rejects.toMatchObject({
      code: 'TOKENIZER_BAD_FILE',
      message: expect.stringContaining('spiece.model'),
    });
  });

  it('reports a tokenizer.json the tokenizers library cannot build', async () => {
    const unknownModel = await folderWith('unknown-model', {
      'tokenizer.json': '{"model": {"type": "Nope", "vocab": {}}}',
    });
    await expect(AutoTokenizer.fromPretrained(unknownModel)).rejects.toMatchObject({
      code: 'TOKENIZER_BAD_FILE',
      message: expect.stringContaining('tokenizer.json cannot be loaded'),
    });
  });

  it('names the bad line of merges.txt and a special token missing from the vocabulary', async () => {
    const badMerges = await folderWith('bad-merges', {
      'vocab.json': { copy: 'roberta-base/vocab.json' },
      'merges.txt': '#version: 0.2\nĠ t\nthree parts here\n',
    });
    await expect(AutoTokenizer.fromPretrained(badMerges)).rejects.toMatchObject({
      code: 'TOKENIZER_BAD_FILE',
      message: expect.stringContaining('merges.txt line 3'),
    });
    const noCls = await folderWith('no-cls', {
      'vocab.txt': '[PAD]\n[UNK]\nhello\n',
      'tokenizer_config.json': '{"tokenizer_class": "BertTokenizer"}',
    });
    await expect(AutoTokenizer.fromPretrained(noCls)).rejects.toMatchObject({
      code: 'TOKENIZER_BAD_FILE',
      message: "special token '[CLS]' is not in vocab.txt",
    });
  });

  it('adds the tokens of added_tokens_decoder and added_tokens.json to slow files', async () => {
    const folder = await folderWith('added-tokens', {
      'vocab.txt': ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]', 'hello', 'world'].join('\n') + '\n',
      'tokenizer_config.json': JSON.stringify({
        tokenizer_class: 'BertTokenizer',
        added_tokens_decoder: {
          '7': { content: '<speaker>', lstrip: false, rstrip: false, normalized: false, special: true },
        },
      }),
      'added_tokens.json': JSON.stringify({ newword: 8 }),
    });
    const tokenizer = await AutoTokenizer.fromPretrained(folder);
    expect(tokenizer.encode('hello <speaker> newword world')).toEqual([2, 5, 7, 8, 6, 3]);
    expect(tokenizer.decode([2, 5, 7, 8, 6, 3], { skipSpecialTokens: true })).toBe('hello newword world');
    expect(tokenizer.size).toBe(9);
  });

  it('reads through any file source (how a hub source will plug in) and lets config override tokenizer_config.json', async () => {
    const asked: string[] = [];
    const files: Record<string, string> = {
      'vocab.txt': ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]', 'hello', 'world', '##s'].join('\n') + '\n',
      'config.json': '{"model_type": "distilbert"}',
    };
    const source: TokenizerFileSource = {
      location: 'alice/tiny@main',
      readFile: async (name) => {
        asked.push(name);
        return files[name] === undefined ? undefined : new TextEncoder().encode(files[name]);
      },
    };
    const tokenizer = await AutoTokenizer.fromPretrained(source, {
      config: { do_lower_case: true, model_max_length: 4 },
    });
    expect(asked).toEqual(expect.arrayContaining(['tokenizer_config.json', 'tokenizer.json', 'vocab.txt']));
    expect(tokenizer.tokenizerClass).toBe('DistilBertTokenizer');
    expect(tokenizer.encode('Hello worlds')).toEqual([2, 5, 6, 7, 3]);
    expect(tokenizer('Hello worlds', { truncation: true })).toEqual({
      inputIds: [2, 5, 6, 3],
      attentionMask: [1, 1, 1, 1],
    });
    expect(tokenizer.decode([2, 5, 6, 7, 3], { skipSpecialTokens: true })).toBe('hello worlds');
  });
});
