/**
 * The test suite every BERT-family architecture must pass (fixture match on both backends, state
 * dict, loading variants, heads, real-size parameter counts, dropout / mask / prefix behaviour).
 * `bert.test.ts` and `roberta.test.ts` call {@link describeBertFamily} with their classes.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeltahubError } from '../../../errors.js';
import { withoutRandomInit } from '../../../nn/init.js';
import { selectBackend } from '../../../runtime/backend.js';
import { tf } from '../../../runtime/tf.js';
import { AutoModel, AutoModelForMaskedLM, AutoModelForSequenceClassification } from '../../auto.js';
import type { PretrainedConfig } from '../../config.js';
import { additivePaddingMask, type ModelOutput } from '../../inputs.js';
import type { FromPretrainedOptions } from '../../loading.js';
import type { PreTrainedModel } from '../../pretrained-model.js';
import type { PretrainedModelClass } from '../../registry.js';
import {
  HF_TINY,
  lastHiddenStateDiff,
  maxAbsDiff,
  readReference,
  toTensor,
} from '../../test-support/reference.js';
import type { BertAttentionOptions } from '../attention.js';
import type { BertModel, BertModelOptions } from '../model.js';
import {
  onlyKeys,
  removeCheckpointFolders,
  withMismatchedShape,
  withoutKeys,
  writeCheckpoint,
  writeShardedCheckpoint,
} from '../../test-support/checkpoint.js';
import {
  fixtureConfig,
  readArchModuleNames,
  readParamCounts,
  realConfig,
  referenceInputs,
} from '../../test-support/fixtures.js';
import { maxDiff as diff } from '../../test-support/suite.js';

/** A model class with the inherited static loaders. */
export type LoadableClass<T extends PreTrainedModel = PreTrainedModel> = PretrainedModelClass<T> & {
  fromPretrained(folder: string, options?: FromPretrainedOptions): Promise<T>;
  fromConfig(config: PretrainedConfig): T;
};

/** The base class: also takes `BertModelOptions`. */
export type BaseClass = LoadableClass<BertModel> & {
  new (config: PretrainedConfig, options?: BertModelOptions): BertModel;
};

/** What differs between members of the family. */
export interface BertFamilyDescriptor {
  /** Fixture folder and `model_type` (`bert`, `roberta`). */
  arch: string;
  /** `baseModelPrefix` of the head classes. */
  prefix: string;
  base: BaseClass;
  maskedLM: LoadableClass;
  sequenceClassification: LoadableClass;
  /** Head state-dict keys of the masked-LM class (outside the prefix), tied aliases included. */
  maskedLMHeadKeys: string[];
  /** The aliases transformers' `_tied_weights_keys` drops on save. */
  maskedLMTiedKeys: string[];
  /** Head modules of each head class (outside the prefix), name → transformers type. */
  maskedLMHeadModules: Record<string, string>;
  sequenceClassificationHeadModules: Record<string, string>;
  /** Whether the sequence classifier keeps the pooler (BERT) or not (RoBERTa). */
  sequenceClassificationHasPooler: boolean;
  /** Real configs (`real_configs/<file>.json`) → param_counts.json class key → model builder. */
  realModels: Record<string, Record<string, (config: PretrainedConfig) => PreTrainedModel>>;
}

function disposeOutput(output: ModelOutput): void {
  for (const tensor of Object.values(output) as tf.Tensor[]) tensor.dispose();
}

function sortedKeys(model: PreTrainedModel): string[] {
  return Object.keys(model.stateDict()).sort();
}

/** Registers the whole family suite for one architecture. */
export function describeBertFamily(d: BertFamilyDescriptor): void {
  const names = [d.arch, `${d.arch}_perturbed`];
  const config = fixtureConfig(d.arch);
  const folder = (name: string): string => join(HF_TINY, name);
  const quiet: FromPretrainedOptions = { onWarning: () => {} };
  const maxDiffs: string[] = [];

  afterAll(async () => {
    await removeCheckpointFolders();
    console.info(`${d.arch} max abs diffs vs transformers: ${maxDiffs.join('; ')}`);
  });

  describe.each(['wasm', 'cpu'] as const)('%s backend: transformers fixtures', (backend) => {
    beforeAll(async () => {
      await selectBackend(backend);
    });

    it.each(names)('%s: outputs match the reference (class and AutoModel)', async (name) => {
      const ref = readReference(name);
      const mask = ref.inputs['attention_mask'];
      for (const [via, model] of [
        ['class', await d.base.fromPretrained(folder(name), quiet)],
        ['AutoModel', await AutoModel.fromPretrained(folder(name), quiet)],
      ] as const) {
        expect(model).toBeInstanceOf(d.base);
        expect(model.constructor).toBe(d.base);
        const output = model.forward(referenceInputs(ref));
        const hidden = maxAbsDiff(output.lastHiddenState, ref.outputs['last_hidden_state']!, mask);
        const pooled = maxAbsDiff(output.poolerOutput!, ref.outputs['pooler_output']!);
        maxDiffs.push(
          `${backend} ${name} ${via}: hidden ${hidden.toExponential(2)}, pooler ${pooled.toExponential(2)}`,
        );
        expect(hidden).toBeLessThan(1e-4);
        expect(pooled).toBeLessThan(1e-4);
        disposeOutput(output);
        model.dispose();
      }
    });

    it.each(names)('%s: state dict keys and parameter count equal transformers', async (name) => {
      const ref = readReference(name);
      const model = await d.base.fromPretrained(folder(name), quiet);
      expect(sortedKeys(model)).toEqual([...ref.state_dict_keys].sort());
      expect(model.numParameters()).toBe(ref.num_parameters);
      expect(model.loadReport).toMatchObject({
        missingKeys: [],
        unexpectedKeys: [],
        prefixAdjustment: 'none',
      });
      model.dispose();
    });
  });

  describe('module tree', () => {
    beforeAll(async () => {
      await selectBackend('wasm');
    });

    it('layer 0 module names and types, and parameter names, equal transformers', () => {
      const section = readArchModuleNames(d.arch);
      expect(section.modules.size).toBeGreaterThan(10);
      const model = withoutRandomInit(() => new d.base(config));
      const ours = new Map(
        [...model.namedModules()]
          .filter(([name]) => name === 'encoder.layer.0' || name.startsWith('encoder.layer.0.'))
          .map(([name, module]) => [name, module.typeName]),
      );
      expect(ours).toEqual(section.modules);
      const keys = new Set(Object.keys(model.stateDict()));
      for (const parameter of section.parameters) expect(keys.has(parameter), parameter).toBe(true);
      model.dispose();
    });

    it('head modules are named and typed as transformers', () => {
      for (const [cls, expected] of [
        [d.maskedLM, d.maskedLMHeadModules],
        [d.sequenceClassification, d.sequenceClassificationHeadModules],
      ] as const) {
        const model = withoutRandomInit(() => new cls(config));
        const head = Object.fromEntries(
          [...model.namedModules()]
            .filter(([name]) => name !== '' && name !== d.prefix && !name.startsWith(`${d.prefix}.`))
            .map(([name, module]) => [name, module.typeName]),
        );
        expect(head).toEqual(expected);
        expect(model.typeName).toBe(cls.name);
        expect(model.getSubmodule(d.prefix).constructor).toBe(d.base);
        model.dispose();
      }
    });
  });

  describe('loading variants', () => {
    beforeAll(async () => {
      await selectBackend('wasm');
    });

    it('a checkpoint holding only the save_pretrained keys loads to identical outputs', async () => {
      const ref = readReference(d.arch);
      const original = await d.base.fromPretrained(folder(d.arch), quiet);
      const reduced = await writeCheckpoint(
        config,
        onlyKeys(original.stateDict(), ref.hf_save_pretrained_keys),
      );
      const reloaded = await d.base.fromPretrained(reduced, quiet);
      const a = original.forward(referenceInputs(ref));
      const b = reloaded.forward(referenceInputs(ref));
      expect(diff(a.lastHiddenState, b.lastHiddenState)).toBe(0);

      // The masked-LM head: tied copies dropped as transformers' save_pretrained drops them.
      const mlm = d.maskedLM.fromConfig(config).eval(); // fromConfig models train, as in PyTorch
      expect([...mlm.tiedKeys()].sort()).toEqual([...d.maskedLMTiedKeys].sort());
      const warnings: string[] = [];
      const saved = await writeCheckpoint(config, withoutKeys(mlm.stateDict(), d.maskedLMTiedKeys));
      const mlmReloaded = await d.maskedLM.fromPretrained(saved, { onWarning: (w) => warnings.push(w) });
      expect(warnings).toEqual([]);
      expect(mlmReloaded.loadReport?.missingKeys).toEqual([]);
      const la = mlm.forward(referenceInputs(ref));
      const lb = mlmReloaded.forward(referenceInputs(ref));
      expect(diff(la.logits!, lb.logits!)).toBe(0);
      for (const m of [original, reloaded, mlm, mlmReloaded]) m.dispose();
      for (const o of [a, b, la, lb]) disposeOutput(o);
    });

    it('a base checkpoint loads into the head classes (prefix added)', async () => {
      const ref = readReference(d.arch);
      const mask = ref.inputs['attention_mask'];
      const mlm = await d.maskedLM.fromPretrained(folder(d.arch), quiet);
      expect(mlm.loadReport?.prefixAdjustment).toBe('added');
      const headKeys = d.maskedLMHeadKeys.filter((k) => !d.maskedLMTiedKeys.includes(k));
      expect([...mlm.loadReport!.missingKeys].sort()).toEqual([...headKeys].sort());
      expect([...mlm.loadReport!.unexpectedKeys].sort()).toEqual([
        `${d.prefix}.pooler.dense.bias`,
        `${d.prefix}.pooler.dense.weight`,
      ]);
      const out = mlm.forward(referenceInputs(ref));
      expect(maxAbsDiff(out.lastHiddenState, ref.outputs['last_hidden_state']!, mask)).toBeLessThan(1e-4);
      expect(out.logits!.shape).toEqual([2, 7, config['vocab_size']]);

      const cls = await d.sequenceClassification.fromPretrained(folder(d.arch), quiet);
      expect(cls.loadReport?.prefixAdjustment).toBe('added');
      expect(cls.loadReport?.missingKeys.every((k) => !k.startsWith(`${d.prefix}.`))).toBe(true);
      const clsOut = cls.forward(referenceInputs(ref));
      expect(maxAbsDiff(clsOut.lastHiddenState, ref.outputs['last_hidden_state']!, mask)).toBeLessThan(1e-4);
      if (d.sequenceClassificationHasPooler) {
        expect(maxAbsDiff(clsOut.poolerOutput!, ref.outputs['pooler_output']!)).toBeLessThan(1e-4);
      }
      expect(clsOut.logits!.shape).toEqual([2, 2]);
      for (const o of [out, clsOut]) disposeOutput(o);
      mlm.dispose();
      cls.dispose();
    });

    it('a head checkpoint loads into the base class (prefix stripped)', async () => {
      const ref = readReference(d.arch);
      const head = d.sequenceClassification.fromConfig(config).eval();
      const saved = await writeCheckpoint(config, head.stateDict());
      const base = await d.base.fromPretrained(saved, quiet);
      expect(base.loadReport?.prefixAdjustment).toBe('removed');
      expect(base.loadReport?.unexpectedKeys.length).toBeGreaterThan(0);
      expect(base.loadReport?.unexpectedKeys.every((k) => !k.startsWith(`${d.prefix}.`))).toBe(true);
      const a = head.forward(referenceInputs(ref));
      const b = base.forward(referenceInputs(ref));
      expect(diff(a.lastHiddenState, b.lastHiddenState)).toBe(0);
      if (d.sequenceClassificationHasPooler) expect(diff(a.poolerOutput!, b.poolerOutput!)).toBe(0);
      for (const o of [a, b]) disposeOutput(o);
      head.dispose();
      base.dispose();
    });

    it('a sharded checkpoint (index + 2 shards) loads identically', async () => {
      const ref = readReference(`${d.arch}_perturbed`);
      const original = await d.base.fromPretrained(folder(`${d.arch}_perturbed`), quiet);
      const sharded = await writeShardedCheckpoint(config, original.stateDict());
      const reloaded = await d.base.fromPretrained(sharded, quiet);
      expect(reloaded.loadReport?.files).toHaveLength(2);
      const out = reloaded.forward(referenceInputs(ref));
      expect(lastHiddenStateDiff(out, ref)).toBeLessThan(1e-4);
      disposeOutput(out);
      original.dispose();
      reloaded.dispose();
    });

    it('a shape-mismatched checkpoint is a typed error naming the key', async () => {
      const original = await d.base.fromPretrained(folder(d.arch), quiet);
      const key = 'encoder.layer.1.attention.self.query.weight';
      const dict = withMismatchedShape(original.stateDict(), key, [32, 31]);
      const broken = await writeCheckpoint(config, dict);
      const error = await d.base.fromPretrained(broken, quiet).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DeltahubError);
      expect((error as DeltahubError).code).toBe('CHECKPOINT_SHAPE_MISMATCH');
      expect((error as DeltahubError).message).toContain(key);
      original.dispose();
    });

    it('a config of another architecture is refused', async () => {
      const other = d.arch === 'bert' ? 'roberta' : 'bert';
      await expect(d.base.fromPretrained(folder(other), quiet)).rejects.toMatchObject({
        code: 'ARCHITECTURE_MISMATCH',
      });
    });
  });

  describe('heads', () => {
    beforeAll(async () => {
      await selectBackend('wasm');
    });

    it('the masked-LM head ties its decoder to the word embeddings and returns [batch, seq, vocab] logits', () => {
      const ref = readReference(d.arch);
      const mlm = AutoModelForMaskedLM.fromConfig(config);
      expect(mlm).toBeInstanceOf(d.maskedLM);
      const decoderKey = d.maskedLMTiedKeys.find((k) => k.endsWith('decoder.weight'))!;
      const dict = mlm.stateDict();
      expect(dict[decoderKey]).toBe(dict[`${d.prefix}.embeddings.word_embeddings.weight`]);
      const pooled = withoutRandomInit(() => new d.base(config, { addPoolingLayer: false }));
      const expectedKeys = Object.keys(pooled.stateDict())
        .map((k) => `${d.prefix}.${k}`)
        .concat(d.maskedLMHeadKeys)
        .sort();
      pooled.dispose();
      expect(Object.keys(dict).sort()).toEqual(expectedKeys);
      const out = mlm.forward(referenceInputs(ref));
      expect(out.logits!.shape).toEqual([2, 7, config['vocab_size']]);

      // Untied: a separate decoder matrix, counted once more.
      const untied = d.maskedLM.fromConfig({ ...config, tie_word_embeddings: false });
      const untiedDict = untied.stateDict();
      expect(untiedDict[decoderKey]).not.toBe(untiedDict[`${d.prefix}.embeddings.word_embeddings.weight`]);
      const [vocab, hidden] = [config['vocab_size'] as number, config['hidden_size'] as number];
      expect(untied.numParameters()).toBe(mlm.numParameters() + vocab * hidden);
      disposeOutput(out);
      mlm.dispose();
      untied.dispose();
    });

    it('the sequence classifier honours num_labels and id2label', () => {
      const ref = readReference(d.arch);
      const three = AutoModelForSequenceClassification.fromConfig({ ...config, num_labels: 3 });
      expect(three).toBeInstanceOf(d.sequenceClassification);
      const out3 = three.forward(referenceInputs(ref));
      expect(out3.logits!.shape).toEqual([2, 3]);
      const id2label = { 0: 'a', 1: 'b', 2: 'c', 3: 'd', 4: 'e' };
      const five = d.sequenceClassification.fromConfig({ ...config, id2label });
      const out5 = five.forward(referenceInputs(ref));
      expect(out5.logits!.shape).toEqual([2, 5]);
      for (const o of [out3, out5]) disposeOutput(o);
      three.dispose();
      five.dispose();
    });

    it('fromConfig initialises as transformers (_init_weights)', () => {
      const model = d.base.fromConfig({ ...config, hidden_size: 64, num_attention_heads: 4 });
      const dict = model.stateDict();
      const values = (k: string): Float32Array => dict[k]!.dataSync() as Float32Array;
      expect([...values('embeddings.LayerNorm.weight')].every((v) => v === 1)).toBe(true);
      expect([...values('encoder.layer.0.attention.self.query.bias')].every((v) => v === 0)).toBe(true);
      const query = values('encoder.layer.0.attention.self.query.weight');
      const std = Math.sqrt(query.reduce((s, v) => s + v * v, 0) / query.length);
      expect(std).toBeGreaterThan(0.015);
      expect(std).toBeLessThan(0.025);
      const pad = config['pad_token_id'] as number;
      const word = tf.tidy(() =>
        dict['embeddings.word_embeddings.weight']!.slice([pad, 0], [1, 64]).dataSync(),
      );
      expect([...word].every((v) => v === 0)).toBe(true);
      model.dispose();
    });
  });

  describe('real-size parameter counts (param_counts.json)', () => {
    beforeAll(async () => {
      await selectBackend('cpu');
    });
    const counts = readParamCounts();
    const cases = Object.entries(d.realModels).flatMap(([realName, builders]) =>
      Object.entries(builders).map(([classKey, build]) => [realName, classKey, build] as const),
    );

    it.each(cases)('%s %s', (realName, classKey, build) => {
      const expected = counts[realName]?.[classKey];
      expect(expected, `${realName} ${classKey} in param_counts.json`).toBeDefined();
      const model = withoutRandomInit(() => build(realConfig(realName)));
      try {
        expect(model.numParameters()).toBe(expected!.parameters_unique);
        const dict = model.stateDict();
        expect(Object.keys(dict)).toHaveLength(expected!.state_dict_keys);
        expect(Object.values(dict).reduce((n, t) => n + t.size, 0)).toBe(
          expected!.parameters_counting_every_alias,
        );
      } finally {
        model.dispose();
      }
    });

    it('every class of this architecture in param_counts.json is covered', () => {
      for (const [realName, builders] of Object.entries(d.realModels)) {
        const listed = Object.keys(counts[realName] ?? {});
        expect(listed.length).toBeGreaterThan(0);
        expect(Object.keys(builders).sort()).toEqual(listed.sort());
      }
    });
  });

  describe('behaviour', () => {
    beforeAll(async () => {
      await selectBackend('wasm');
    });

    it('dropout is active only in training mode', async () => {
      const ref = readReference(d.arch);
      const model = await d.base.fromPretrained(folder(d.arch), quiet);
      model.train();
      const a = model.forward(referenceInputs(ref));
      const b = model.forward(referenceInputs(ref));
      expect(diff(a.lastHiddenState, b.lastHiddenState)).toBeGreaterThan(1e-3);
      model.eval();
      const c = model.forward(referenceInputs(ref));
      const e = model.forward(referenceInputs(ref));
      expect(diff(c.lastHiddenState, e.lastHiddenState)).toBe(0);
      expect(lastHiddenStateDiff(c, ref)).toBeLessThan(1e-4);
      for (const o of [a, b, c, e]) disposeOutput(o);
      model.dispose();
    });

    it('the attention mask hides padded positions', async () => {
      const ref = readReference(d.arch);
      const model = await d.base.fromPretrained(folder(d.arch), quiet);
      const ids = ref.inputs['input_ids']!;
      const changed = {
        ...ids,
        data: ids.data.map((v, i) => (ref.inputs['attention_mask']!.data[i] === 0 ? 42 : v)),
      };
      const mask = toTensor(ref.inputs['attention_mask']!);
      const masked = model.forward({ inputIds: toTensor(changed), attentionMask: mask });
      expect(lastHiddenStateDiff(masked, ref)).toBeLessThan(1e-4);
      const unmasked = model.forward({ inputIds: toTensor(changed) });
      expect(lastHiddenStateDiff(unmasked, ref)).toBeGreaterThan(1e-3);
      for (const o of [masked, unmasked]) disposeOutput(o);
      model.dispose();
    });

    it('inputsEmbeds replaces the word embedding lookup', async () => {
      const ref = readReference(`${d.arch}_perturbed`);
      const model = await d.base.fromPretrained(folder(`${d.arch}_perturbed`), quiet);
      const inputsEmbeds = model.embeddings.word_embeddings.call(toTensor(ref.inputs['input_ids']!));
      // Padding is at the end of the row, so RoBERTa's embeds-based positions agree where unmasked.
      const out = model.forward({ inputsEmbeds, attentionMask: toTensor(ref.inputs['attention_mask']!) });
      expect(lastHiddenStateDiff(out, ref)).toBeLessThan(1e-4);
      disposeOutput(out);
      model.dispose();
    });

    it('prefixKeyValue equals attending over the prefix tokens themselves', async () => {
      const model = await d.base.fromPretrained(folder(`${d.arch}_perturbed`), quiet);
      const self = model.encoder.layer.at(0).attention.self;
      const [heads, headDim] = [self.numHeads, self.headDim];
      const hidden = heads * headDim;
      const split = (t: tf.Tensor): tf.Tensor4D => t.reshape([2, -1, heads, headDim]).transpose([0, 2, 1, 3]);
      const x = tf.randomNormal([2, 5, hidden]) as tf.Tensor3D;
      const xp = tf.randomNormal([2, 3, hidden]) as tf.Tensor3D;
      const mask2d = tf.tensor2d([
        [1, 1, 1, 1, 1],
        [1, 1, 1, 0, 0],
      ]);
      const prefixKeyValue = { key: split(self.key.call(xp)), value: split(self.value.call(xp)) };
      const withPrefix = self.call(x, { attentionMask: additivePaddingMask(mask2d), prefixKeyValue });
      const fullMask = additivePaddingMask(tf.concat([tf.ones([2, 3]), mask2d], 1) as tf.Tensor2D);
      const full = self.call(tf.concat([xp, x], 1), { attentionMask: fullMask });
      expect(withPrefix.shape).toEqual([2, 5, hidden]);
      expect(diff(withPrefix, full.slice([0, 3, 0], [2, 5, hidden]))).toBeLessThan(1e-5);

      // A batch-1 prefix is broadcast over the batch: same as the prefix repeated per row.
      const single = { key: prefixKeyValue.key.slice([0], [1]), value: prefixKeyValue.value.slice([0], [1]) };
      const repeated = {
        key: tf.concat([single.key, single.key]) as tf.Tensor4D,
        value: tf.concat([single.value, single.value]) as tf.Tensor4D,
      };
      expect(
        diff(self.call(x, { prefixKeyValue: single }), self.call(x, { prefixKeyValue: repeated })),
      ).toBeLessThan(1e-6);

      // An empty prefix changes nothing.
      const empty = {
        key: tf.zeros([2, heads, 0, headDim]) as tf.Tensor4D,
        value: tf.zeros([2, heads, 0, headDim]) as tf.Tensor4D,
      };
      const plain = self.call(x, { attentionMask: additivePaddingMask(mask2d) });
      expect(
        diff(self.call(x, { attentionMask: additivePaddingMask(mask2d), prefixKeyValue: empty }), plain),
      ).toBeLessThan(1e-6);

      // Wrong head layout is a typed error.
      expect(() =>
        self.call(x, {
          prefixKeyValue: { key: tf.zeros([2, 1, 3, hidden]), value: tf.zeros([2, 1, 3, hidden]) },
        }),
      ).toThrow(DeltahubError);
      model.dispose();
    });

    it('a forward pre-hook on the attention module attaches a prefix to the whole model', async () => {
      const ref = readReference(d.arch);
      const model = await d.base.fromPretrained(folder(d.arch), quiet);
      const attention = model.encoder.layer.at(0).attention;
      const { numHeads, headDim } = attention.self;
      const baseline = model.forward(referenceInputs(ref));
      const key = tf.randomNormal([2, numHeads, 4, headDim]) as tf.Tensor4D;
      const value = tf.randomNormal([2, numHeads, 4, headDim]) as tf.Tensor4D;
      const handle = attention.registerForwardPreHook((_module, [hidden, options]) => [
        hidden,
        { ...options, prefixKeyValue: { key, value } } satisfies BertAttentionOptions,
      ]);
      const prefixed = model.forward(referenceInputs(ref));
      expect(prefixed.lastHiddenState.shape).toEqual(baseline.lastHiddenState.shape);
      expect(diff(prefixed.lastHiddenState, baseline.lastHiddenState)).toBeGreaterThan(1e-3);
      handle.remove();
      const after = model.forward(referenceInputs(ref));
      expect(diff(after.lastHiddenState, baseline.lastHiddenState)).toBe(0);
      for (const o of [baseline, prefixed, after]) disposeOutput(o);
      model.dispose();
    });

    it('sequences longer than the position table are a typed error', () => {
      const model = withoutRandomInit(() => new d.base(config));
      const ids = tf.ones([1, (config['max_position_embeddings'] as number) + 1], 'int32');
      expect(() => model.forward({ inputIds: ids })).toThrow(
        expect.objectContaining({ code: 'SEQUENCE_TOO_LONG' }),
      );
      model.dispose();
    });
  });
}
