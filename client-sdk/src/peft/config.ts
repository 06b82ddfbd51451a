import { PeftError } from './errors.js';

/** PEFT's adapter config file. */
export const PEFT_CONFIG_FILE = 'adapter_config.json';
/** PEFT's adapter weights file (`save_pretrained(safe_serialization=True)`). */
export const PEFT_WEIGHTS_FILE = 'adapter_model.safetensors';

/** The `peft_type`s deltahub imports and exports. */
export const PEFT_SUPPORTED_TYPES = ['LORA', 'IA3', 'PROMPT_TUNING', 'PREFIX_TUNING'] as const;
export type PeftType = (typeof PEFT_SUPPORTED_TYPES)[number];

/** Other `peft_type`s PEFT defines: known, but not importable (`PEFT_UNSUPPORTED_METHOD`). */
const OTHER_PEFT_TYPES = [
  'P_TUNING',
  'ADALORA',
  'ADAPTION_PROMPT',
  'MULTITASK_PROMPT_TUNING',
  'LOHA',
  'LOKR',
  'OFT',
  'BOFT',
  'POLY',
  'LN_TUNING',
  'VERA',
  'FOURIERFT',
  'XLORA',
  'HRA',
  'VBLORA',
  'CPT',
  'BONE',
  'TRAINABLE_TOKENS',
];

/** LoRA's `bias` modes: which biases the adapter trains and saves. */
export type PeftBias = 'none' | 'all' | 'lora_only';

/** Fields every PEFT config has. */
interface PeftConfigBase {
  /** `task_type` (`CAUSAL_LM`, `SEQ_CLS`, `FEATURE_EXTRACTION`...), null when unset. */
  readonly taskType: string | null;
  readonly baseModelNameOrPath: string | null;
  /** Modules trained in full and saved with the adapter (a classifier head), PEFT `modules_to_save`. */
  readonly modulesToSave: readonly string[] | null;
  /** The whole JSON object as read. */
  readonly raw: Readonly<Record<string, unknown>>;
}

/** A LoRA `adapter_config.json`. */
export interface PeftLoraConfig extends PeftConfigBase {
  readonly peftType: 'LORA';
  readonly r: number;
  readonly loraAlpha: number;
  readonly loraDropout: number;
  /** List (exact name or dot suffix), string (full-match regex), or null (PEFT's default). */
  readonly targetModules: string | readonly string[] | null;
  readonly layersToTransform: readonly number[] | null;
  readonly bias: PeftBias;
  readonly useRslora: boolean;
  readonly useDora: boolean;
  readonly rankPattern: Readonly<Record<string, number>>;
  readonly alphaPattern: Readonly<Record<string, number>>;
}

/** An (IA)³ `adapter_config.json`. */
export interface PeftIa3Config extends PeftConfigBase {
  readonly peftType: 'IA3';
  readonly targetModules: string | readonly string[] | null;
  /** Targets whose input (not output) is scaled; null: PEFT's default for the architecture. */
  readonly feedforwardModules: string | readonly string[] | null;
}

/** A prompt-tuning `adapter_config.json`. */
export interface PeftPromptTuningConfig extends PeftConfigBase {
  readonly peftType: 'PROMPT_TUNING';
  readonly numVirtualTokens: number;
  readonly tokenDim: number | null;
  readonly numTransformerSubmodules: number | null;
}

/** A prefix-tuning `adapter_config.json`. */
export interface PeftPrefixTuningConfig extends PeftConfigBase {
  readonly peftType: 'PREFIX_TUNING';
  readonly numVirtualTokens: number;
  readonly tokenDim: number | null;
  readonly numLayers: number | null;
  readonly numTransformerSubmodules: number | null;
}

/** A parsed and validated `adapter_config.json` of a supported method. */
export type PeftConfig = PeftLoraConfig | PeftIa3Config | PeftPromptTuningConfig | PeftPrefixTuningConfig;

/** Reads typed fields of one config object; every error names the field and the file. */
class Fields {
  constructor(
    readonly json: Record<string, unknown>,
    readonly path: string,
  ) {}

  fail(field: string, message: string): never {
    throw new PeftError('PEFT_BAD_CONFIG', `${this.path}: $.${field} ${message}.`, { path: this.path });
  }

  #value(field: string): unknown {
    const value = this.json[field];
    return value === undefined ? null : value;
  }

  positiveInteger(field: string, fallback?: number): number {
    const value = this.#value(field) ?? fallback ?? null;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
      this.fail(field, `must be a positive integer, got ${JSON.stringify(value)}`);
    return value;
  }

  optionalPositiveInteger(field: string): number | null {
    return this.#value(field) === null ? null : this.positiveInteger(field);
  }

  number(field: string, fallback: number, check: (n: number) => boolean, what: string): number {
    const value = this.#value(field) ?? fallback;
    if (typeof value !== 'number' || !Number.isFinite(value) || !check(value))
      this.fail(field, `must be ${what}, got ${JSON.stringify(value)}`);
    return value;
  }

  boolean(field: string, fallback: boolean): boolean {
    const value = this.#value(field) ?? fallback;
    if (typeof value !== 'boolean') this.fail(field, `must be true or false, got ${JSON.stringify(value)}`);
    return value;
  }

  string(field: string): string | null {
    const value = this.#value(field);
    if (value !== null && typeof value !== 'string')
      this.fail(field, `must be a string or null, got ${JSON.stringify(value)}`);
    return value;
  }

  stringList(field: string): readonly string[] | null {
    const value = this.#value(field);
    if (value === null) return null;
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
      this.fail(field, `must be a list of strings or null, got ${JSON.stringify(value)}`);
    return value as string[];
  }

  /** A list of module names, a regex string, or null (PEFT's `Union[list[str], str]`). */
  targets(field: string): string | readonly string[] | null {
    const value = this.#value(field);
    if (typeof value === 'string') {
      try {
        new RegExp(value);
      } catch (cause) {
        this.fail(field, `is not a valid regular expression (${(cause as Error).message})`);
      }
      return value;
    }
    return this.stringList(field);
  }

  integerList(field: string): readonly number[] | null {
    const value = this.#value(field);
    if (value === null) return null;
    const list = typeof value === 'number' ? [value] : value;
    if (!Array.isArray(list) || !list.every((v) => Number.isInteger(v) && (v as number) >= 0))
      this.fail(field, `must be a layer index or a list of them, got ${JSON.stringify(value)}`);
    return list as number[];
  }

  /** `{ pattern: value }`, each value checked. */
  patternMap(field: string, check: (n: unknown) => boolean, what: string): Record<string, number> {
    const value = this.#value(field) ?? {};
    if (typeof value !== 'object' || Array.isArray(value))
      this.fail(field, `must be an object of pattern → number, got ${JSON.stringify(value)}`);
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      if (!check(v)) this.fail(`${field}['${key}']`, `must be ${what}, got ${JSON.stringify(v)}`);
      try {
        new RegExp(key);
      } catch (cause) {
        this.fail(`${field}['${key}']`, `is not a valid regular expression (${(cause as Error).message})`);
      }
    }
    return { ...(value as Record<string, number>) };
  }
}

/**
 * Validates the content of an `adapter_config.json` (`path` names it in errors). Only `peft_type` is
 * required, as in PEFT; other fields take PEFT's defaults. Fields deltahub does not use are kept in
 * `raw` and otherwise ignored. Throws `PEFT_BAD_CONFIG` (a field missing or of the wrong type or
 * value, the field named), `PEFT_UNSUPPORTED_METHOD` (a PEFT method deltahub lacks) or
 * `PEFT_UNSUPPORTED_OPTION` (a valid option deltahub cannot reproduce).
 */
export function parsePeftConfig(json: unknown, path: string): PeftConfig {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new PeftError('PEFT_BAD_CONFIG', `${path}: must hold a JSON object.`, { path });
  }
  const fields = new Fields(json as Record<string, unknown>, path);
  const type = fields.json['peft_type'];
  if (type === undefined || type === null)
    fields.fail('peft_type', 'is missing (LORA, IA3, PROMPT_TUNING...)');
  if (typeof type !== 'string' || !(PEFT_SUPPORTED_TYPES as readonly string[]).includes(type)) {
    if (typeof type === 'string' && OTHER_PEFT_TYPES.includes(type)) {
      throw new PeftError(
        'PEFT_UNSUPPORTED_METHOD',
        `${path}: peft_type ${type} is not supported; deltahub imports ${PEFT_SUPPORTED_TYPES.join(', ')}.`,
        { path },
      );
    }
    fields.fail(
      'peft_type',
      `is not a PEFT method: ${JSON.stringify(type)} (deltahub imports ${PEFT_SUPPORTED_TYPES.join(', ')})`,
    );
  }
  const base = {
    taskType: fields.string('task_type'),
    baseModelNameOrPath: fields.string('base_model_name_or_path'),
    modulesToSave: fields.stringList('modules_to_save'),
    raw: fields.json,
  };
  switch (type as PeftType) {
    case 'LORA':
      return parseLora(fields, base);
    case 'IA3':
      return {
        ...base,
        peftType: 'IA3',
        targetModules: fields.targets('target_modules'),
        feedforwardModules: fields.targets('feedforward_modules'),
      };
    case 'PROMPT_TUNING':
      return {
        ...base,
        peftType: 'PROMPT_TUNING',
        numVirtualTokens: fields.positiveInteger('num_virtual_tokens'),
        tokenDim: fields.optionalPositiveInteger('token_dim'),
        numTransformerSubmodules: fields.optionalPositiveInteger('num_transformer_submodules'),
      };
    case 'PREFIX_TUNING':
      return {
        ...base,
        peftType: 'PREFIX_TUNING',
        numVirtualTokens: fields.positiveInteger('num_virtual_tokens'),
        tokenDim: fields.optionalPositiveInteger('token_dim'),
        numLayers: fields.optionalPositiveInteger('num_layers'),
        numTransformerSubmodules: fields.optionalPositiveInteger('num_transformer_submodules'),
      };
  }
}

function parseLora(fields: Fields, base: Omit<PeftLoraConfig, 'peftType' | keyof LoraOnly>): PeftLoraConfig {
  const bias = fields.json['bias'] ?? 'none';
  if (bias !== 'none' && bias !== 'all' && bias !== 'lora_only')
    fields.fail('bias', `must be "none", "all" or "lora_only", got ${JSON.stringify(bias)}`);
  const targetModules = fields.targets('target_modules');
  if (targetModules === 'all-linear') {
    throw new PeftError(
      'PEFT_UNSUPPORTED_OPTION',
      `${fields.path}: target_modules "all-linear" is expanded by PEFT at training time; list the modules instead.`,
      { path: fields.path },
    );
  }
  if (fields.string('layers_pattern') !== null && fields.json['layers_to_transform'] != null) {
    throw new PeftError(
      'PEFT_UNSUPPORTED_OPTION',
      `${fields.path}: layers_pattern is not supported (deltahub reads layer indexes as the first ".<n>." of a module name).`,
      { path: fields.path },
    );
  }
  const integer = (n: unknown): boolean => typeof n === 'number' && Number.isInteger(n) && n >= 1;
  const finite = (n: unknown): boolean => typeof n === 'number' && Number.isFinite(n);
  return {
    ...base,
    peftType: 'LORA',
    r: fields.positiveInteger('r', 8),
    loraAlpha: fields.number('lora_alpha', 8, () => true, 'a finite number'),
    loraDropout: fields.number('lora_dropout', 0, (n) => n >= 0 && n < 1, 'in [0, 1)'),
    targetModules,
    layersToTransform: fields.integerList('layers_to_transform'),
    bias,
    useRslora: fields.boolean('use_rslora', false),
    useDora: fields.boolean('use_dora', false),
    rankPattern: fields.patternMap('rank_pattern', integer, 'a positive integer'),
    alphaPattern: fields.patternMap('alpha_pattern', finite, 'a finite number'),
  };
}

type LoraOnly = Omit<PeftLoraConfig, keyof PeftConfigBase | 'peftType'>;
