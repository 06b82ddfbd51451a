import { beforeAll, describe, expect, it } from 'vitest';
import { withoutRandomInit } from '../../nn/init.js';
import { selectBackend } from '../../runtime/backend.js';
import { tf } from '../../runtime/tf.js';
import { AutoModelForCausalLM, AutoModelForSequenceClassification } from '../auto.js';
import type { PretrainedConfig } from '../config.js';
import { fixtureConfig, readModuleNames, readParamCounts, realConfig } from '../test-support/fixtures.js';
import { GPT2ForSequenceClassification, GPT2LMHeadModel, GPT2Model } from './index.js';

const counts = readParamCounts();
const CLASSES = { GPT2Model, GPT2LMHeadModel, GPT2ForSequenceClassification };

describe('GPT-2 structure at real size', () => {
  // The cpu backend allocates the (zero) real-size weights in milliseconds; wasm takes seconds.
  beforeAll(async () => {
    await selectBackend('cpu');
  });

  const real = counts['gpt2']!;
  it.each(Object.keys(real))('%s has the parameter count of transformers', (className) => {
    const modelClass = CLASSES[className as keyof typeof CLASSES];
    expect(modelClass, `class ${className} is implemented`).toBeDefined();
    const expected = real[className]!;
    const model = withoutRandomInit(() => new modelClass(realConfig('gpt2')));
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

  it('has the module names, types and parameter shapes of transformers', () => {
    const sections = readModuleNames();
    const layer = sections.get('gpt2 (gpt2, GPT2Model) layer h.0')!;
    const rest = sections.get('gpt2 (gpt2, GPT2Model) non-layer parameters')!;
    const model = withoutRandomInit(() => new GPT2Model(realConfig('gpt2')));
    try {
      expect(model.settings.nInner).toBe(3072);
      const modules = [...model.namedModules()]
        .filter(([name]) => name === 'h.0' || name.startsWith('h.0.'))
        .map(([name, module]) => [name, module.typeName]);
      expect(modules.sort()).toEqual([...layer.modules].sort());
      const shapes = new Map([...model.namedParameters()].map(([name, p]) => [name, p.shape]));
      for (const [name, shape] of [...layer.parameters, ...rest.parameters])
        expect(shapes.get(name)).toEqual(shape);
      expect([...model.namedChildren()].map(([name]) => name)).toEqual(['wte', 'wpe', 'drop', 'h', 'ln_f']);
    } finally {
      model.dispose();
    }
  });
});

describe('GPT-2 heads', () => {
  beforeAll(async () => {
    await selectBackend('wasm');
  });

  it('GPT2LMHeadModel returns vocabulary logits through the tied lm_head', () => {
    const model = AutoModelForCausalLM.fromConfig(fixtureConfig('gpt2')).eval() as GPT2LMHeadModel;
    expect(model).toBeInstanceOf(GPT2LMHeadModel);
    expect(model.lmHead.weight).toBe(model.transformer.wte.weight);
    expect(model.lmHead.bias).toBeUndefined();
    expect(model.tiedKeys()).toEqual(['lm_head.weight']);
    tf.tidy(() => {
      const out = model.forward({ inputIds: [[1, 2, 3, 4]] });
      expect(out.logits!.shape).toEqual([1, 4, 99]);
      const manual = tf.matMul(
        out.lastHiddenState.reshape([4, 32]),
        model.transformer.wte.weight,
        false,
        true,
      );
      expect(tf.max(tf.abs(tf.sub(manual, out.logits!.reshape([4, 99])))).dataSync()[0]).toBeLessThan(1e-5);
    });
    model.dispose();
  });

  it('GPT2ForSequenceClassification pools the last non-padding token of each row', () => {
    const model = AutoModelForSequenceClassification.fromConfig({
      ...fixtureConfig('gpt2'),
      num_labels: 3,
    }).eval();
    expect(model).toBeInstanceOf(GPT2ForSequenceClassification);
    const cls = model as GPT2ForSequenceClassification;
    expect(cls.score.bias).toBeUndefined();
    // pad_token_id is 98 in the tiny config; row 0 also starts with it (pad = bos as in GPT-2 setups).
    const inputIds = [
      [98, 15, 33, 47, 8, 91, 3],
      [98, 64, 12, 77, 3, 98, 98],
      [98, 98, 98, 98, 98, 98, 98],
    ];
    const attentionMask = [
      [1, 1, 1, 1, 1, 1, 1],
      [1, 1, 1, 1, 1, 0, 0],
      [1, 0, 0, 0, 0, 0, 0],
    ];
    tf.tidy(() => {
      const out = cls.forward({ inputIds, attentionMask });
      expect(out.logits!.shape).toEqual([3, 3]);
      const perPosition = cls.score.call(out.lastHiddenState).arraySync() as number[][][];
      const logits = out.logits!.arraySync() as number[][];
      const expectedIndex = [6, 4, 0];
      expectedIndex.forEach((index, row) => {
        logits[row]!.forEach((value, label) =>
          expect(value).toBeCloseTo(perPosition[row]![index]![label]!, 5),
        );
      });
      // With inputsEmbeds only, transformers falls back to the last position.
      const embeds = cls.transformer.wte.call(tf.tensor2d(inputIds, undefined, 'int32')) as tf.Tensor3D;
      const fromEmbeds = cls
        .forward({ inputsEmbeds: embeds, attentionMask })
        .logits!.arraySync() as number[][];
      fromEmbeds.forEach((row, r) =>
        row.forEach((v, l) => expect(v).toBeCloseTo(perPosition[r]![6]![l]!, 5)),
      );
    });
    cls.dispose();
  });

  it('uses the last position when pad_token_id is not set, and honours id2label', () => {
    const config: PretrainedConfig = {
      ...fixtureConfig('gpt2'),
      id2label: { 0: 'neg', 1: 'neu', 2: 'pos', 3: 'mixed' },
    };
    delete config['pad_token_id'];
    const cls = GPT2ForSequenceClassification.fromConfig(config).eval();
    expect(cls.settings.padTokenId).toBeUndefined();
    tf.tidy(() => {
      const out = cls.forward({ inputIds: [[5, 6, 98, 98]] });
      expect(out.logits!.shape).toEqual([1, 4]);
      const last = cls.score.call(out.lastHiddenState.slice([0, 3, 0], [1, 1, 32]).reshape([1, 32]));
      expect(tf.max(tf.abs(tf.sub(last, out.logits!))).dataSync()[0]).toBeLessThan(1e-6);
    });
    expect(GPT2ForSequenceClassification.fromConfig(fixtureConfig('gpt2')).score.outFeatures).toBe(2);
    cls.dispose();
  });
});
