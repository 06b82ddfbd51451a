import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Safetensors from '@deltahub/core/safetensors';
import { LoraModel } from '../index.js';
import { loadTiny, perturb, tempFolder } from '../test-support/tiny.js';

// A disk that fails in the middle of writing delta.safetensors.
vi.mock('@deltahub/core/safetensors', async (importOriginal) => ({
  ...(await importOriginal<typeof Safetensors>()),
  writeSafetensorsFile: vi.fn(async (path: string) => {
    await writeFile(path, Buffer.alloc(64));
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  }),
}));

let root: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  root = await tempFolder();
});
afterAll(async () => {
  await root.cleanup();
});

describe('saveFinetuned on a failing disk', () => {
  it('leaves neither a partial checkpoint nor a temporary folder, and keeps an existing one', async () => {
    const model = await loadTiny('bert');
    const delta = new LoraModel({ backboneModel: model, loraR: 2 });
    perturb(delta.deltaParameters());
    await expect(delta.saveFinetuned(join(root.dir, 'delta'))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readdir(root.dir)).toEqual([]);

    const existing = join(root.dir, 'existing');
    await mkdir(existing);
    await writeFile(join(existing, 'delta_config.json'), '{"old": true}');
    await expect(delta.saveFinetuned(existing, { overwrite: true })).rejects.toMatchObject({
      code: 'ENOSPC',
    });
    expect(await readdir(root.dir)).toEqual(['existing']);
    expect(await readFile(join(existing, 'delta_config.json'), 'utf8')).toBe('{"old": true}');
    model.dispose();
  });
});
