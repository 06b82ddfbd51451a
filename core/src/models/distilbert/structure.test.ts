import { beforeAll, describe, expect, it } from 'vitest';
import { withoutRandomInit } from '../../nn/init.js';
import { selectBackend } from '../../runtime/backend.js';
import { AutoModelForMaskedLM, AutoModelForSequenceClassification } from '../auto.js';
import type { PretrainedConfig } from '../config.js';
import { DistilBertForMaskedLM, DistilBertForSequenceClassification, DistilBertModel } from './index.js';
import { fixtureConfig, readModuleNames, readParamCounts, realConfig } from '../test-support/fixtures.js';

const counts = readParamCounts();
const CLASSES = { DistilBertModel, DistilBertForMaskedLM, DistilBertForSequenceClassification };

describe('DistilBERT structure at real size', () => {
  // The cpu backend allocates the (zero) real-size weights in milliseconds; wasm takes seconds.
  beforeAll(async () => {
    await selectBackend('cpu');
  });

  const real = counts['distilbert-base-uncased']!;
  it.each(Object.keys(real))('%s has the parameter count of transformers', (className) => {
    const modelClass = CLASSES[className as keyof typeof CLASSES];
    expect(modelClass, `class ${className} is implemented`).toBeDefined();
    const expected = real[className]!;
    const model = withoutRandomInit(() => new modelClass(realConfig('distilbert-base-uncased')));
    try {
      expect(model.numParameters()).toBe(expected.parameters_unique);
      expect(Object.keys(model.stateDict())).toHaveLength(expected.state_dict_keys);
      const tied = expected.tied_groups.map((group) => group.map((key) => model.getParameter(key)));
      for (const group of tied) expect(new Set(group).size).toBe(1);
    } finally {
      model.dispose();
    }
  });

  it('has the module names, types and parameter shapes of transformers', () => {
    const sections = readModuleNames();
    const layer = sections.get(
      'distilbert (distilbert-base-uncased, DistilBertModel) layer transformer.layer.0',
    )!;
    const rest = sections.get('distilbert (distilbert-base-uncased, DistilBertModel) non-layer parameters')!;
    const model = withoutRandomInit(() => new DistilBertModel(realConfig('distilbert-base-uncased')));
    try {
      const modules = [...model.namedModules()]
        .filter(([name]) => name === 'transformer.layer.0' || name.startsWith('transformer.layer.0.'))
        .map(([name, module]) => [name, module.typeName]);
      expect(modules.sort()).toEqual([...layer.modules].sort());
      const shapes = new Map([...model.namedParameters()].map(([name, p]) => [name, p.shape]));
      for (const [name, shape] of [...layer.parameters, ...rest.parameters])
        expect(shapes.get(name)).toEqual(shape);
      expect(model.embeddings.typeName).toBe('Embeddings');
      expect(model.transformer.typeName).toBe('Transformer');
    } finally {
      model.dispose();
    }
  });
});

describe('DistilBERT heads', () => {
  const tiny = (): PretrainedConfig => fixtureConfig('distilbert');
  const inputIds = [
    [2, 15, 33, 47, 8],
    [2, 64, 12, 0, 0],
  ];
  const attentionMask = [
    [1, 1, 1, 1, 1],
    [1, 1, 1, 0, 0],
  ];

  beforeAll(async () => {
    await selectBackend('wasm');
  });

  it('DistilBertForMaskedLM returns vocabulary logits from the tied projector', () => {
    const model = AutoModelForMaskedLM.fromConfig(tiny()).eval();
    expect(model).toBeInstanceOf(DistilBertForMaskedLM);
    const mlm = model as DistilBertForMaskedLM;
    expect(mlm.vocabProjector.weight).toBe(mlm.distilbert.embeddings.wordEmbeddings.weight);
    expect(mlm.tiedKeys()).toEqual(['vocab_projector.weight']);
    // 18858 base + vocab_transform (32·32+32) + vocab_layer_norm (64) + projector bias (99).
    expect(mlm.numParameters()).toBe(18858 + 1056 + 64 + 99);
    const out = mlm.forward({ inputIds, attentionMask });
    expect(out.logits!.shape).toEqual([2, 5, 99]);
    out.lastHiddenState.dispose();
    out.logits!.dispose();
    mlm.dispose();
  });

  it('DistilBertForMaskedLM keeps its own projector when tie_word_embeddings is false', () => {
    const mlm = DistilBertForMaskedLM.fromConfig({ ...tiny(), tie_word_embeddings: false });
    expect(mlm.vocabProjector.weight).not.toBe(mlm.distilbert.embeddings.wordEmbeddings.weight);
    expect(mlm.tiedKeys()).toEqual([]);
    expect(mlm.numParameters()).toBe(18858 + 1056 + 64 + 99 + 99 * 32);
    mlm.dispose();
  });

  it('DistilBertForSequenceClassification honours num_labels and id2label', () => {
    const three = AutoModelForSequenceClassification.fromConfig({ ...tiny(), num_labels: 3 }).eval();
    expect(three).toBeInstanceOf(DistilBertForSequenceClassification);
    const out = three.forward({ inputIds, attentionMask });
    expect(out.logits!.shape).toEqual([2, 3]);
    expect(out.lastHiddenState.shape).toEqual([2, 5, 32]);
    three.dispose();

    const four = DistilBertForSequenceClassification.fromConfig({
      ...tiny(),
      id2label: { 0: 'a', 1: 'b', 2: 'c', 3: 'd' },
    }).eval();
    expect(four.forward({ inputIds, attentionMask }).logits!.shape).toEqual([2, 4]);
    expect(DistilBertForSequenceClassification.fromConfig(tiny()).classifier.outFeatures).toBe(2);
    four.dispose();
  });
});
