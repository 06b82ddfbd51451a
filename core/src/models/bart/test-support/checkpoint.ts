/** Test helpers: write checkpoint folders (single file or sharded) from tensors or fixture files. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PretrainedConfig } from '../../config.js';
import type { tf } from '../../../runtime/tf.js';
import { loadSafetensorsFile, writeSafetensorsFile, type TensorData } from '../../../safetensors/index.js';

/** Tensors by checkpoint key, as written to safetensors. */
export type Tensors = Record<string, TensorData>;

/** The tensors of `<folder>/model.safetensors`. */
export async function readCheckpoint(folder: string): Promise<Tensors> {
  const { tensors } = await loadSafetensorsFile(join(folder, 'model.safetensors'));
  return Object.fromEntries(tensors);
}

/** A model's state dict as F32 safetensors data (values copied out of the tf tensors). */
export function fromStateDict(dict: Record<string, tf.Tensor>): Tensors {
  return Object.fromEntries(
    Object.entries(dict).map(([key, t]) => [
      key,
      { dtype: 'F32', shape: t.shape, data: Float32Array.from(t.dataSync()) },
    ]),
  );
}

function newFolder(config: PretrainedConfig): string {
  const folder = mkdtempSync(join(tmpdir(), 'deltahub-bart-'));
  writeFileSync(join(folder, 'config.json'), JSON.stringify(config, null, 2));
  return folder;
}

/** A temp folder with `config.json` and one `model.safetensors`. */
export async function writeCheckpoint(config: PretrainedConfig, tensors: Tensors): Promise<string> {
  const folder = newFolder(config);
  await writeSafetensorsFile(join(folder, 'model.safetensors'), tensors, { format: 'pt' }, { fsync: false });
  return folder;
}

/** A temp folder with `config.json`, two shards and `model.safetensors.index.json`, as transformers writes. */
export async function writeShardedCheckpoint(config: PretrainedConfig, tensors: Tensors): Promise<string> {
  const folder = newFolder(config);
  const keys = Object.keys(tensors).sort();
  const half = Math.ceil(keys.length / 2);
  const shards = [keys.slice(0, half), keys.slice(half)];
  const weightMap: Record<string, string> = {};
  for (const [i, shardKeys] of shards.entries()) {
    const file = `model-0000${i + 1}-of-00002.safetensors`;
    const part: Tensors = {};
    for (const key of shardKeys) {
      part[key] = tensors[key]!;
      weightMap[key] = file;
    }
    await writeSafetensorsFile(join(folder, file), part, { format: 'pt' }, { fsync: false });
  }
  writeFileSync(
    join(folder, 'model.safetensors.index.json'),
    JSON.stringify({ metadata: {}, weight_map: weightMap }),
  );
  return folder;
}

/** `tensors` restricted to `keys`. */
export function onlyKeys(tensors: Tensors, keys: readonly string[]): Tensors {
  return Object.fromEntries(keys.map((k) => [k, tensors[k]!]));
}
