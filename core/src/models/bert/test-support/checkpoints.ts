/** Test helpers shared by the BERT and RoBERTa suites: checkpoint folders, fixture inputs, module names. */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { tf } from '../../../runtime/tf.js';
import { writeSafetensorsFile, type TensorData } from '../../../safetensors/index.js';
import type { ModelInputs } from '../../inputs.js';
import { HF_TINY, toTensor, type Reference } from '../../test-support/reference.js';

/** The reference inputs of a fixture as model inputs. */
export function referenceInputs(ref: Reference): ModelInputs {
  const inputs: ModelInputs = {
    inputIds: toTensor(ref.inputs['input_ids']!),
    attentionMask: toTensor(ref.inputs['attention_mask']!),
  };
  if (ref.inputs['token_type_ids']) inputs.tokenTypeIds = toTensor(ref.inputs['token_type_ids']);
  return inputs;
}

/** Reads `<fixture>/config.json`. */
export function fixtureConfig(name: string): Record<string, unknown> & { model_type: string } {
  return JSON.parse(readFileSync(join(HF_TINY, name, 'config.json'), 'utf8')) as Record<string, unknown> & {
    model_type: string;
  };
}

function toTensorData(dict: Record<string, tf.Tensor>): Record<string, TensorData> {
  const out: Record<string, TensorData> = {};
  for (const [key, tensor] of Object.entries(dict)) {
    out[key] = { dtype: 'F32', shape: tensor.shape, data: Float32Array.from(tensor.dataSync()) };
  }
  return out;
}

const createdFolders: string[] = [];

/** Deletes every folder the writers below created (call from `afterAll`). */
export async function removeCheckpointFolders(): Promise<void> {
  await Promise.all(createdFolders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
}

async function folderWithConfig(config: object): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'deltahub-bert-'));
  createdFolders.push(folder);
  await writeFile(join(folder, 'config.json'), JSON.stringify(config));
  return folder;
}

/** Writes `config.json` and `model.safetensors` (holding `dict`) into a new temporary folder. */
export async function writeCheckpoint(config: object, dict: Record<string, tf.Tensor>): Promise<string> {
  const folder = await folderWithConfig(config);
  await writeSafetensorsFile(join(folder, 'model.safetensors'), toTensorData(dict), { format: 'pt' });
  return folder;
}

/** Writes `dict` as two shards plus `model.safetensors.index.json`, as `save_pretrained` shards. */
export async function writeShardedCheckpoint(
  config: object,
  dict: Record<string, tf.Tensor>,
): Promise<string> {
  const folder = await folderWithConfig(config);
  const keys = Object.keys(dict).sort();
  const half = Math.ceil(keys.length / 2);
  const weightMap: Record<string, string> = {};
  for (const [i, shardKeys] of [keys.slice(0, half), keys.slice(half)].entries()) {
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

/** `dict` restricted to `keys`. */
export function onlyKeys(
  dict: Record<string, tf.Tensor>,
  keys: readonly string[],
): Record<string, tf.Tensor> {
  const keep = new Set(keys);
  return Object.fromEntries(Object.entries(dict).filter(([key]) => keep.has(key)));
}

/** `dict` without `keys`. */
export function withoutKeys(
  dict: Record<string, tf.Tensor>,
  keys: readonly string[],
): Record<string, tf.Tensor> {
  const drop = new Set(keys);
  return Object.fromEntries(Object.entries(dict).filter(([key]) => !drop.has(key)));
}

/** One architecture's section of `module_names.txt`: layer-0 modules with types, and parameter names. */
export interface ModuleNamesSection {
  /** `name → transformers type` of layer 0's modules. */
  modules: Map<string, string>;
  /** Parameter names of layer 0 and of the non-layer part. */
  parameters: string[];
}

/** Parses the `### <arch> ...` sections of `module_names.txt`. */
export function readModuleNames(arch: string): ModuleNamesSection {
  const text = readFileSync(join(HF_TINY, 'module_names.txt'), 'utf8');
  const modules = new Map<string, string>();
  const parameters: string[] = [];
  let inArch = false;
  let mode: 'modules' | 'parameters' = 'modules';
  for (const line of text.split('\n')) {
    if (line.startsWith('### ')) {
      inArch = line.startsWith(`### ${arch} (`);
      mode = line.includes('non-layer parameters') ? 'parameters' : 'modules';
      continue;
    }
    if (!inArch || line.trim() === '') continue;
    if (line.startsWith('# named_modules')) mode = 'modules';
    else if (line.startsWith('# named_parameters')) mode = 'parameters';
    else if (line.startsWith('#')) continue;
    else {
      const [name, value] = line.split('\t') as [string, string];
      if (mode === 'modules') modules.set(name, value);
      else parameters.push(name);
    }
  }
  return { modules, parameters };
}
