import { describe, expect, it } from 'vitest';
import { tf } from './tf.js';
import { currentBackend, selectBackend } from './backend.js';

describe('selectBackend', () => {
  it('picks the fastest available backend and reports what it skipped', async () => {
    const choice = await selectBackend();
    expect(['tensorflow', 'wasm']).toContain(choice.name);
    expect(tf.getBackend()).toBe(choice.name);
    expect(currentBackend()).toEqual(choice);
    if (choice.name === 'wasm') expect(choice.skipped.map((s) => s.name)).toEqual(['tensorflow']);
  });

  it('honours an explicit choice', async () => {
    expect((await selectBackend('cpu')).name).toBe('cpu');
    expect(tf.getBackend()).toBe('cpu');
    expect((await selectBackend('wasm')).name).toBe('wasm');
  });

  it('rejects unknown backends and fails loudly when a forced one cannot load', async () => {
    await expect(selectBackend('gpu' as never)).rejects.toMatchObject({ code: 'BACKEND_UNKNOWN' });
    let tfjsNodeInstalled = true;
    try {
      await import('@tensorflow/tfjs-node' as string);
    } catch {
      tfjsNodeInstalled = false;
    }
    if (!tfjsNodeInstalled) {
      await expect(selectBackend('tensorflow')).rejects.toMatchObject({ code: 'BACKEND_UNAVAILABLE' });
    }
  });
});
