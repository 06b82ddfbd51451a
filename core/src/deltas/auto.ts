import { DeltahubError } from '../errors.js';
import type { Module } from '../nn/module.js';
import { AdapterModel } from './adapter/model.js';
import type { DeltaModel, DeltaModelOptions, DeltaType } from './base/delta-model.js';
import { BitFitModel } from './bitfit/model.js';
import { CompacterModel } from './compacter/model.js';
import { IA3Model } from './ia3/model.js';
import { LoraModel } from './lora/model.js';
import { LowRankAdapterModel } from './low-rank-adapter/model.js';
import { ParallelAdapterModel } from './parallel-adapter/model.js';
import { PrefixModel } from './prefix/model.js';
import { SoftPromptModel } from './soft-prompt/model.js';

/** A delta method's class: built from the common options plus its own hyperparameters. */
export type DeltaModelClass = new (options: DeltaModelOptions & Record<string, unknown>) => DeltaModel;

/** Every method by the `deltaType` its configs record. */
export const DELTA_METHODS: Readonly<Record<DeltaType, DeltaModelClass>> = {
  lora: LoraModel,
  adapter: AdapterModel,
  bitfit: BitFitModel,
  prefix: PrefixModel,
  soft_prompt: SoftPromptModel,
  compacter: CompacterModel,
  low_rank_adapter: LowRankAdapterModel,
  parallel_adapter: ParallelAdapterModel,
  ia3: IA3Model,
} as unknown as Record<DeltaType, DeltaModelClass>;

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
    const deltaType = raw['deltaType'] ?? raw['delta_type'];
    if (typeof deltaType !== 'string' || !(deltaType in DELTA_METHODS)) {
      throw new DeltahubError(
        'DELTA_CONFIG_INVALID',
        `Unknown deltaType ${JSON.stringify(deltaType)}; known: ${Object.keys(DELTA_METHODS).join(', ')}.`,
      );
    }
    let modifiedModules = stringList(raw['modifiedModules'] ?? raw['modified_modules'], 'modifiedModules');
    if (modifiedModules?.some((m) => m.includes('@'))) modifiedModules = undefined;
    const config: DeltaMethodConfig = {
      deltaType: deltaType as DeltaType,
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
    const Method = DELTA_METHODS[parsed.deltaType];
    const methodOptions: DeltaModelOptions & Record<string, unknown> = {
      ...parsed.hyperparameters,
      backboneModel: options.backboneModel,
    };
    if (parsed.modifiedModules) methodOptions.modifiedModules = parsed.modifiedModules;
    if (parsed.excludeModules) methodOptions.excludeModules = parsed.excludeModules;
    if (parsed.unfrozenModules) methodOptions.unfrozenModules = parsed.unfrozenModules;
    return new Method(methodOptions);
  },
};
