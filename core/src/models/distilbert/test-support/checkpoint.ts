/** Test helpers: write a model's (possibly edited) state dict as a checkpoint folder. */
import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { tf } from '../../../runtime/tf.js';
import { writeSafetensorsFile, type TensorData } from '../../../safetensors/index.js';

/** Tensors by key as safetensors F32 entries. */
export function toTensorData(dict: Record<string, tf.Tensor>): Record<string, TensorData> {
  const out: Record<string, TensorData> = {};
  for (const [key, tensor] of Object.entries(dict)) {
    out[key] = { dtype: 'F32', shape: tensor.shape, data: Float32Array.from(tensor.dataSync()) };
  }
  return out;
}

/** A fresh temporary folder holding a copy of `configFolder/config.json` (or the given config). */
export async function tempModelFolder(config: string | object): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'deltahub-ckpt-'));
  await mkdir(folder, { recursive: true });
  if (typeof config === 'string') await copyFile(join(config, 'config.json'), join(folder, 'config.json'));
  else await writeFile(join(folder, 'config.json'), JSON.stringify(config));
  return folder;
}

/** Writes `dict` as `model.safetensors` into a new folder with the given config; returns the folder. */
export async function writeCheckpoint(
  config: string | object,
  dict: Record<string, tf.Tensor>,
): Promise<string> {
  const folder = await tempModelFolder(config);
  await writeSafetensorsFile(join(folder, 'model.safetensors'), toTensorData(dict), { format: 'pt' });
  return folder;
}

/**
 * Writes `dict` as two shards plus `model.safetensors.index.json`, the way transformers'
 * `save_pretrained(max_shard_size=...)` lays them out; returns the folder.
 */
export async function writeShardedCheckpoint(
  config: string | object,
  dict: Record<string, tf.Tensor>,
): Promise<string> {
  const folder = await tempModelFolder(config);
  const keys = Object.keys(dict).sort();
  const half = Math.ceil(keys.length / 2);
  const shards = [keys.slice(0, half), keys.slice(half)];
  const weightMap: Record<string, string> = {};
  for (const [i, shardKeys] of shards.entries()) {
    const file = `model-0000${i + 1}-of-00002.safetensors`;
    const part: Record<string, tf.Tensor> = {};
    for (const key of shardKeys) {
      part[key] = dict[key]!;
      weightMap[key] = file;
    }
    await writeSafetensorsFile(join(folder, file), toTensorData(part), { format: 'pt' });
  }
  await writeFile(
    join(folder, 'model.safetensors.index.json'),
    JSON.stringify({ metadata: { total_size: 0 }, weight_map: weightMap }),
  );
  return folder;
}

/** `dict` without the given keys. */
export function withoutKeys(
  dict: Record<string, tf.Tensor>,
  keys: readonly string[],
): Record<string, tf.Tensor> {
  const drop = new Set(keys);
  return Object.fromEntries(Object.entries(dict).filter(([key]) => !drop.has(key)));
}

/** `dict` with `prefix.` removed from (`'strip'`) or added to (`'add'`) every key. */
export function renameKeys(
  dict: Record<string, tf.Tensor>,
  prefix: string,
  mode: 'strip' | 'add',
): Record<string, tf.Tensor> {
  const withDot = `${prefix}.`;
  return Object.fromEntries(
    Object.entries(dict).map(([key, tensor]) => [
      mode === 'add' ? withDot + key : key.startsWith(withDot) ? key.slice(withDot.length) : key,
      tensor,
    ]),
  );
}
