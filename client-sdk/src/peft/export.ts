import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  Conv1D,
  IA3Model,
  LoraModel,
  PreTrainedModel,
  PrefixModel,
  SoftPromptModel,
  joinPrefixTable,
  matchesModulePattern,
  peftKeyOf,
  type DeltaModel,
  type LowRankLinear,
  type IA3Vector,
  type Parameter,
  tf,
} from '@deltahub/core';
import { writeSafetensorsFile, type TensorData } from '@deltahub/core/safetensors';
import { hubModelIdOrUndefined } from '@deltahub/core/checkpoint';
import { baseModelOf } from '../checkpoint/base-model.js';
import { writeFileDurably, writeFolderAtomically } from '../checkpoint/folder.js';
import { parametersToSave, tensorDataOf } from '../checkpoint/tensors.js';
import { PEFT_CONFIG_FILE, PEFT_WEIGHTS_FILE, type PeftBias } from './config.js';
import { PeftError } from './errors.js';
import { prefixLayers } from './keys.js';
import {
  T5_DECODER_SELF_ATTENTION,
  isEncoderDecoder,
  isEncoderPrompt,
  isSeq2SeqPrefix,
  seq2seqPrefixTable,
  seq2seqPromptTable,
} from './seq2seq.js';
import { peftOrigin } from './origin.js';

/** Options of {@link savePeft}. */
export interface SavePeftOptions {
  /** `task_type` (default: from an imported config, else from the backbone class). */
  taskType?: string;
  /**
   * `base_model_name_or_path` (default: the hub id of an imported config, else the backbone's hub
   * id as `saveFinetuned` records it, else `''`; never a local path, see `baseModelOf`).
   */
  baseModelNameOrPath?: string;
  /** LoRA `bias` mode: which biases to save (default: as imported, else `'none'`). */
  bias?: PeftBias;
  /**
   * Modules saved in full (`modules_to_save`, a classifier head). Default: as imported, else the
   * modules of the non-delta parameters the delta would save (trainable ones, see `saveFinetuned`).
   */
  modulesToSave?: string[];
}

/** What {@link savePeft} wrote. */
export interface SavedPeftAdapter {
  /** Absolute path of the folder. */
  readonly dir: string;
  /** The content of `adapter_config.json`. */
  readonly config: Record<string, unknown>;
}

/** What PEFT offers instead of each deltahub method it lacks. */
const PEFT_ALTERNATIVES: Record<string, string> = {
  adapter: 'PEFT has no bottleneck adapters (Houlsby/Pfeiffer); LoRA (LoraModel) or IA3 (IA3Model) export',
  compacter: 'PEFT has no Compacter; LoRA (LoraModel) is the closest method PEFT offers',
  low_rank_adapter:
    'PEFT has no low-rank adapters of the OpenDelta kind; LoRA (LoraModel) is the closest method PEFT offers',
  parallel_adapter: 'PEFT has no parallel adapters; LoRA (LoraModel) also runs in parallel to a layer',
  bitfit:
    "PEFT has no BitFit; LoRA with { bias: 'all' } trains and saves every bias alongside a low-rank update",
};

/** PEFT's task type for a backbone class. */
function taskTypeOf(delta: DeltaModel): string {
  const name = delta.backboneModel.constructor.name;
  if (/ForSequenceClassification$/.test(name)) return 'SEQ_CLS';
  if (/ForTokenClassification$/.test(name)) return 'TOKEN_CLS';
  if (/ForQuestionAnswering$/.test(name)) return 'QUESTION_ANS';
  if (/(LMHeadModel|ForCausalLM)$/.test(name)) return 'CAUSAL_LM';
  if (/ForConditionalGeneration$/.test(name)) return 'SEQ_2_SEQ_LM';
  return 'FEATURE_EXTRACTION';
}

/**
 * Writes `delta` as a PEFT adapter folder: `adapter_config.json` (indented, sorted keys, as PEFT
 * writes it), `adapter_model.safetensors` (PEFT's key names, `format: pt` metadata) and a `README.md`
 * with `library_name: peft`, so `PeftModel.from_pretrained(base, folder)` loads it. LoRA (with
 * rsLoRA, DoRA, rank/alpha patterns, bias modes, `modules_to_save`, GPT-2's `fan_in_fan_out`), IA3,
 * soft prompts (PEFT prompt tuning) and prefixes (PEFT prefix tuning; a reparameterised prefix is
 * written as the prefixes its MLP computes) export; an adapter imported with `fromPeft` exports its
 * own config back with the current tensors.
 *
 * Written atomically: the files go to a temporary folder renamed into place, so `dir` never holds a
 * partial adapter. Errors: `PEFT_UNSUPPORTED_METHOD` (adapter, compacter, low_rank_adapter,
 * parallel_adapter, bitfit: the message says what PEFT offers instead), `PEFT_UNSUPPORTED_OPTION`
 * (a prefix on other than every self-attention, a bias mode on a method without biases). Prompts on
 * an encoder-decoder's encoder and T5 decoder prefixes with `t5PositionBias: 'shared'` export in
 * PEFT's encoder-decoder layout (`num_transformer_submodules` 2, see seq2seq.ts), `PEFT_FOLDER_EXISTS`, `DELTA_NOT_ATTACHED`.
 */
export async function savePeft(
  delta: DeltaModel,
  dir: string,
  options: SavePeftOptions = {},
): Promise<SavedPeftAdapter> {
  const alternative = PEFT_ALTERNATIVES[delta.deltaType];
  if (alternative) {
    throw new PeftError(
      'PEFT_UNSUPPORTED_METHOD',
      `Cannot save this ${delta.deltaType} delta as a PEFT adapter: ${alternative}.`,
    );
  }
  const origin = peftOrigin(delta);
  const saved = parametersToSave(delta);
  const bias = options.bias ?? (origin?.peftType === 'LORA' ? origin.bias : 'none');
  if (bias !== 'none' && !(delta instanceof LoraModel)) {
    throw new PeftError(
      'PEFT_UNSUPPORTED_OPTION',
      `bias '${bias}' exists only for LoRA in PEFT, not for a ${delta.deltaType} delta.`,
    );
  }
  const tensors = new Map<string, TensorData>();
  const method = methodTensorsAndConfig(delta, tensors);
  const biasNames = biasParameters(delta, bias);
  const modulesToSave =
    options.modulesToSave ??
    (origin ? [...(origin.modulesToSave ?? [])] : defaultModulesToSave(saved, biasNames));
  const byName = new Map(delta.backboneModel.namedParameters());
  for (const name of biasNames) addParameter(tensors, name, byName.get(name)!);
  for (const [name, parameter] of byName) {
    const module = name.slice(0, Math.max(0, name.lastIndexOf('.')));
    if (modulesToSave.some((m) => module !== '' && matchesModulePattern(module, m)))
      addParameter(tensors, name, parameter);
  }

  // An imported delta's placement was checked against its own config's: keep that wording.
  const placement: Record<string, unknown> = {};
  if (origin?.peftType === 'LORA' || origin?.peftType === 'IA3')
    placement['target_modules'] = origin.raw['target_modules'] ?? null;
  if (origin?.peftType === 'IA3')
    placement['feedforward_modules'] = origin.raw['feedforward_modules'] ?? null;
  const config = sortKeys({
    ...(origin ? origin.raw : method.template),
    ...method.config,
    ...placement,
    ...(delta instanceof LoraModel ? { bias } : {}),
    ...(modulesToSave.length || 'modules_to_save' in (origin?.raw ?? method.template)
      ? { modules_to_save: modulesToSave.length ? modulesToSave : null }
      : {}),
    base_model_name_or_path: options.baseModelNameOrPath ?? peftBaseModel(delta) ?? '',
    task_type: options.taskType ?? origin?.taskType ?? taskTypeOf(delta),
    inference_mode: true,
  });
  const target = resolve(dir);
  const existing = await readdir(target).catch(() => []);
  if (existing.length) {
    throw new PeftError('PEFT_FOLDER_EXISTS', `${target} exists and is not empty: choose another folder.`, {
      path: target,
    });
  }
  const path = await writeFolderAtomically(target, async (temp) => {
    await writeSafetensorsFile(join(temp, PEFT_WEIGHTS_FILE), tensors, { format: 'pt' });
    await writeFileDurably(join(temp, PEFT_CONFIG_FILE), `${JSON.stringify(config, null, 2)}\n`);
    await writeFileDurably(join(temp, 'README.md'), modelCard(config, delta.deltaType));
  });
  return { dir: path, config };
}

/**
 * The hub id a delta's PEFT export names as its base: the id of the config it was imported from,
 * else the backbone's (see `baseModelOf`); undefined when neither is known.
 */
export function peftBaseModel(delta: DeltaModel): string | undefined {
  return (
    hubModelIdOrUndefined(peftOrigin(delta)?.baseModelNameOrPath) ?? baseModelOf(delta.backboneModel)?.id
  );
}

/** Every bias a bias mode saves: all of the backbone's, or those of LoRA's targets. */
function biasParameters(delta: DeltaModel, bias: PeftBias): string[] {
  if (bias === 'none') return [];
  const deltas = new Set<Parameter>(delta.deltaParameters());
  const isBias = ([name, p]: [string, Parameter]): boolean =>
    !deltas.has(p) && (name === 'bias' || name.endsWith('.bias'));
  const names = [...delta.backboneModel.namedParameters()].filter(isBias).map(([name]) => name);
  if (bias === 'all') return names;
  const targets = new Set(delta.resolvedModules.map((m) => `${m}.bias`));
  return names.filter((name) => targets.has(name));
}

/** The modules of the non-delta parameters a deltahub checkpoint would save, not covered by `bias`. */
function defaultModulesToSave(
  saved: ReturnType<typeof parametersToSave>,
  biasNames: readonly string[],
): string[] {
  const modules = new Set<string>();
  for (const s of saved) {
    if (s.isDelta || biasNames.includes(s.name)) continue;
    modules.add(s.name.slice(0, Math.max(0, s.name.lastIndexOf('.'))));
  }
  return [...modules].filter((m) => m !== '').sort();
}

function addParameter(tensors: Map<string, TensorData>, name: string, parameter: Parameter): void {
  tensors.set(peftKeyOf({ kind: 'parameter', name }), tensorDataOf(name, parameter));
}

/** The method's tensors (added to `tensors`) and config fields, plus PEFT 0.6.2's field set for it. */
function methodTensorsAndConfig(
  delta: DeltaModel,
  tensors: Map<string, TensorData>,
): { template: Record<string, unknown>; config: Record<string, unknown> } {
  const common = { auto_mapping: null, revision: null };
  if (delta instanceof LoraModel) {
    let conv1d = false;
    for (const module of delta.resolvedModules) {
      conv1d ||= delta.backboneModel.getSubmodule(module) instanceof Conv1D;
      const layer = delta.backboneModel.getSubmodule(`${module}.lora`) as LowRankLinear;
      const add = (kind: 'lora_A' | 'lora_B' | 'lora_magnitude_vector', p: Parameter): void => {
        tensors.set(peftKeyOf({ kind, module }), tensorDataOf(`${module}.lora.${kind}`, p));
      };
      add('lora_A', layer.loraA);
      add('lora_B', layer.loraB);
      if (layer.magnitude) add('lora_magnitude_vector', layer.magnitude);
    }
    const c = delta.config;
    return {
      template: {
        ...common,
        alpha_pattern: {},
        init_lora_weights: true,
        layers_pattern: null,
        layers_to_transform: null,
        modules_to_save: null,
        rank_pattern: {},
      },
      config: {
        peft_type: 'LORA',
        r: c.loraR,
        lora_alpha: c.loraAlpha,
        lora_dropout: c.loraDropout,
        target_modules: targetModules(delta),
        fan_in_fan_out: conv1d,
        rank_pattern: { ...c.rankPattern },
        alpha_pattern: { ...c.alphaPattern },
        // Written only when on: PEFT versions before these options refuse or ignore unknown keys.
        ...(c.useRslora ? { use_rslora: true } : {}),
        ...(c.useDora ? { use_dora: true } : {}),
      },
    };
  }
  if (delta instanceof IA3Model) {
    let conv1d = false;
    for (const module of delta.resolvedModules) {
      conv1d ||= delta.backboneModel.getSubmodule(module) instanceof Conv1D;
      const vector = delta.backboneModel.getSubmodule(`${module}.ia3`) as IA3Vector;
      const data = tensorDataOf(`${module}.ia3.ia3_l`, vector.ia3L);
      const n = vector.features;
      tensors.set(peftKeyOf({ kind: 'ia3_l', module }), {
        ...data,
        shape: vector.isFeedforward ? [1, n] : [n, 1],
      });
    }
    const plain = delta.config.feedforwardModules.every((p) => !p.startsWith('[r]'));
    return {
      template: { ...common, init_ia3_weights: true, modules_to_save: null },
      config: {
        peft_type: 'IA3',
        target_modules: targetModules(delta),
        feedforward_modules: plain
          ? [...delta.config.feedforwardModules]
          : delta.resolvedModules.filter((m) => delta.isFeedforward(m)),
        fan_in_fan_out: conv1d,
      },
    };
  }
  const backboneConfig =
    delta.backboneModel instanceof PreTrainedModel
      ? (delta.backboneModel.config as Record<string, unknown>)
      : {};
  // PEFT reads transformers' config through its attribute names (T5: num_heads, num_layers).
  const shape = {
    num_attention_heads:
      backboneConfig['num_attention_heads'] ?? backboneConfig['n_head'] ?? backboneConfig['num_heads'] ?? null,
    num_layers:
      backboneConfig['num_hidden_layers'] ?? backboneConfig['n_layer'] ?? backboneConfig['num_layers'] ?? null,
    num_transformer_submodules: 1,
  };
  if (delta instanceof SoftPromptModel) {
    const embeds = delta.layer.softEmbeds;
    // An encoder prompt is PEFT's encoder-decoder prompt: [2p, d], the decoder rows unused.
    tensors.set(
      peftKeyOf({ kind: 'prompt_embeddings' }),
      isEncoderPrompt(delta)
        ? seq2seqPromptTable(delta)
        : tensorDataOf('soft_prompt_layer.soft_embeds', embeds),
    );
    return {
      template: {
        ...common,
        prompt_tuning_init: 'RANDOM',
        prompt_tuning_init_text: null,
        tokenizer_name_or_path: null,
      },
      config: {
        ...shape,
        num_transformer_submodules: isEncoderPrompt(delta) ? 2 : 1,
        peft_type: 'PROMPT_TUNING',
        num_virtual_tokens: delta.config.softTokenNum,
        token_dim: embeds.shape[1],
      },
    };
  }
  if (isSeq2SeqPrefix(delta)) {
    const numLayers = Number(shape.num_layers ?? delta.prefixLayers.length);
    const table = seq2seqPrefixTable(delta, numLayers);
    tensors.set(peftKeyOf({ kind: 'prompt_embeddings' }), table);
    const hidden = delta.prefixLayers[0]!.layer.hiddenDim;
    return {
      template: { ...common, prefix_projection: false },
      config: {
        ...shape,
        num_layers: numLayers,
        num_transformer_submodules: 2,
        peft_type: 'PREFIX_TUNING',
        num_virtual_tokens: delta.config.prefixTokenNum,
        token_dim: hidden,
        encoder_hidden_size: hidden,
      },
    };
  }
  if (delta instanceof PrefixModel) {
    if (isEncoderDecoder(delta.backboneModel)) {
      throw new PeftError(
        'PEFT_UNSUPPORTED_OPTION',
        `PEFT prefix tuning of an encoder-decoder prefixes only the decoder's self-attention, through past_key_values: export a T5 prefix on '${T5_DECODER_SELF_ATTENTION}' with t5PositionBias 'shared'.`,
      );
    }
    const layers = prefixLayers(delta);
    if (shape.num_layers !== null && shape.num_layers !== layers.length) {
      throw new PeftError(
        'PEFT_UNSUPPORTED_OPTION',
        `PEFT prefix tuning puts a prefix on each of the model's ${String(shape.num_layers)} layers; this prefix modifies ${layers.length} attention modules (${delta.resolvedModules.slice(0, 3).join(', ')}…).`,
      );
    }
    const p = delta.config.prefixTokenNum;
    const hidden = layers[0]!.layer.hiddenDim;
    const table = joinPrefixTable(
      layers.map(({ layer }) => {
        const { key, value } = layer.flatKeyValue();
        const data = { key: key.dataSync() as Float32Array, value: value.dataSync() as Float32Array };
        // Reparameterised prefixes are computed tensors; direct ones are the parameters themselves.
        if (delta.reparams) tf.dispose([key, value]);
        return data;
      }),
      p,
      hidden,
    );
    tensors.set(peftKeyOf({ kind: 'prompt_embeddings' }), {
      dtype: 'F32',
      shape: [p, layers.length * 2 * hidden],
      data: table,
    });
    return {
      template: { ...common, prefix_projection: false },
      config: {
        ...shape,
        peft_type: 'PREFIX_TUNING',
        num_virtual_tokens: p,
        token_dim: hidden,
        encoder_hidden_size: hidden,
      },
    };
  }
  throw new PeftError(
    'PEFT_UNSUPPORTED_METHOD',
    `Cannot save this ${delta.deltaType} delta as a PEFT adapter: PEFT import/export covers lora, ia3, soft_prompt and prefix.`,
  );
}

/**
 * `target_modules`: the patterns used when they are plain (PEFT's list rule is deltahub's plain
 * pattern rule) and nothing is excluded; otherwise the exact modules modified.
 */
function targetModules(delta: DeltaModel): string[] {
  const plain = delta.modifiedModules.every((p) => !p.startsWith('[r]')) && !delta.excludeModules.length;
  return plain ? [...delta.modifiedModules] : [...delta.resolvedModules];
}

function sortKeys(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A short model card as PEFT writes one: front matter with `library_name: peft`. */
function modelCard(config: Record<string, unknown>, deltaType: string): string {
  const base = config['base_model_name_or_path'];
  const lines = ['---', 'library_name: peft'];
  if (typeof base === 'string' && base !== '') lines.push(`base_model: ${JSON.stringify(base)}`);
  lines.push(
    'tags:',
    '  - peft',
    '  - deltahub',
    `  - ${String(config['peft_type']).toLowerCase()}`,
    '---',
    '',
  );
  lines.push(
    `# ${String(config['peft_type'])} adapter`,
    '',
    `Exported by deltahub from a ${deltaType} delta. Load it with PEFT:`,
    '',
    '```python',
    'from peft import PeftModel',
    'model = PeftModel.from_pretrained(base_model, "<this folder or repo>")',
    '```',
    '',
  );
  return lines.join('\n');
}
