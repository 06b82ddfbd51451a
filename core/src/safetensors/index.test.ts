import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('@deltahub/core/safetensors', () => {
  it('exports the agreed public API', () => {
    for (const name of [
      'parseSafetensorsHeader',
      'readSafetensorsHeader',
      'loadSafetensors',
      'loadSafetensorsFile',
      'openSafetensorsFile',
      'SafetensorsFileReader',
      'serializeSafetensors',
      'writeSafetensorsFile',
      'writeSafetensorsToStream',
      'toFloat32',
      'fromFloat32',
      'SafetensorsError',
    ]) {
      expect(api, name).toHaveProperty(name);
    }
    expect(api.SAFETENSORS_MAX_HEADER_BYTES).toBe(100 * 1024 * 1024);
  });

  it('imports only Node built-ins, its own files, ../errors.js and ../fs (no TensorFlow.js: the server loads it)', () => {
    const dir = fileURLToPath(new URL('.', import.meta.url));
    const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    for (const file of sources) {
      const text = readFileSync(`${dir}/${file}`, 'utf8');
      for (const [, specifier] of text.matchAll(/\bfrom\s+'([^']+)'/g)) {
        expect(
          specifier!.startsWith('node:') ||
            /^\.\/[\w-]+\.js$/.test(specifier!) ||
            specifier === '../errors.js' ||
            /^\.\.\/fs\/[\w-]+\.js$/.test(specifier!),
          `${file} imports ${specifier}`,
        ).toBe(true);
      }
    }
  });
});
