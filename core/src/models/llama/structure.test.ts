import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../../runtime/backend.js';
import { tf } from '../../runtime/tf.js';
import { buildFromConfig } from '../loading.js';
import type { PretrainedModelClass } from '../registry.js';
import { AutoModel, AutoModelForCausalLM, AutoModelForSequenceClassification } from '../auto.js';
import { fixtureConfig, readModuleNames, readParamCounts, realConfig } from '../test-support/fixtures.js';
import {
  LlamaForCausalLM,
  LlamaForSequenceClassification,
  LlamaModel,
  MistralForCausalLM,
  Qwen2ForCausalLM,
  Qwen2Model,
} from './index.js';

const counts = readParamCounts();
const CLASSES: Record<string, PretrainedModelClass> = { LlamaModel, LlamaForCausalLM };

describe('Llama family structure at real size (shape-only weights)', () => {
  beforeAll(async () => {
    await selectBackend('wasm');
  });

  it.each([
    ['meta-llama/Llama-3.2-1B', LlamaForCausalLM, 1_235_814_400],
    ['Qwen/Qwen2.5-0.5B', Qwen2ForCausalLM, 494_032_768],
    ['HuggingFaceTB/SmolLM2-135M', LlamaForCausalLM, 134_515_008],
    ['mistralai/Mistral-7B-v0.1', MistralForCausalLM, 7_241_732_096],
  ] as const)('%s counts its published total through AutoModelForCausalLM', (name, modelClass, total) => {
    const before = tf.memory();
    const model = AutoModelForCausalLM.fromConfig(realConfig(name), { emptyWeights: true });
    try {
      expect(model).toBeInstanceOf(modelClass);
      expect(model.numParameters()).toBe(total);
      // One float of memory per parameter tensor, whatever the model's size.
      expect(tf.memory().numDataBuffers - before.numDataBuffers).toBe(model.parameters().length);
      expect(() => model.forward({ inputIds: [[1, 2]] })).toThrow(
        expect.objectContaining({ code: 'MODEL_EMPTY_WEIGHTS' }),
      );
    } finally {
      model.dispose();
    }
    expect(tf.memory().numDataBuffers).toBe(before.numDataBuffers);
  });

  describe.each(['meta-llama/Llama-3.2-1B', 'HuggingFaceTB/SmolLM2-135M'])('%s', (name) => {
    const real = counts[name]!;
    it.each(Object.keys(real))('%s has the parameter count, keys and ties of transformers', (className) => {
      const expected = real[className]!;
      const model = buildFromConfig(CLASSES[className]!, realConfig(name), { emptyWeights: true });
      try {
        expect(model.numParameters()).toBe(expected.parameters_unique);
        expect(Object.keys(model.stateDict())).toHaveLength(expected.state_dict_keys);
        for (const group of expected.tied_groups) {
          expect(new Set(group.map((key) => model.getParameter(key))).size).toBe(1);
        }
      } finally {
        model.dispose();
      }
    });
  });

  it('has the module names, types and parameter shapes of transformers', () => {
    const sections = readModuleNames();
    const title = 'llama (meta-llama/Llama-3.2-1B, LlamaModel)';
    const layer = sections.get(`${title} layer layers.0`)!;
    const rest = sections.get(`${title} non-layer parameters`)!;
    const model = LlamaModel.fromConfig(realConfig('meta-llama/Llama-3.2-1B'), { emptyWeights: true });
    try {
      const modules = [...model.namedModules()]
        .filter(([name]) => name === 'layers.0' || name.startsWith('layers.0.'))
        .map(([name, module]) => [name, module.typeName]);
      expect(modules.sort()).toEqual([...layer.modules].sort());
      const shapes = new Map([...model.namedParameters()].map(([name, p]) => [name, p.shape]));
      for (const [name, shape] of [...layer.parameters, ...rest.parameters])
        expect(shapes.get(name)).toEqual(shape);
      expect([...model.namedChildren()].map(([name]) => name)).toEqual(['embed_tokens', 'layers', 'norm']);
    } finally {
      model.dispose();
    }
  });

  it('names the modules of each family after its transformers classes', () => {
    const qwen = AutoModel.fromConfig(realConfig('Qwen/Qwen2.5-0.5B'), { emptyWeights: true });
    try {
      expect(qwen).toBeInstanceOf(Qwen2Model);
      const types = new Map([...qwen.namedModules()].map(([name, module]) => [name, module.typeName]));
      expect(types.get('')).toBe('Qwen2Model');
      expect(types.get('layers.0')).toBe('Qwen2DecoderLayer');
      expect(types.get('layers.0.self_attn')).toBe('Qwen2Attention');
      expect(types.get('layers.0.mlp')).toBe('Qwen2MLP');
      expect(types.get('norm')).toBe('Qwen2RMSNorm');
      // Qwen2: biases on q, k and v, none on o.
      const names = new Set([...qwen.namedParameters()].map(([name]) => name));
      for (const proj of ['q_proj', 'k_proj', 'v_proj'])
        expect(names.has(`layers.0.self_attn.${proj}.bias`)).toBe(true);
      expect(names.has('layers.0.self_attn.o_proj.bias')).toBe(false);
    } finally {
      qwen.dispose();
    }
  });
});

describe('Llama family heads', () => {
  beforeAll(async () => {
    await selectBackend('wasm');
  });

  it('LlamaForSequenceClassification pools the last non-padding token of each row', () => {
    const cls = AutoModelForSequenceClassification.fromConfig({
      ...fixtureConfig('llama'),
      num_labels: 3,
    }).eval() as LlamaForSequenceClassification;
    expect(cls).toBeInstanceOf(LlamaForSequenceClassification);
    expect(cls.score.bias).toBeUndefined();
    // pad_token_id is 0 in the tiny config.
    const inputIds = [
      [1, 15, 33, 47, 8],
      [1, 64, 12, 0, 0],
    ];
    tf.tidy(() => {
      const out = cls.forward({
        inputIds,
        attentionMask: [
          [1, 1, 1, 1, 1],
          [1, 1, 1, 0, 0],
        ],
      });
      expect(out.logits!.shape).toEqual([2, 3]);
      const perPosition = cls.score.call(out.lastHiddenState).arraySync() as number[][][];
      const logits = out.logits!.arraySync() as number[][];
      [4, 2].forEach((index, row) =>
        logits[row]!.forEach((value, label) =>
          expect(value).toBeCloseTo(perPosition[row]![index]![label]!, 5),
        ),
      );
    });
    cls.dispose();
  });
});
