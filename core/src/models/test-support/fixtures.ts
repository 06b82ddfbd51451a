/**
 * Test helpers over the Hugging Face reference fixtures besides `reference.json`: the fixtures'
 * inputs as model inputs, their configs, the real-size configs, and `module_names.txt`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { tf } from '../../runtime/tf.js';
import type { PretrainedConfig } from '../config.js';
import type { ModelInputs } from '../inputs.js';
import { HF_TINY, toTensor, type Reference } from './reference.js';

/** The reference inputs of an encoder fixture (`token_type_ids` when the fixture has them). */
export function referenceInputs(ref: Reference): ModelInputs {
  const inputs: ModelInputs = {
    inputIds: toTensor(ref.inputs['input_ids']!),
    attentionMask: toTensor(ref.inputs['attention_mask']!),
  };
  if (ref.inputs['token_type_ids']) inputs.tokenTypeIds = toTensor(ref.inputs['token_type_ids']);
  return inputs;
}

/** The reference inputs of an encoder-decoder fixture (the fixtures give `decoder_input_ids`). */
export function seq2seqReferenceInputs(ref: Reference): {
  inputIds: tf.Tensor;
  attentionMask: tf.Tensor;
  decoderInputIds: tf.Tensor;
} {
  return {
    inputIds: toTensor(ref.inputs['input_ids']!),
    attentionMask: toTensor(ref.inputs['attention_mask']!),
    decoderInputIds: toTensor(ref.inputs['decoder_input_ids']!),
  };
}

/** `test-fixtures/hf-tiny/<name>/config.json`. */
export function fixtureConfig(name: string): PretrainedConfig {
  return JSON.parse(readFileSync(join(HF_TINY, name, 'config.json'), 'utf8')) as PretrainedConfig;
}

/**
 * `test-fixtures/hf-tiny/real_configs/<name>.json`, a real-size config for parameter counts (a hub
 * name's `/` is `__` in the file name).
 */
export function realConfig(name: string): PretrainedConfig {
  const file = `${name.replace('/', '__')}.json`;
  return JSON.parse(readFileSync(join(HF_TINY, 'real_configs', file), 'utf8')) as PretrainedConfig;
}

/** transformers' counts for one class at real size (an entry of `param_counts.json`). */
export interface ParamCounts {
  parameters_unique: number;
  parameters_counting_every_alias: number;
  num_parameter_tensors_unique: number;
  state_dict_keys: number;
  persistent_buffers: Record<string, number[]>;
  tied_groups: string[][];
}

/** `param_counts.json`: real model name (`bert-base-uncased`, `facebook/bart-base`) → class name → counts. */
export function readParamCounts(): Record<string, Record<string, ParamCounts>> {
  const file = JSON.parse(readFileSync(join(HF_TINY, 'param_counts.json'), 'utf8')) as {
    models: Record<string, Record<string, ParamCounts>>;
  };
  return file.models;
}

/** One `### ...` section of `module_names.txt`: module names with type names, parameter names with shapes. */
export interface ModuleNamesSection {
  readonly modules: Array<[string, string]>;
  readonly parameters: Array<[string, number[]]>;
}

/** Every section of `module_names.txt` (transformers' names and types) by its title (the text after `### `). */
export function readModuleNames(): Map<string, ModuleNamesSection> {
  const sections = new Map<string, ModuleNamesSection>();
  let current: ModuleNamesSection | undefined;
  let part: 'modules' | 'parameters' = 'parameters';
  for (const line of readFileSync(`${HF_TINY}module_names.txt`, 'utf8').split('\n')) {
    if (line.startsWith('### ')) {
      current = { modules: [], parameters: [] };
      part = 'parameters';
      sections.set(line.slice(4).trim(), current);
    } else if (line.startsWith('# named_modules')) {
      part = 'modules';
    } else if (line.startsWith('# named_parameters')) {
      part = 'parameters';
    } else if (current && line.includes('\t')) {
      const [name, value] = line.split('\t') as [string, string];
      if (part === 'modules') current.modules.push([name, value]);
      else current.parameters.push([name, JSON.parse(value) as number[]]);
    }
  }
  return sections;
}

/** One architecture's sections of `module_names.txt` together: its layer modules and parameter names. */
export interface ArchModuleNames {
  /** `name → transformers type` of the listed layers' modules. */
  modules: Map<string, string>;
  /** Parameter names of the listed layers and of the non-layer part. */
  parameters: string[];
}

/** The `### <arch> (...` sections of `module_names.txt`, merged. */
export function readArchModuleNames(arch: string): ArchModuleNames {
  const modules = new Map<string, string>();
  const parameters: string[] = [];
  for (const [title, section] of readModuleNames()) {
    if (!title.startsWith(`${arch} (`)) continue;
    for (const [name, type] of section.modules) modules.set(name, type);
    for (const [name] of section.parameters) parameters.push(name);
  }
  return { modules, parameters };
}
