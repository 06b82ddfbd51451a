import {
  hubModelIdOrUndefined,
  parsePeftKey,
  type DeltaType,
  type ModifiedModules,
} from '@deltahub/core/checkpoint';
import { parseSafetensorsHeader } from '@deltahub/core/safetensors';
import { badRequest } from '../errors.js';
import type { BlobStore } from '../storage/blob-store.js';
import type { StoredFile } from './inspect.js';

/** PEFT's adapter config file. */
export const PEFT_CONFIG_FILE = 'adapter_config.json';
/** PEFT's adapter weights file. */
export const PEFT_WEIGHTS_FILE = 'adapter_model.safetensors';

/** deltahub's method for each PEFT method it loads; other PEFT methods index without a type. */
const DELTA_TYPE_OF_PEFT: Readonly<Record<string, DeltaType>> = {
  LORA: 'lora',
  IA3: 'ia3',
  PROMPT_TUNING: 'soft_prompt',
  PREFIX_TUNING: 'prefix',
};

/**
 * Headers of adapter weights read to list their modules and count their parameters: a LoRA of a
 * 7B model has a header of tens of KiB. A larger one (already validated by the push) is indexed
 * from its config alone.
 */
const MAX_ADAPTER_HEADER_BYTES = 1024 * 1024;

/** What the index records of a PEFT adapter (`adapter_config.json` + `adapter_model.safetensors`). */
export interface PeftAdapterSummary {
  /** `adapter_config.json` as uploaded (a JSON object with a `peft_type`). */
  config: Record<string, unknown>;
  /** deltahub's name of the method (`LORA` → `lora`...); null for PEFT methods deltahub does not load. */
  deltaType: DeltaType | null;
  /** `base_model_name_or_path` when it is a hub id (a local path is not recorded). */
  baseModel: string | undefined;
  /** `target_modules` as given, and the modules the weights file holds tensors for. */
  modifiedModules: ModifiedModules;
  /** Scalars in the weights file; null without one (or with a header too large to read here). */
  trainableParameters: number | null;
}

/**
 * Reads and checks a PEFT adapter's config (a JSON object whose `peft_type` is a string; the
 * fields the index uses must have PEFT's types, or the push is refused with 400
 * `invalid_peft_config` naming the field) and, when present, its weights file's header, for the
 * modules and parameter count. The weights file has been validated as safetensors by then.
 */
export async function readPeftAdapter(
  store: BlobStore,
  configFile: StoredFile,
  weightsFile: StoredFile | undefined,
  readConfigText: (file: StoredFile) => Promise<string>,
): Promise<PeftAdapterSummary> {
  const config = checkPeftConfig(await readConfigText(configFile));
  const peftType = config['peft_type'] as string;
  const targets = config['target_modules'];
  const weights = weightsFile ? await readAdapterHeader(store, weightsFile) : undefined;
  return {
    config,
    deltaType: DELTA_TYPE_OF_PEFT[peftType] ?? null,
    baseModel: hubModelIdOrUndefined(config['base_model_name_or_path']),
    modifiedModules: {
      given: typeof targets === 'string' ? [targets] : Array.isArray(targets) ? (targets as string[]) : [],
      resolved: weights?.modules ?? [],
    },
    trainableParameters: weights?.parameters ?? null,
  };
}

function invalid(message: string): never {
  throw badRequest('invalid_peft_config', `${PEFT_CONFIG_FILE}: ${message}`);
}

/** The config as a JSON object, with the types of the fields the index reads checked. */
function checkPeftConfig(text: string): Record<string, unknown> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    invalid(`not valid JSON: ${(err as Error).message}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) invalid('must be a JSON object');
  const config = json as Record<string, unknown>;
  const peftType = config['peft_type'];
  if (typeof peftType !== 'string' || peftType === '') invalid('$.peft_type must be a non-empty string');
  const base = config['base_model_name_or_path'];
  if (base !== undefined && base !== null && typeof base !== 'string')
    invalid('$.base_model_name_or_path must be a string or null');
  const targets = config['target_modules'];
  const stringList = Array.isArray(targets) && targets.every((t) => typeof t === 'string');
  if (targets !== undefined && targets !== null && typeof targets !== 'string' && !stringList)
    invalid('$.target_modules must be a list of module names, a regular expression, or null');
  const r = config['r'];
  if (r !== undefined && (typeof r !== 'number' || !Number.isSafeInteger(r) || r < 1))
    invalid('$.r must be a positive integer');
  return config;
}

/** The modules a weights file holds LoRA or IA3 tensors for (sorted), and its scalar count. */
async function readAdapterHeader(
  store: BlobStore,
  file: StoredFile,
): Promise<{ modules: string[]; parameters: number } | undefined> {
  if (file.size < 8) return undefined;
  const length = (await store.read(file, { start: 0, end: 7 })).readBigUInt64LE(0);
  if (length > BigInt(MAX_ADAPTER_HEADER_BYTES)) return undefined;
  const prefix = await store.read(file, { start: 0, end: Math.min(file.size, 8 + Number(length)) - 1 });
  const header = parseSafetensorsHeader(prefix, file.size);
  const modules = new Set<string>();
  let parameters = 0;
  for (const [name, tensor] of header.tensors) {
    parameters += tensor.shape.reduce((n, d) => n * d, 1);
    const key = parsePeftKey(name);
    if (key?.kind === 'lora_A' || key?.kind === 'ia3_l') modules.add(key.module);
  }
  return { modules: [...modules].sort(), parameters };
}
