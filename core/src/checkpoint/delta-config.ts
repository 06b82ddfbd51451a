import { DeltahubError } from '../errors.js';
import { DELTA_CONFIG_FORMAT_VERSION, DELTA_TYPES, type DeltaType } from './format.js';

/** The frozen model a delta was trained on, and how to recognise it again. */
export interface DeltaBackbone {
  /** Architecture family, e.g. `bart`, `bert`. */
  architecture: string;
  /** Model class, e.g. `BartForSequenceClassification`. */
  modelClass: string;
  /** Hub id or local path the backbone was loaded from. */
  nameOrPath: string;
  /** sha256 (hex) of the sorted parameter names, shapes and dtypes. */
  structureFingerprint: string;
  /** sha256 (hex) of the frozen weights. */
  weightsFingerprint: string;
  /** Number of parameters of the backbone (before the delta). */
  totalParameters: number;
  /**
   * Optional: every backbone parameter by state-dict name, as `dtype[shape]` (`float32[768,768]`):
   * the listing the structure fingerprint hashes, so a reader can name the first differences.
   */
  parameters?: Record<string, string>;
}

/**
 * The modules a delta modifies, in one shape from the delta to the hub's page: the patterns as
 * given (the method's default placement, in real module names, when none were given) and the full
 * module names they resolved to (`''` is the root module).
 */
export interface ModifiedModules {
  given: string[];
  resolved: string[];
}

/** Content of `delta_config.json`. */
export interface DeltaConfig {
  formatVersion: number;
  deltaType: DeltaType;
  /** The method's hyperparameters (e.g. `{ bottleneckDim: 12 }`); keys depend on `deltaType`. */
  hyperparameters: Record<string, unknown>;
  /** Patterns as given, and the full module names they resolved to. */
  modifiedModules: ModifiedModules;
  /** Optional: module-name patterns the delta was told never to modify (needed to rebuild the same placement). */
  excludeModules?: string[];
  unfrozenModules: string[];
  backbone: DeltaBackbone;
  trainableParameters: number;
  deltaParameters: number;
  libraryVersion: string;
  task?: string;
  dataset?: string;
  license?: string;
  tags?: string[];
  /** Optional: how the delta was trained (the Trainer's `pushToHub` writes it). */
  training?: DeltaTraining;
}

/** How a delta was trained: the Trainer's arguments, its last step and its last evaluation. */
export interface DeltaTraining {
  /** The training arguments (transformers' names in camelCase) with their defaults filled in. */
  arguments: Record<string, unknown>;
  /** Optimizer steps taken. */
  globalStep?: number;
  /** The last evaluation's metrics (`eval_loss`, `eval_accuracy`...). */
  metrics?: Record<string, number>;
}

/** One problem found in a delta config: a JSON path (`$.backbone.architecture`) and what is wrong. */
export interface DeltaConfigIssue {
  path: string;
  message: string;
}

/** Thrown by {@link validateDeltaConfig}; `issues` lists every problem found, not just the first. */
export class DeltaConfigError extends DeltahubError {
  readonly issues: readonly DeltaConfigIssue[];

  constructor(issues: DeltaConfigIssue[]) {
    const shown = issues.slice(0, 5).map((i) => `${i.path}: ${i.message}`);
    const more = issues.length > shown.length ? ` (and ${issues.length - shown.length} more)` : '';
    super('DELTA_CONFIG_INVALID', `invalid delta_config.json: ${shown.join('; ')}${more}`);
    this.issues = issues;
  }
}

/** Result of {@link checkDeltaConfig}: the typed config and warnings about tolerated oddities. */
export interface DeltaConfigCheck {
  config: DeltaConfig;
  /** Unknown fields, reported rather than rejected so newer writers stay readable. */
  warnings: DeltaConfigIssue[];
}

const SHA256_HEX = /^[0-9a-f]{64}$/;
const KNOWN_TOP = new Set([
  'formatVersion',
  'deltaType',
  'hyperparameters',
  'modifiedModules',
  'excludeModules',
  'unfrozenModules',
  'backbone',
  'trainableParameters',
  'deltaParameters',
  'libraryVersion',
  'task',
  'dataset',
  'license',
  'tags',
  'training',
]);
const KNOWN_BACKBONE = new Set([
  'architecture',
  'modelClass',
  'nameOrPath',
  'structureFingerprint',
  'weightsFingerprint',
  'totalParameters',
  'parameters',
]);
const KNOWN_MODIFIED = new Set(['given', 'resolved']);

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Collects issues while reading fields, so one pass reports everything wrong. */
class Reader {
  readonly issues: DeltaConfigIssue[] = [];
  readonly warnings: DeltaConfigIssue[] = [];

  fail(path: string, message: string): void {
    this.issues.push({ path, message });
  }

  object(parent: Obj, key: string, path: string): Obj {
    const v = parent[key];
    if (!isObject(v)) this.fail(`${path}.${key}`, v === undefined ? 'is required' : 'must be an object');
    return isObject(v) ? v : {};
  }

  string(parent: Obj, key: string, path: string, optional = false): string {
    const v = parent[key];
    if (v === undefined && optional) return '';
    if (typeof v !== 'string' || v.length === 0) {
      this.fail(`${path}.${key}`, v === undefined ? 'is required' : 'must be a non-empty string');
      return '';
    }
    return v;
  }

  count(parent: Obj, key: string, path: string): number {
    const v = parent[key];
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
      this.fail(`${path}.${key}`, v === undefined ? 'is required' : 'must be a non-negative integer');
      return 0;
    }
    return v;
  }

  strings(parent: Obj, key: string, path: string, optional = false, allowEmpty = false): string[] {
    const v = parent[key];
    if (v === undefined && optional) return [];
    if (!Array.isArray(v)) {
      this.fail(`${path}.${key}`, v === undefined ? 'is required' : 'must be an array of strings');
      return [];
    }
    v.forEach((item, i) => {
      if (typeof item !== 'string' || (item.length === 0 && !allowEmpty)) {
        this.fail(`${path}.${key}[${i}]`, allowEmpty ? 'must be a string' : 'must be a non-empty string');
      }
    });
    return v.filter((item): item is string => typeof item === 'string');
  }

  unknownKeys(obj: Obj, known: Set<string>, path: string): void {
    for (const key of Object.keys(obj)) {
      if (!known.has(key)) this.warnings.push({ path: `${path}.${key}`, message: 'unknown field, ignored' });
    }
  }
}

/**
 * Validates parsed `delta_config.json` content and returns it typed, with warnings for unknown
 * fields. Throws {@link DeltaConfigError} (code `DELTA_CONFIG_INVALID`) listing every problem.
 */
export function checkDeltaConfig(json: unknown): DeltaConfigCheck {
  const r = new Reader();
  if (!isObject(json)) throw new DeltaConfigError([{ path: '$', message: 'must be a JSON object' }]);
  r.unknownKeys(json, KNOWN_TOP, '$');

  const formatVersion = json['formatVersion'];
  if (typeof formatVersion !== 'number' || !Number.isSafeInteger(formatVersion) || formatVersion < 1) {
    r.fail('$.formatVersion', formatVersion === undefined ? 'is required' : 'must be a positive integer');
  } else if (formatVersion > DELTA_CONFIG_FORMAT_VERSION) {
    r.fail(
      '$.formatVersion',
      `version ${formatVersion} is newer than this library reads (${DELTA_CONFIG_FORMAT_VERSION})`,
    );
  }

  const deltaType = json['deltaType'];
  if (!(DELTA_TYPES as readonly unknown[]).includes(deltaType)) {
    r.fail('$.deltaType', `must be one of ${DELTA_TYPES.join(', ')}`);
  }

  const hyperparameters = r.object(json, 'hyperparameters', '$');

  const modified = r.object(json, 'modifiedModules', '$');
  r.unknownKeys(modified, KNOWN_MODIFIED, '$.modifiedModules');
  const modifiedModules: ModifiedModules = {
    given: r.strings(modified, 'given', '$.modifiedModules'),
    // Full module names; the root module's name is '' (a soft prompt on a base model lives there).
    resolved: r.strings(modified, 'resolved', '$.modifiedModules', false, true),
  };
  const unfrozenModules = r.strings(json, 'unfrozenModules', '$');

  const bb = r.object(json, 'backbone', '$');
  r.unknownKeys(bb, KNOWN_BACKBONE, '$.backbone');
  const backbone: DeltaBackbone = {
    architecture: r.string(bb, 'architecture', '$.backbone'),
    modelClass: r.string(bb, 'modelClass', '$.backbone'),
    nameOrPath: r.string(bb, 'nameOrPath', '$.backbone'),
    structureFingerprint: r.string(bb, 'structureFingerprint', '$.backbone'),
    weightsFingerprint: r.string(bb, 'weightsFingerprint', '$.backbone'),
    totalParameters: r.count(bb, 'totalParameters', '$.backbone'),
  };
  if (bb['parameters'] !== undefined) {
    const listing = bb['parameters'];
    if (!isObject(listing) || !Object.values(listing).every((v) => typeof v === 'string' && v.length > 0)) {
      r.fail('$.backbone.parameters', 'must be an object of non-empty strings (name → "dtype[shape]")');
    } else {
      backbone.parameters = listing as Record<string, string>;
    }
  }
  for (const key of ['structureFingerprint', 'weightsFingerprint'] as const) {
    if (backbone[key] !== '' && !SHA256_HEX.test(backbone[key])) {
      r.fail(`$.backbone.${key}`, 'must be a sha256 digest: 64 lowercase hex characters');
    }
  }

  const config: DeltaConfig = {
    formatVersion: formatVersion as number,
    deltaType: deltaType as DeltaType,
    hyperparameters,
    modifiedModules,
    unfrozenModules,
    backbone,
    trainableParameters: r.count(json, 'trainableParameters', '$'),
    deltaParameters: r.count(json, 'deltaParameters', '$'),
    libraryVersion: r.string(json, 'libraryVersion', '$'),
  };
  for (const key of ['task', 'dataset', 'license'] as const) {
    if (json[key] !== undefined) config[key] = r.string(json, key, '$');
  }
  if (json['tags'] !== undefined) config.tags = r.strings(json, 'tags', '$');
  if (json['excludeModules'] !== undefined) config.excludeModules = r.strings(json, 'excludeModules', '$');
  if (json['training'] !== undefined) {
    const training = r.object(json, 'training', '$');
    const args = r.object(training, 'arguments', '$.training');
    config.training = { arguments: args };
    if (training['globalStep'] !== undefined)
      config.training.globalStep = r.count(training, 'globalStep', '$.training');
    const metrics = training['metrics'];
    if (metrics !== undefined) {
      if (
        !isObject(metrics) ||
        Object.values(metrics).some((v) => typeof v !== 'number' || !Number.isFinite(v))
      ) {
        r.fail('$.training.metrics', 'must be an object of finite numbers');
      } else config.training.metrics = metrics as Record<string, number>;
    }
  }

  if (r.issues.length > 0) throw new DeltaConfigError(r.issues);
  return { config, warnings: r.warnings };
}

/**
 * Validates parsed `delta_config.json` content and returns it typed. Unknown fields are tolerated
 * (use {@link checkDeltaConfig} to see them as warnings). Throws {@link DeltaConfigError}.
 */
export function validateDeltaConfig(json: unknown): DeltaConfig {
  return checkDeltaConfig(json).config;
}
