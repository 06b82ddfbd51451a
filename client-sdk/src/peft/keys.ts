import {
  IA3Model,
  LoraModel,
  PrefixModel,
  SoftPromptModel,
  deltahubNameOf,
  parsePeftKey,
  splitPrefixTable,
  type DeltaModel,
  type PrefixLayer,
} from '@deltahub/core';
import { toFloat32, type TensorData } from '@deltahub/core/safetensors';
import { PeftError } from './errors.js';
import { encoderPromptRows, seq2seqPrefixTensors } from './seq2seq.js';

/** PEFT tensors renamed (and reshaped) for a deltahub delta. */
export interface MappedTensors {
  /** By deltahub state-dict name. */
  readonly tensors: Map<string, TensorData>;
  /** deltahub name → the PEFT key it came from, to report problems in the file's own terms. */
  readonly sources: Map<string, string>;
}

/**
 * The module names that carry delta tensors in a PEFT file (`lora_A` for LoRA, `ia3_l` for IA3),
 * translated to the backbone's paths, sorted.
 */
export function adapterModules(
  keys: Iterable<string>,
  kind: 'lora_A' | 'ia3_l',
  translate: (path: string) => string,
): string[] {
  const modules = new Set<string>();
  for (const key of keys) {
    const parsed = parsePeftKey(key);
    if (parsed?.kind === kind) modules.add(translate(parsed.module));
  }
  return [...modules].sort();
}

/**
 * Renames a PEFT file's tensors to the deltahub names of `delta` (built from the same config):
 * LoRA and DoRA tensors keep their layout (both use PyTorch Linear's `[out, in]` orientation, GPT-2's
 * Conv1D included); (IA)³ vectors lose their `[out, 1]` / `[1, in]` axis, after a check that the
 * axis agrees with the delta's feed-forward placement; a prompt table becomes `soft_embeds`; a prefix
 * table is split into each attention's `past_key` / `past_value`. Backbone parameters
 * (`bias`, `modules_to_save`) keep their names. Keys of another method are reported.
 */
export function peftToDeltahub(
  delta: DeltaModel,
  peftTensors: ReadonlyMap<string, TensorData>,
  translate: (path: string) => string,
  path: string,
  seq2seq?: { numVirtualTokens: number; numLayers: number },
): MappedTensors {
  const tensors = new Map<string, TensorData>();
  const sources = new Map<string, string>();
  const foreign: string[] = [];
  const put = (name: string, key: string, data: TensorData): void => {
    tensors.set(name, data);
    sources.set(name, key);
  };
  for (const [key, data] of peftTensors) {
    const parsed = parsePeftKey(key);
    if (parsed === undefined) {
      foreign.push(key);
      continue;
    }
    switch (parsed.kind) {
      case 'lora_A':
      case 'lora_B':
      case 'lora_magnitude_vector':
        if (!(delta instanceof LoraModel)) foreign.push(key);
        else put(deltahubNameOf({ ...parsed, module: translate(parsed.module) }), key, data);
        break;
      case 'ia3_l': {
        if (!(delta instanceof IA3Model)) {
          foreign.push(key);
          break;
        }
        const module = translate(parsed.module);
        const [rows, columns] = data.shape;
        if (data.shape.length === 2 && delta.resolvedModules.includes(module)) {
          const feedforward = delta.isFeedforward(module);
          if ((feedforward && rows !== 1) || (!feedforward && columns !== 1)) {
            throw new PeftError(
              'PEFT_KEYS_MISMATCH',
              `${path}: ${key} has shape [${data.shape.join(', ')}], but the config makes ${module} ${feedforward ? 'a feed-forward target ([1, in])' : 'an output-scaled target ([out, 1])'}.`,
              { path },
            );
          }
        }
        put(deltahubNameOf({ kind: 'ia3_l', module }), key, {
          ...data,
          shape: data.shape.length === 2 ? [rows! * columns!] : data.shape,
        });
        break;
      }
      case 'prompt_embeddings':
        if (delta instanceof SoftPromptModel) {
          const rows = seq2seq ? encoderPromptRows(delta, data, seq2seq.numVirtualTokens, key, path) : data;
          put(nameOf(delta, delta.layer.softEmbeds), key, rows);
        } else if (delta instanceof PrefixModel && seq2seq) {
          for (const [name, tensor] of seq2seqPrefixTensors(delta, data, seq2seq.numLayers, key, path))
            put(name, key, tensor);
        } else if (delta instanceof PrefixModel) splitPrefix(delta, data, key, path, put);
        else foreign.push(key);
        break;
      case 'parameter':
        put(translate(parsed.name), key, data);
        break;
    }
  }
  if (foreign.length) {
    throw new PeftError(
      'PEFT_KEYS_MISMATCH',
      `${path} holds tensors that are not ${delta.deltaType} tensors of PEFT: ${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? `, … (${foreign.length} in all)` : ''}.`,
      { path },
    );
  }
  return { tensors, sources };
}

/** A parameter's state-dict name in the delta's backbone. */
function nameOf(delta: DeltaModel, parameter: unknown): string {
  for (const [name, p] of delta.backboneModel.namedParameters()) if (p === parameter) return name;
  throw new Error('the parameter is not in the backbone');
}

/** The prefix layer of each modified attention (the module holding `prefix`), in placement order. */
export function prefixLayers(delta: PrefixModel): Array<{ module: string; layer: PrefixLayer }> {
  return delta.prefixLayers.map(({ attention, layer }) => ({ module: attention, layer }));
}

function splitPrefix(
  delta: PrefixModel,
  data: TensorData,
  key: string,
  path: string,
  put: (name: string, key: string, data: TensorData) => void,
): void {
  const layers = prefixLayers(delta);
  const p = delta.config.prefixTokenNum;
  const hidden = layers[0]?.layer.hiddenDim ?? 0;
  const width = layers.length * 2 * hidden;
  if (data.shape.length !== 2 || data.shape[0] !== p || data.shape[1] !== width) {
    throw new PeftError(
      'PEFT_KEYS_MISMATCH',
      `${path}: ${key} has shape [${data.shape.join(', ')}], but this backbone's ${layers.length} attention layers of width ${hidden} with ${p} virtual tokens need [${p}, ${width}].`,
      { path },
    );
  }
  splitPrefixTable(toFloat32(data), p, layers.length, hidden).forEach(({ key: k, value }, l) => {
    const module = layers[l]!.module;
    put(`${module}.prefix.past_key`, key, { dtype: 'F32', shape: [p, hidden], data: k });
    put(`${module}.prefix.past_value`, key, { dtype: 'F32', shape: [p, hidden], data: value });
  });
}
