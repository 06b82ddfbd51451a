/**
 * Test helpers shared by every architecture: temporary checkpoint folders (one file or sharded as
 * transformers writes them) from a model's state dict or raw safetensors entries, and the key edits
 * the loading tests make (save-pretrained-only keys, renamed prefixes, a shape-mismatched tensor).
 */
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tf } from '../../runtime/tf.js';
import { loadSafetensorsFile, writeSafetensorsFile, type TensorData } from '../../safetensors/index.js';

/** Tensors by checkpoint key, as written to safetensors. */
export type Tensors = Record<string, TensorData>;

/** What the writers take: safetensors entries, tf tensors (a state dict), or a mix. */
export type CheckpointTensors = Record<string, TensorData | tf.Tensor>;

/** Every entry as F32 safetensors data (values copied out of tf tensors; other entries kept). */
export function toTensorData(dict: CheckpointTensors): Tensors {
  return Object.fromEntries(
    Object.entries(dict).map(([key, t]) => [
      key,
      t instanceof tf.Tensor ? { dtype: 'F32', shape: t.shape, data: Float32Array.from(t.dataSync()) } : t,
    ]),
  );
}

/** The tensors of `<folder>/model.safetensors`. */
export async function readCheckpoint(folder: string): Promise<Tensors> {
  const { tensors } = await loadSafetensorsFile(join(folder, 'model.safetensors'));
  return Object.fromEntries(tensors);
}

const createdFolders: string[] = [];

/** Deletes every folder the writers below created (call from `afterAll`). */
export async function removeCheckpointFolders(): Promise<void> {
  await Promise.all(createdFolders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
}

/**
 * A fresh temporary folder holding `config.json`: the given config, or a copy of the one in the
 * folder `config` names.
 */
export async function tempModelFolder(config: string | object): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'deltahub-ckpt-'));
  createdFolders.push(folder);
  if (typeof config === 'string') await copyFile(join(config, 'config.json'), join(folder, 'config.json'));
  else await writeFile(join(folder, 'config.json'), JSON.stringify(config, null, 2));
  return folder;
}

async function writeTensors(file: string, tensors: CheckpointTensors): Promise<void> {
  await writeSafetensorsFile(file, toTensorData(tensors), { format: 'pt' }, { fsync: false });
}

/** A new temporary folder with `config.json` and one `model.safetensors` holding `tensors`. */
export async function writeCheckpoint(config: string | object, tensors: CheckpointTensors): Promise<string> {
  const folder = await tempModelFolder(config);
  await writeTensors(join(folder, 'model.safetensors'), tensors);
  return folder;
}

/**
 * A new temporary folder with `config.json`, `tensors` in two shards and
 * `model.safetensors.index.json`, the way transformers' `save_pretrained(max_shard_size=...)` lays
 * them out.
 */
export async function writeShardedCheckpoint(
  config: string | object,
  tensors: CheckpointTensors,
): Promise<string> {
  const folder = await tempModelFolder(config);
  const keys = Object.keys(tensors).sort();
  const half = Math.ceil(keys.length / 2);
  const weightMap: Record<string, string> = {};
  for (const [i, shardKeys] of [keys.slice(0, half), keys.slice(half)].entries()) {
    const file = `model-0000${i + 1}-of-00002.safetensors`;
    for (const key of shardKeys) weightMap[key] = file;
    await writeTensors(join(folder, file), onlyKeys(tensors, shardKeys));
  }
  await writeFile(
    join(folder, 'model.safetensors.index.json'),
    JSON.stringify({ metadata: { total_size: 0 }, weight_map: weightMap }),
  );
  return folder;
}

/** `dict` restricted to `keys` (what `save_pretrained` keeps, for example). */
export function onlyKeys<T>(dict: Record<string, T>, keys: readonly string[]): Record<string, T> {
  const keep = new Set(keys);
  return Object.fromEntries(Object.entries(dict).filter(([key]) => keep.has(key)));
}

/** `dict` without `keys`. */
export function withoutKeys<T>(dict: Record<string, T>, keys: readonly string[]): Record<string, T> {
  const drop = new Set(keys);
  return Object.fromEntries(Object.entries(dict).filter(([key]) => !drop.has(key)));
}

/** `dict` with `prefix.` removed from (`'strip'`) or added to (`'add'`) every key. */
export function renameKeys<T>(
  dict: Record<string, T>,
  prefix: string,
  mode: 'strip' | 'add',
): Record<string, T> {
  const withDot = `${prefix}.`;
  return Object.fromEntries(
    Object.entries(dict).map(([key, value]) => [
      mode === 'add' ? withDot + key : key.startsWith(withDot) ? key.slice(withDot.length) : key,
      value,
    ]),
  );
}

/** `dict` with the tensor under `key` replaced by F32 zeros of `shape` (a shape-mismatched checkpoint). */
export function withMismatchedShape(
  dict: CheckpointTensors,
  key: string,
  shape: number[],
): CheckpointTensors {
  const size = shape.reduce((a, b) => a * b, 1);
  return { ...dict, [key]: { dtype: 'F32', shape, data: new Float32Array(size) } };
}
