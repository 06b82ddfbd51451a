import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { backboneStructure, DeltahubError, type DeltaModel, type Module } from '@deltahub/core';
import { DELTA_CONFIG_FILE, UNKNOWN_BACKBONE } from '@deltahub/core/checkpoint';
import { baseModelOf } from './checkpoint/base-model.js';
import { BackboneMismatchError, describeBackbone } from './checkpoint/errors.js';
import { fromCheckpointFolder, type FromFinetunedOptions } from './checkpoint/load.js';
import { resolveCheckpointFolder } from './checkpoint/source.js';
import { readSavedTokenizer } from './checkpoint/tokenizer.js';
import { PEFT_CONFIG_FILE, parsePeftConfig } from './peft/config.js';
import { PeftError } from './peft/errors.js';
import { fromPeft } from './peft/import.js';

/**
 * Reapplies a saved delta to a backbone (see `fromCheckpointFolder` for the checks and
 * errors). `pathOrRepo` is a folder or a hub id `owner/name[@revision]`; a folder or repo holding
 * a PEFT adapter (`adapter_config.json` + `adapter_model.safetensors`) and no `delta_config.json`,
 * such as one uploaded from Python, loads through `fromPeft`. PEFT records no fingerprints, so
 * its backbone is checked by what is recorded: an adapter that does not fit the backbone's modules
 * and shapes is a `BACKBONE_STRUCTURE_MISMATCH`, and a base model id other than the backbone's
 * (both known: see `baseModelOf`) a `BACKBONE_WEIGHTS_MISMATCH` unless `allowDifferentWeights` —
 * the errors a native delta gives. When the backbone has no hub id to compare, `onWarning` says
 * that only modules and shapes were checked.
 */
export async function fromFinetuned(pathOrRepo: string, options: FromFinetunedOptions): Promise<DeltaModel> {
  const backbone = options?.backboneModel;
  if (!backbone) throw new DeltahubError('DELTA_OPTIONS_INVALID', 'fromFinetuned needs { backboneModel }.');
  const folder = await resolveCheckpointFolder(pathOrRepo, {
    revision: options.revision,
    hubUrl: options.hubUrl,
    token: options.token,
    cacheDir: options.cacheDir,
  });
  if ((await exists(join(folder, DELTA_CONFIG_FILE))) || !(await exists(join(folder, PEFT_CONFIG_FILE)))) {
    return fromCheckpointFolder(folder, options);
  }
  const warn = options.onWarning ?? ((message: string) => console.warn(message));
  return fromPeftAdapter(folder, backbone, options.allowDifferentWeights ?? false, warn);
}

/**
 * `base_model_name_or_path` of an adapter config, or undefined; a config that does not read is
 * left to `fromPeft`, which refuses it with its typed error.
 */
async function peftBaseModelOf(configPath: string): Promise<string | undefined> {
  try {
    const config = parsePeftConfig(JSON.parse(await readFile(configPath, 'utf8')) as unknown, configPath);
    return config.baseModelNameOrPath || undefined;
  } catch {
    return undefined;
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** A PEFT adapter folder, with the backbone checks a native delta gets. */
async function fromPeftAdapter(
  folder: string,
  backbone: Module,
  allowDifferentWeights: boolean,
  warn: (message: string) => void,
): Promise<DeltaModel> {
  const base = await peftBaseModelOf(join(folder, PEFT_CONFIG_FILE));
  const expected = {
    architecture: UNKNOWN_BACKBONE,
    modelClass: UNKNOWN_BACKBONE,
    nameOrPath: base ?? UNKNOWN_BACKBONE,
    structureFingerprint: '',
    weightsFingerprint: '',
    totalParameters: 0,
  };
  const actual = backboneStructure(backbone);
  const adapter = `The PEFT adapter in ${folder}${base ? ` (base model '${base}')` : ''}`;
  let delta: DeltaModel;
  try {
    delta = await fromPeft(folder, { backboneModel: backbone });
  } catch (error) {
    if (!(error instanceof PeftError) || error.code !== 'PEFT_KEYS_MISMATCH') throw error;
    throw new BackboneMismatchError(
      'BACKBONE_STRUCTURE_MISMATCH',
      `${adapter} does not fit the backbone given, ${describeBackbone(actual)}: ${error.message}`,
      { expected, actual },
    );
  }
  const backboneId = baseModelOf(backbone)?.id;
  // PEFT repos often carry the tokenizer they were trained with: it comes along, as from a checkpoint.
  let tokenizer;
  try {
    tokenizer = await readSavedTokenizer(folder);
  } catch (error) {
    delta.detach();
    throw error;
  }
  if (base !== undefined && backboneId === undefined && !allowDifferentWeights) {
    warn(
      `deltahub: ${adapter} records no fingerprints, and the backbone given has no hub id to compare: only its modules and shapes were checked.`,
    );
  }
  if (!allowDifferentWeights && base !== undefined && backboneId !== undefined && base !== backboneId) {
    delta.detach();
    throw new BackboneMismatchError(
      'BACKBONE_WEIGHTS_MISMATCH',
      `${adapter} was trained on '${base}', but the backbone given is '${backboneId}'. Load that model, or pass allowDifferentWeights: true to apply the adapter anyway.`,
      { expected, actual },
    );
  }
  delta.tokenizer = tokenizer;
  return delta;
}
