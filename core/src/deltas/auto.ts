import { DeltahubError } from '../errors.js';
import type { Module } from '../nn/module.js';
import type { DeltaModel, DeltaType } from './base/delta-model.js';
import './methods.js';
import { resolveDeltaMethod, type DeltaMethodOptions } from './registry.js';

/** What rebuilds a delta: its method, placement and hyperparameters (camelCase). */
export interface DeltaMethodConfig {
  deltaType: DeltaType;
  /** Module-name patterns; absent means the method's default placement. */
  modifiedModules?: string[];
  excludeModules?: string[];
  unfrozenModules?: string[];
  /** The method's options: `loraR`, `bottleneckDim`, ... */
  hyperparameters: Record<string, unknown>;
}

// Keys of an OpenDelta config.json that describe the run, not the method.
const OPENDELTA_METADATA = new Set([
  'backbone_checkpoint_name',
  'backbone_class',
  'backbone_hash',
  'common_structure',
  'opendelta_version',
  'transformers_version',
]);

const camel = (key: string): string => key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

function stringList(value: unknown, where: string): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new DeltahubError('DELTA_CONFIG_INVALID', `${where} must be a list of strings.`);
  }
  return value as string[];
}

/**
 * The patterns of `modifiedModules`: a list, or `delta_config.json`'s `{ given, resolved }` (the
 * shape `toDeltaConfig` returns), whose `given` patterns rebuild the placement.
 */
function placementPatterns(value: unknown): string[] | undefined {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const given = stringList((value as { given?: unknown }).given, 'modifiedModules.given');
    if (!given)
      throw new DeltahubError('DELTA_CONFIG_INVALID', 'modifiedModules.given must be a list of strings.');
    return given;
  }
  return stringList(value, 'modifiedModules');
}

/**
 * Reads delta configs: deltahub's own (`{ deltaType, modifiedModules, hyperparameters }`) or the flat
 * `config.json` OpenDelta writes (`{ delta_type, lora_r, modified_modules, ... }`). OpenDelta's
 * common-structure names (`attn@.q@`) have no meaning outside OpenDelta; a config made of them means
 * "the default placement", which deltahub resolves to real module names.
 */
export const AutoDeltaConfig = {
  fromDict(json: unknown): DeltaMethodConfig {
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      throw new DeltahubError('DELTA_CONFIG_INVALID', 'A delta config must be a JSON object.');
    }
    const raw = json as Record<string, unknown>;
    const { deltaType } = resolveDeltaMethod(raw['deltaType'] ?? raw['delta_type']);
    let modifiedModules = placementPatterns(raw['modifiedModules'] ?? raw['modified_modules']);
    if (modifiedModules?.some((m) => m.includes('@'))) modifiedModules = undefined;
    const config: DeltaMethodConfig = {
      deltaType,
      hyperparameters: {},
    };
    if (modifiedModules) config.modifiedModules = modifiedModules;
    const exclude = stringList(raw['excludeModules'] ?? raw['exclude_modules'], 'excludeModules');
    if (exclude) config.excludeModules = exclude;
    const unfrozen = stringList(raw['unfrozenModules'] ?? raw['unfrozen_modules'], 'unfrozenModules');
    if (unfrozen) config.unfrozenModules = unfrozen;
    if (raw['hyperparameters'] !== undefined) {
      if (typeof raw['hyperparameters'] !== 'object' || raw['hyperparameters'] === null) {
        throw new DeltahubError('DELTA_CONFIG_INVALID', 'hyperparameters must be an object.');
      }
      config.hyperparameters = { ...(raw['hyperparameters'] as Record<string, unknown>) };
    } else {
      const skip = new Set([
        'deltaType',
        'delta_type',
        'modifiedModules',
        'modified_modules',
        'excludeModules',
        'exclude_modules',
        'unfrozenModules',
        'unfrozen_modules',
      ]);
      for (const [key, value] of Object.entries(raw)) {
        if (!skip.has(key) && !OPENDELTA_METADATA.has(key)) config.hyperparameters[camel(key)] = value;
      }
    }
    return config;
  },
};

/** Rebuilds a delta on a backbone from its config. */
export const AutoDeltaModel = {
  fromConfig(
    config: DeltaMethodConfig | Record<string, unknown>,
    options: { backboneModel: Module },
  ): DeltaModel {
    const parsed = AutoDeltaConfig.fromDict(config);
    const method = resolveDeltaMethod(parsed.deltaType);
    const methodOptions: DeltaMethodOptions = {
      ...parsed.hyperparameters,
      backboneModel: options.backboneModel,
    };
    if (parsed.modifiedModules) methodOptions.modifiedModules = parsed.modifiedModules;
    if (parsed.excludeModules) methodOptions.excludeModules = parsed.excludeModules;
    if (parsed.unfrozenModules) methodOptions.unfrozenModules = parsed.unfrozenModules;
    return method.create(methodOptions);
  },
};
