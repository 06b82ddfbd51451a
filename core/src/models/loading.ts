import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DeltahubError } from '../errors.js';
import { withEmptyWeights, withoutRandomInit } from '../nn/init.js';
import { describeLoadProblems, type ShapeMismatch } from '../nn/module.js';
import { ensureBackend } from '../runtime/backend.js';
import { openSafetensorsFile, type SafetensorsFileReader } from '../safetensors/index.js';
import { copyCheckpointTensor } from './checkpoint-copy.js';
import type { PretrainedConfig } from './config.js';
import type { LoadReport } from './load-report.js';
import type { PreTrainedModel } from './pretrained-model.js';
import type { PretrainedModelClass } from './registry.js';

/** Options of `fromPretrained`. */
export interface FromPretrainedOptions {
  /** Replaces or extends keys of `config.json` (e.g. `{ num_labels: 3 }`). */
  configOverrides?: Partial<PretrainedConfig>;
  /** Called with a human-readable warning (missing or unexpected keys); defaults to `console.warn`. */
  onWarning?: (message: string) => void;
}

/** Reads and parses `<folder>/config.json`, with errors that say which file is wrong. */
export async function readPretrainedConfig(folder: string): Promise<PretrainedConfig> {
  const path = join(folder, 'config.json');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new DeltahubError(
      'MODEL_NOT_FOUND',
      `No config.json in '${folder}': fromPretrained expects a folder with config.json and model.safetensors.`,
      { cause },
    );
  }
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (cause) {
    throw new DeltahubError('CONFIG_INVALID', `${path} is not valid JSON: ${(cause as Error).message}`, {
      cause,
    });
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new DeltahubError('CONFIG_INVALID', `${path} must hold a JSON object.`);
  }
  if (typeof (config as PretrainedConfig).model_type !== 'string') {
    throw new DeltahubError('CONFIG_INVALID', `${path} has no string 'model_type'.`);
  }
  return config as PretrainedConfig;
}

/** `<folder>/generation_config.json` when present (a JSON object), else undefined. */
export async function readGenerationConfig(folder: string): Promise<Record<string, unknown> | undefined> {
  const path = join(folder, 'generation_config.json');
  if (!(await exists(path))) return undefined;
  let config: unknown;
  try {
    config = JSON.parse(await readFile(path, 'utf8'));
  } catch (cause) {
    throw new DeltahubError('CONFIG_INVALID', `${path} is not valid JSON.`, { cause });
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new DeltahubError('CONFIG_INVALID', `${path} must hold a JSON object.`);
  }
  return config as Record<string, unknown>;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** The safetensors files of a checkpoint folder: one `model.safetensors` or the shards of an index. */
export async function checkpointFiles(folder: string): Promise<string[]> {
  const single = join(folder, 'model.safetensors');
  if (await exists(single)) return [single];
  const indexPath = join(folder, 'model.safetensors.index.json');
  if (await exists(indexPath)) {
    let index: { weight_map?: Record<string, unknown> };
    try {
      index = JSON.parse(await readFile(indexPath, 'utf8')) as typeof index;
    } catch (cause) {
      throw new DeltahubError('CHECKPOINT_INVALID', `${indexPath} is not valid JSON.`, { cause });
    }
    if (!index.weight_map || typeof index.weight_map !== 'object') {
      throw new DeltahubError('CHECKPOINT_INVALID', `${indexPath} has no 'weight_map' object.`);
    }
    const shards = new Set<string>();
    for (const [key, file] of Object.entries(index.weight_map)) {
      // Shard names come from a downloaded file: only plain file names inside the folder are allowed.
      if (typeof file !== 'string' || basename(file) !== file || !file.endsWith('.safetensors')) {
        throw new DeltahubError(
          'CHECKPOINT_INVALID',
          `${indexPath}: weight_map['${key}'] is not a shard file name.`,
        );
      }
      shards.add(file);
    }
    return [...shards].sort().map((file) => join(folder, file));
  }
  const hasPickle = await exists(join(folder, 'pytorch_model.bin'));
  throw new DeltahubError(
    'CHECKPOINT_NOT_FOUND',
    hasPickle
      ? `'${folder}' holds only pytorch_model.bin; deltahub reads safetensors only (convert with transformers' save_pretrained(safe_serialization=True)).`
      : `No model.safetensors or model.safetensors.index.json in '${folder}'.`,
  );
}

/**
 * Renames checkpoint keys the way transformers does when a head model loads a base-model checkpoint
 * (prefix added) or a base model loads a head-model checkpoint (prefix removed, head keys dropped).
 */
export function alignPrefix(
  checkpointKeys: string[],
  modelKeys: string[],
  prefix: string,
): { rename: (key: string) => string | undefined; adjustment: LoadReport['prefixAdjustment'] } {
  if (!prefix) return { rename: (k) => k, adjustment: 'none' };
  const withDot = `${prefix}.`;
  const checkpointHasPrefix = checkpointKeys.some((k) => k.startsWith(withDot));
  const modelHasPrefix = modelKeys.some((k) => k.startsWith(withDot));
  if (modelHasPrefix && !checkpointHasPrefix) {
    const modelKeySet = new Set(modelKeys);
    return { rename: (k) => (modelKeySet.has(k) ? k : withDot + k), adjustment: 'added' };
  }
  if (!modelHasPrefix && checkpointHasPrefix) {
    return { rename: (k) => (k.startsWith(withDot) ? k.slice(withDot.length) : k), adjustment: 'removed' };
  }
  return { rename: (k) => k, adjustment: 'none' };
}

/**
 * Turns a name that is not a local folder (a hub id such as `user/bert`) into a local folder, or
 * returns undefined when it does not handle the name. Core has no network: the `deltahub` package
 * installs a resolver that downloads from a hub into its cache.
 */
export type PretrainedSourceResolver = (
  nameOrPath: string,
  options: FromPretrainedOptions,
) => Promise<string | undefined>;

let sourceResolver: PretrainedSourceResolver | undefined;

/** Installs (or, with undefined, removes) the resolver of names that are not local folders. */
export function setPretrainedSourceResolver(resolver: PretrainedSourceResolver | undefined): void {
  sourceResolver = resolver;
}

/**
 * The folder `fromPretrained` loads: `nameOrPath` itself when it exists or no resolver is
 * installed (local paths behave exactly as without one), else what the resolver makes of it.
 */
export async function resolvePretrainedFolder(
  nameOrPath: string,
  options: FromPretrainedOptions = {},
): Promise<string> {
  if (!sourceResolver || (await exists(nameOrPath))) return nameOrPath;
  return (await sourceResolver(nameOrPath, options)) ?? nameOrPath;
}

/**
 * Builds `modelClass` from a folder holding `config.json` and safetensors weights (or a name the
 * installed resolver turns into one, see {@link setPretrainedSourceResolver}).
 */
export async function loadPretrained<T extends PreTrainedModel>(
  modelClass: PretrainedModelClass<T>,
  folder: string,
  options: FromPretrainedOptions = {},
): Promise<T> {
  await ensureBackend();
  const dir = await resolvePretrainedFolder(folder, options);
  const model = await loadPretrainedWithConfig(
    modelClass,
    dir,
    await readMergedConfig(dir, options),
    options,
  );
  // A hub id, not the cache folder it was downloaded to.
  model.nameOrPath = folder;
  model.hubId = hubIdOf(folder, dir);
  return model;
}

/** The hub id of a name a resolver turned into another folder (`owner/name@rev` → `owner/name`). */
export function hubIdOf(nameOrPath: string, resolvedFolder: string): string | undefined {
  return resolvedFolder === nameOrPath ? undefined : nameOrPath.replace(/@.*$/, '');
}

/** `<folder>/config.json` with the caller's `configOverrides` applied. */
export async function readMergedConfig(
  folder: string,
  options: FromPretrainedOptions = {},
): Promise<PretrainedConfig> {
  return { ...(await readPretrainedConfig(folder)), ...options.configOverrides } as PretrainedConfig;
}

/**
 * {@link loadPretrained} for a config already read (the Auto classes read it to pick the class),
 * so `config.json` is read once per load.
 */
export async function loadPretrainedWithConfig<T extends PreTrainedModel>(
  modelClass: PretrainedModelClass<T>,
  folder: string,
  config: PretrainedConfig,
  options: FromPretrainedOptions = {},
): Promise<T> {
  if (config.model_type !== modelClass.modelType) {
    throw new DeltahubError(
      'ARCHITECTURE_MISMATCH',
      `${modelClass.name} expects model_type '${modelClass.modelType}' but ${join(folder, 'config.json')} says '${config.model_type}'.`,
    );
  }
  const files = await checkpointFiles(folder);
  const model = withoutRandomInit(() => new modelClass(config));
  try {
    const report = await loadCheckpointInto(model, files);
    model.nameOrPath = folder;
    model.loadReport = report;
    model.generationConfig = await readGenerationConfig(folder);
    const warn = options.onWarning ?? ((message: string) => console.warn(message));
    if (report.missingKeys.length) {
      warn(`${modelClass.name}: newly initialised (not in the checkpoint): ${report.missingKeys.join(', ')}`);
    }
    if (report.unexpectedKeys.length) {
      warn(`${modelClass.name}: checkpoint keys not used: ${report.unexpectedKeys.join(', ')}`);
    }
    return model.eval();
  } catch (error) {
    model.dispose();
    throw error;
  }
}

/**
 * Loads the checkpoint `files` into `model` tensor by tensor: the headers are read and checked
 * against the model (prefixes, ignored keys, shapes) before any data, then each tensor is streamed
 * into its parameter (see {@link copyCheckpointTensor}), so a checkpoint is never held in memory.
 */
async function loadCheckpointInto(model: PreTrainedModel, files: string[]): Promise<LoadReport> {
  const readers: SafetensorsFileReader[] = [];
  try {
    for (const file of files) readers.push(await openSafetensorsFile(file));
    // A key in several shards: the last file wins, as it did when the shards were merged in memory.
    const sources = new Map<string, SafetensorsFileReader>();
    for (const reader of readers) for (const name of reader.names()) sources.set(name, reader);
    const targets = model.stateDict();
    const { rename, adjustment } = alignPrefix(
      [...sources.keys()],
      Object.keys(targets),
      model.baseModelPrefix,
    );
    const ignored = model.ignoredCheckpointKeys();
    const toLoad = new Map<string, { reader: SafetensorsFileReader; name: string }>();
    const unexpectedKeys: string[] = [];
    const mismatchedKeys: ShapeMismatch[] = [];
    for (const [name, reader] of sources) {
      const key = rename(name);
      if (key === undefined || ignored.some((pattern) => pattern.test(key))) continue;
      const target = targets[key];
      if (!target) {
        unexpectedKeys.push(key);
        continue;
      }
      const shape = reader.entry(name).shape;
      if (shape.join() !== target.shape.join())
        mismatchedKeys.push({ key, expected: target.shape, actual: shape });
      else toLoad.set(key, { reader, name });
    }
    if (mismatchedKeys.length) {
      throw new DeltahubError(
        'CHECKPOINT_SHAPE_MISMATCH',
        describeLoadProblems({ missingKeys: [], unexpectedKeys: [], mismatchedKeys }),
      );
    }
    const tied = new Set(model.tiedKeys());
    const ignoredMissing = model.keysToIgnoreOnLoadMissing();
    const missingKeys = Object.keys(targets).filter(
      (k) => !toLoad.has(k) && !tied.has(k) && !ignoredMissing.some((p) => p.test(k)),
    );
    // Like transformers: weights the checkpoint lacks (a new classifier head) get a real random init.
    if (missingKeys.length) model.initWeights();
    for (const [key, { reader, name }] of toLoad) {
      await copyCheckpointTensor(model, key, targets[key]!, reader, name);
    }
    return { missingKeys, unexpectedKeys, prefixAdjustment: adjustment, files };
  } finally {
    await Promise.all(readers.map((reader) => reader.close()));
  }
}

/** Options of `fromConfig`. */
export interface FromConfigOptions {
  /**
   * Build shape-only parameters (see `withEmptyWeights`) instead of initialised ones: for counting
   * parameters or inspecting the structure of a model too large to allocate (Mistral-7B's 29 GB of
   * float32). Such a model refuses to run (`MODEL_EMPTY_WEIGHTS`); load weights into a real one.
   */
  emptyWeights?: boolean;
}

/** Builds a randomly initialised `modelClass` the way transformers does for `Model(config)`. */
export function buildFromConfig<T extends PreTrainedModel>(
  modelClass: PretrainedModelClass<T>,
  config: PretrainedConfig,
  options: FromConfigOptions = {},
): T {
  if (config.model_type !== modelClass.modelType) {
    throw new DeltahubError(
      'ARCHITECTURE_MISMATCH',
      `${modelClass.name} expects model_type '${modelClass.modelType}', got '${config.model_type}'.`,
    );
  }
  if (options.emptyWeights) {
    const model = withEmptyWeights(() => new modelClass(config));
    model.hasEmptyWeights = true;
    return model;
  }
  const model = withoutRandomInit(() => new modelClass(config));
  model.initWeights();
  return model;
}
