import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSafetensorsFile, type TensorData } from '@deltahub/core/safetensors';
import { PEFT_CONFIG_FILE, PEFT_WEIGHTS_FILE, fromPeft } from '../index.js';
import { tempFolder } from '../test-support/tiny.js';
import {
  PEFT_CASES,
  PEFT_FIXTURES,
  inputsOf,
  loadPeftBackbone,
  maxOutputDiff,
  readExpected,
} from './test-support/fixtures.js';

/** Every tensor's dtype, shape and raw bytes, by name. */
async function tensorsOf(
  path: string,
): Promise<Map<string, { dtype: string; shape: number[]; bytes: Buffer }>> {
  const { tensors } = await loadSafetensorsFile(path);
  const bytes = (t: TensorData): Buffer => Buffer.from(t.data.buffer, t.data.byteOffset, t.data.byteLength);
  return new Map([...tensors].map(([k, t]) => [k, { dtype: t.dtype, shape: [...t.shape], bytes: bytes(t) }]));
}

let root: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  root = await tempFolder();
});
afterAll(async () => {
  await root.cleanup();
});

describe('fromPeft → savePeft', () => {
  it.each(PEFT_CASES)('%s: tensor-identical weights, the same config, reloadable', async (name) => {
    const source = join(PEFT_FIXTURES, name);
    const expected = readExpected(name);
    const backbone = await loadPeftBackbone(expected.arch);
    const delta = await fromPeft(source, { backboneModel: backbone });
    const saved = await delta.savePeft(join(root.dir, name));

    const original = await tensorsOf(join(source, PEFT_WEIGHTS_FILE));
    const exported = await tensorsOf(join(saved.dir, PEFT_WEIGHTS_FILE));
    expect([...exported.keys()].sort()).toEqual([...original.keys()].sort());
    for (const [key, t] of original) {
      const e = exported.get(key)!;
      expect({ dtype: e.dtype, shape: e.shape }, key).toEqual({ dtype: t.dtype, shape: t.shape });
      expect(e.bytes.equals(t.bytes), `${key} bytes`).toBe(true);
    }
    const json = (dir: string): Promise<unknown> =>
      readFile(join(dir, PEFT_CONFIG_FILE), 'utf8').then((text) => JSON.parse(text) as unknown);
    expect(await json(saved.dir)).toEqual(await json(source));
    const card = await readFile(join(saved.dir, 'README.md'), 'utf8');
    expect(card).toMatch(/^---\nlibrary_name: peft\n/);

    // The export loads again onto a fresh backbone and computes PEFT's outputs.
    const again = await loadPeftBackbone(expected.arch);
    await fromPeft(saved.dir, { backboneModel: again });
    const p = (expected.adapter_config['num_virtual_tokens'] as number | undefined) ?? 0;
    const prefix = expected.adapter_config['peft_type'] === 'PREFIX_TUNING';
    const prompt = expected.adapter_config['peft_type'] === 'PROMPT_TUNING';
    const out = again.forward(inputsOf(expected, prefix ? p : 0));
    expect(
      maxOutputDiff(out, expected.outputs, expected.inputs['attention_mask']!, prompt ? p : 0),
    ).toBeLessThan(1e-4);
    backbone.dispose();
    again.dispose();
  });
});
