import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DELTAS_KEYWORD,
  DeltahubError,
  IA3Model,
  LoraModel,
  PrefixModel,
  SoftPromptModel,
  parsePeftKey,
  type DeltaModel,
  type Module,
} from '@deltahub/core';
import { SafetensorsError, loadSafetensorsFile, type TensorData } from '@deltahub/core/safetensors';
import { DeltaCheckpointError, DeltaWeightsMismatchError } from '../checkpoint/errors.js';
import { resolveCheckpointFolder } from '../checkpoint/source.js';
import { applyDeltaTensors, planDeltaTensors } from '../checkpoint/tensors.js';
import { PEFT_CONFIG_FILE, PEFT_WEIGHTS_FILE, parsePeftConfig, type PeftConfig } from './config.js';
import { PeftError } from './errors.js';
import { adapterModules, peftToDeltahub, prefixLayers } from './keys.js';
import { setPeftOrigin } from './origin.js';
import { modifiedModulesFor, modulePathTranslator } from './placement.js';
import { T5_DECODER_SELF_ATTENTION, checkSubmodules } from './seq2seq.js';

/** Options of {@link fromPeft}. */
export interface FromPeftOptions {
  /** The backbone the adapter was trained on (the same class, or its base model or a head on it). */
  backboneModel: Module;
  /** Hub ids: branch, tag or revision id (default `main`, or the `@revision` of the id). */
  revision?: string;
  /** Hub ids: the hub (default `DELTAHUB_URL`, then the `deltahub login` file). */
  hubUrl?: string;
  /** Hub ids: the access token (default `DELTAHUB_TOKEN`, then the `deltahub login` file). */
  token?: string;
  /** Hub ids: the cache folder (default `DELTAHUB_CACHE` or `~/.cache/deltahub`). */
  cacheDir?: string;
}

/**
 * Loads an adapter written by Hugging Face PEFT (`adapter_config.json` + `adapter_model.safetensors`)
 * onto a backbone and returns the deltahub delta: a `LoraModel` (LoRA, rsLoRA, DoRA, rank/alpha
 * patterns, `bias` modes, GPT-2's Conv1D), an `IA3Model`, a `SoftPromptModel` (prompt tuning) or a
 * `PrefixModel` (prefix tuning). `modules_to_save` tensors (a classifier head) and saved biases are
 * loaded into the backbone and listed in the delta's `unfrozenModules`, so `saveFinetuned` keeps them.
 *
 * The placement comes from the config and is checked against the file: the modules carrying tensors
 * must be exactly the modules the config targets on this backbone, and every tensor must fit, or
 * nothing is loaded (`PEFT_KEYS_MISMATCH` lists what differs; PEFT itself only warns). Paths of an
 * adapter made on a head class (`bert.encoder...`) load into the base model and the other way round.
 *
 * Prefix tuning: transformers numbers real tokens after PEFT's prefixes (position ids start at
 * `num_virtual_tokens`), deltahub does not shift them; pass `positionIds` starting at
 * `num_virtual_tokens` to reproduce PEFT's outputs exactly.
 *
 * `folderOrRepo` is a folder, or a hub id `owner/name[@revision]` fetched through the local cache
 * (as `fromFinetuned` does). The backbone is put in eval mode. Errors: {@link PeftError} codes
 * `PEFT_NOT_FOUND`, `PEFT_BAD_CONFIG`, `PEFT_UNSUPPORTED_METHOD`, `PEFT_UNSUPPORTED_OPTION`,
 * `PEFT_WEIGHTS_INVALID`, `PEFT_KEYS_MISMATCH`, the hub's `HUB_*` codes, and the method's option
 * errors; on any of them the backbone is left as it was.
 */
export async function fromPeft(folderOrRepo: string, options: FromPeftOptions): Promise<DeltaModel> {
  const backbone = options?.backboneModel;
  if (!backbone) throw new DeltahubError('DELTA_OPTIONS_INVALID', 'fromPeft needs { backboneModel }.');
  const folder = await resolvePeftFolder(folderOrRepo, options);
  const configPath = join(folder, PEFT_CONFIG_FILE);
  const config = parsePeftConfig(parseJson(await readPeftFile(configPath, 'utf8'), configPath), configPath);
  const weightsPath = join(folder, PEFT_WEIGHTS_FILE);
  const tensors = await readPeftTensors(weightsPath);

  const translate = modulePathTranslator(backbone, [...tensors.keys()].flatMap(pathOf));
  const delta = buildOrExplain(
    () => buildDelta(config, backbone, tensors, translate, weightsPath),
    backbone,
    configPath,
  );
  try {
    checkPlacement(delta, config, tensors, translate, weightsPath);
    const mapped = peftToDeltahub(delta, tensors, translate, weightsPath, seq2seqLayout(config, delta));
    let plan;
    try {
      plan = planDeltaTensors(delta, mapped.tensors, delta.unfrozenModules, weightsPath);
    } catch (error) {
      if (!(error instanceof DeltaWeightsMismatchError)) throw error;
      throw keysMismatch(error, mapped.sources, config, weightsPath);
    }
    applyDeltaTensors(plan);
  } catch (error) {
    delta.detach();
    throw error;
  }
  setPeftOrigin(delta, config);
  backbone.eval();
  return delta;
}

/** Builds the delta; a target pattern that selects nothing is this backbone not fitting the config. */
function buildOrExplain(build: () => DeltaModel, backbone: Module, path: string): DeltaModel {
  try {
    return build();
  } catch (error) {
    if (error instanceof DeltahubError && error.code === 'MODULE_PATTERN_UNMATCHED') {
      throw new PeftError(
        'PEFT_KEYS_MISMATCH',
        `${path}: $.target_modules does not fit this backbone (${backbone.constructor.name}): ${error.message}`,
        { path, cause: error },
      );
    }
    throw error;
  }
}

/** A folder as it is, or a hub id through the cache (`fromFinetuned`'s resolution). */
async function resolvePeftFolder(folderOrRepo: string, options: FromPeftOptions): Promise<string> {
  try {
    return await resolveCheckpointFolder(folderOrRepo, {
      revision: options.revision,
      hubUrl: options.hubUrl,
      token: options.token,
      cacheDir: options.cacheDir,
    });
  } catch (error) {
    if (error instanceof DeltaCheckpointError && error.code === 'DELTA_CHECKPOINT_NOT_FOUND') {
      throw new PeftError(
        'PEFT_NOT_FOUND',
        `No PEFT adapter folder at ${error.path ?? folderOrRepo} (nor a hub id).`,
        { path: error.path, cause: error },
      );
    }
    throw error;
  }
}

async function readPeftFile(path: string, encoding: 'utf8'): Promise<string> {
  return readFile(path, encoding).catch((error: NodeJS.ErrnoException) => {
    throw new PeftError('PEFT_NOT_FOUND', `${path} is missing: not a PEFT adapter folder.`, {
      path,
      cause: error,
    });
  });
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new PeftError('PEFT_BAD_CONFIG', `${path} is not valid JSON: ${(error as Error).message}`, {
      path,
    });
  }
}

async function readPeftTensors(path: string): Promise<Map<string, TensorData>> {
  try {
    return (await loadSafetensorsFile(path)).tensors;
  } catch (error) {
    if (error instanceof SafetensorsError) {
      throw new PeftError(
        'PEFT_WEIGHTS_INVALID',
        `${path} is not a valid safetensors file (${error.code}): ${error.message}`,
        { path, cause: error },
      );
    }
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new PeftError(
        'PEFT_NOT_FOUND',
        `${path} is missing (adapters saved as adapter_model.bin must be re-saved with safe_serialization=True).`,
        { path, cause: error },
      );
    }
    throw error;
  }
}

/** The backbone path a PEFT key names: its module (delta tensors) or parameter (carried ones). */
function pathOf(key: string): string[] {
  const parsed = parsePeftKey(key);
  if (parsed === undefined || parsed.kind === 'prompt_embeddings') return [];
  return [parsed.kind === 'parameter' ? parsed.name : parsed.module];
}

/** The backbone parameters (other than the delta's) the config saves: bias modes, `modules_to_save`. */
function carriedModules(config: PeftConfig, loraTargets: () => readonly string[]): string[] {
  const carried = [...(config.modulesToSave ?? [])];
  if (config.peftType === 'LORA' && config.bias === 'all') carried.push('bias');
  if (config.peftType === 'LORA' && config.bias === 'lora_only')
    carried.push(...loraTargets().map((m) => `${m}.bias`));
  return carried;
}

/** The deltahub delta a config describes, attached to the backbone. */
function buildDelta(
  config: PeftConfig,
  backbone: Module,
  tensors: ReadonlyMap<string, TensorData>,
  translate: (path: string) => string,
  path: string,
): DeltaModel {
  const unfrozenModules = [
    DELTAS_KEYWORD,
    ...carriedModules(config, () => adapterModules(tensors.keys(), 'lora_A', translate)),
  ];
  switch (config.peftType) {
    case 'LORA': {
      const modifiedModules = modifiedModulesFor(backbone, config.targetModules, config.layersToTransform);
      return new LoraModel({
        backboneModel: backbone,
        ...(modifiedModules ? { modifiedModules } : {}),
        unfrozenModules,
        loraR: config.r,
        loraAlpha: config.loraAlpha,
        loraDropout: config.loraDropout,
        useRslora: config.useRslora,
        useDora: config.useDora,
        rankPattern: config.rankPattern,
        alphaPattern: config.alphaPattern,
      });
    }
    case 'IA3': {
      const modifiedModules = modifiedModulesFor(backbone, config.targetModules);
      const feedforward = config.feedforwardModules;
      return new IA3Model({
        backboneModel: backbone,
        ...(modifiedModules ? { modifiedModules } : {}),
        ...(feedforward === null
          ? {}
          : {
              feedforwardModules: typeof feedforward === 'string' ? [`[r]${feedforward}`] : [...feedforward],
            }),
        unfrozenModules,
      });
    }
    case 'PROMPT_TUNING':
      checkSubmodules(config, backbone, path);
      return new SoftPromptModel({
        backboneModel: backbone,
        softTokenNum: config.numVirtualTokens,
        unfrozenModules,
      });
    case 'PREFIX_TUNING': {
      checkSubmodules(config, backbone, path);
      // Encoder-decoder (T5): the prefixes are the decoder's past_key_values.
      const seq2seq = config.numTransformerSubmodules === 2;
      const delta = new PrefixModel({
        backboneModel: backbone,
        prefixTokenNum: config.numVirtualTokens,
        reparameterize: false,
        unfrozenModules,
        ...(seq2seq ? { modifiedModules: [T5_DECODER_SELF_ATTENTION], t5PositionBias: 'shared' as const } : {}),
      });
      const layers = prefixLayers(delta).length;
      if (config.numLayers !== null && config.numLayers !== layers) {
        delta.detach();
        throw new PeftError(
          'PEFT_KEYS_MISMATCH',
          `${path}: the adapter has num_layers ${config.numLayers}, but this backbone has ${layers} self-attention layers.`,
          { path },
        );
      }
      return delta;
    }
  }
}

/** PEFT's encoder-decoder table layout (`num_transformer_submodules` 2) of a prompt or prefix config. */
function seq2seqLayout(
  config: PeftConfig,
  delta: DeltaModel,
): { numVirtualTokens: number; numLayers: number } | undefined {
  if (config.peftType !== 'PROMPT_TUNING' && config.peftType !== 'PREFIX_TUNING') return undefined;
  if (config.numTransformerSubmodules !== 2) return undefined;
  const numLayers =
    config.peftType === 'PREFIX_TUNING' && config.numLayers !== null
      ? config.numLayers
      : delta instanceof PrefixModel
        ? delta.prefixLayers.length
        : 0;
  return { numVirtualTokens: config.numVirtualTokens, numLayers };
}

/** LoRA and IA3: the modules carrying tensors must be exactly the modules the config targets. */
function checkPlacement(
  delta: DeltaModel,
  config: PeftConfig,
  tensors: ReadonlyMap<string, TensorData>,
  translate: (path: string) => string,
  path: string,
): void {
  if (config.peftType !== 'LORA' && config.peftType !== 'IA3') return;
  const inFile = adapterModules(tensors.keys(), config.peftType === 'LORA' ? 'lora_A' : 'ia3_l', translate);
  const targeted = [...delta.resolvedModules].sort();
  const known = new Set([...delta.backboneModel.namedModules()].map(([name]) => name));
  const absent = inFile.filter((m) => !known.has(m));
  const untargeted = inFile.filter((m) => known.has(m) && !targeted.includes(m));
  const empty = targeted.filter((m) => !inFile.includes(m));
  if (!absent.length && !untargeted.length && !empty.length) return;
  const list = (names: string[]): string =>
    names.slice(0, 5).join(', ') + (names.length > 5 ? `, … (${names.length} in all)` : '');
  const parts: string[] = [];
  if (absent.length) parts.push(`modules the backbone lacks: ${list(absent)} (another model class?)`);
  if (untargeted.length) parts.push(`modules target_modules does not select: ${list(untargeted)}`);
  if (empty.length) parts.push(`targeted modules without tensors: ${list(empty)}`);
  throw new PeftError(
    'PEFT_KEYS_MISMATCH',
    `${path} does not fit this backbone with its config: ${parts.join('; ')}.`,
    { path },
  );
}

/** A deltahub weights mismatch, retold with the file's PEFT keys. */
function keysMismatch(
  error: DeltaWeightsMismatchError,
  sources: ReadonlyMap<string, string>,
  config: PeftConfig,
  path: string,
): PeftError {
  const peft = (name: string): string => sources.get(name) ?? name;
  const parts: string[] = [];
  if (error.missingKeys.length) parts.push(`missing tensors for ${error.missingKeys.slice(0, 5).join(', ')}`);
  if (error.unexpectedKeys.length) {
    parts.push(
      `tensors neither the ${config.peftType} delta nor bias / modules_to_save explain: ${error.unexpectedKeys
        .slice(0, 5)
        .map(peft)
        .join(', ')}`,
    );
  }
  if (error.mismatchedKeys.length) {
    parts.push(
      `wrong shapes or dtypes: ${error.mismatchedKeys
        .slice(0, 5)
        .map((m) => `${peft(m.key)} is ${m.actual}, config and backbone need ${m.expected}`)
        .join('; ')}`,
    );
  }
  return new PeftError('PEFT_KEYS_MISMATCH', `${path} does not fit this backbone: ${parts.join('; ')}.`, {
    path,
    cause: error,
  });
}
