import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Linear } from '../nn/linear.js';
import { selectBackend } from '../runtime/backend.js';
import { tf } from '../runtime/tf.js';
import { fromFloat32, openSafetensorsFile, writeSafetensorsFile } from '../safetensors/index.js';
import { copyCheckpointTensor } from './checkpoint-copy.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deltahub-copy-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.each(['wasm', 'cpu'] as const)('copyCheckpointTensor on %s', (backend) => {
  it('fills a parameter from a BF16 tensor; on wasm in place (same memory, no new tensor)', async () => {
    await selectBackend(backend);
    const values = Float32Array.from({ length: 6 * 5 }, (_, i) => (i - 7) / 4);
    const path = join(dir, `${backend}.safetensors`);
    await writeSafetensorsFile(path, { weight: fromFloat32(values, 'BF16', [6, 5]) });
    const layer = new Linear(5, 6, { bias: false });
    const before = layer.weight.dataId;
    const tensorsBefore = tf.memory().numTensors;
    const reader = await openSafetensorsFile(path);
    try {
      await copyCheckpointTensor(layer, 'weight', layer.weight, reader, 'weight');
    } finally {
      await reader.close();
    }
    // Quarter steps are exact in bfloat16.
    expect(layer.weight.dataSync()).toEqual(values);
    expect(tf.memory().numTensors).toBe(tensorsBefore);
    if (backend === 'wasm') expect(layer.weight.dataId).toBe(before);
    layer.dispose();
  });
});
