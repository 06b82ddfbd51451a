import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('@deltahub/core/fs', () => {
  it('syncs a directory, and is a no-op where it cannot (a missing one)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'deltahub-fs-'));
    try {
      await expect(api.syncDirectory(dir)).resolves.toBeUndefined();
      await expect(api.syncDirectory(join(dir, 'missing'))).resolves.toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('imports only Node built-ins and its own files (the server and the safetensors entry load it)', async () => {
    const dir = fileURLToPath(new URL('.', import.meta.url));
    const sources = (await readdir(dir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(sources.length).toBeGreaterThan(0);
    for (const file of sources) {
      const text = await readFile(join(dir, file), 'utf8');
      for (const [, specifier] of text.matchAll(/\bfrom\s+'([^']+)'/g))
        expect(
          specifier!.startsWith('node:') || /^\.\/[\w-]+\.js$/.test(specifier!),
          `${file} imports ${specifier}`,
        ).toBe(true);
    }
  });
});
