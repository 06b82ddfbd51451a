/**
 * Test scaffolding shared by the architectures' suites: running a block on every backend, comparing
 * outputs, and the fixture tests every encoder-decoder base model gets.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../../runtime/backend.js';
import { tf } from '../../runtime/tf.js';
import { AutoModel } from '../auto.js';
import type { Module } from '../../nn/module.js';
import type { PrefixKeyValue } from '../attention.js';
import type { ModelInputs, ModelOutput } from '../inputs.js';
import type { FromPretrainedOptions } from '../loading.js';
import type { PreTrainedModel } from '../pretrained-model.js';
import { seq2seqReferenceInputs } from './fixtures.js';
import { HF_TINY, maxAbsDiff, readReference, type Reference } from './reference.js';

/** The backends every numeric suite runs on. */
export const BACKENDS = ['wasm', 'cpu'] as const;
export type Backend = (typeof BACKENDS)[number];

/** `describe('<title> on <backend>')` for each backend, with the backend selected before its tests. */
export function describeOnBackends(title: string, body: (backend: Backend) => void): void {
  describe.each(BACKENDS)(`${title} on %s`, (backend) => {
    beforeAll(async () => {
      await selectBackend(backend);
    });
    body(backend);
  });
}

/** Largest absolute difference between two tensors. */
export function maxDiff(a: tf.Tensor, b: tf.Tensor): number {
  return tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0]!);
}

/** {@link maxDiff}, after asserting that both tensors have one shape. */
export function maxDiffSameShape(a: tf.Tensor, b: tf.Tensor): number {
  expect(a.shape).toEqual(b.shape);
  return maxDiff(a, b);
}

/**
 * Every output of `b` equals the one of `a` on the inputs `inputs()` makes (inside a tidy scope): the
 * last hidden state (same shape), and the encoder's last hidden state and the logits when `a` gives
 * them.
 */
export function expectSameOutputs(
  a: PreTrainedModel,
  b: PreTrainedModel,
  makeInputs: () => ModelInputs,
): void {
  tf.tidy(() => {
    const inputs = makeInputs();
    const outA = a.forward(inputs);
    const outB = b.forward(inputs);
    expect(outB.lastHiddenState.shape).toEqual(outA.lastHiddenState.shape);
    expect(maxDiff(outA.lastHiddenState, outB.lastHiddenState)).toBe(0);
    if (outA.encoderLastHiddenState) {
      expect(maxDiff(outA.encoderLastHiddenState, outB.encoderLastHiddenState!)).toBe(0);
    }
    if (outA.logits) expect(maxDiff(outA.logits, outB.logits!)).toBe(0);
  });
}

/** Max abs differences of decoder and encoder outputs against the reference (encoder: unmasked rows). */
export function seq2seqDiffs(model: PreTrainedModel, ref: Reference): { decoder: number; encoder: number } {
  return tf.tidy(() => {
    const out = model.forward(seq2seqReferenceInputs(ref));
    return {
      decoder: maxAbsDiff(out.lastHiddenState, ref.outputs['last_hidden_state']!),
      encoder: maxAbsDiff(
        out.encoderLastHiddenState!,
        ref.outputs['encoder_last_hidden_state']!,
        ref.inputs['attention_mask'],
      ),
    };
  });
}

/** An encoder-decoder base model class with the inherited static loader. */
export interface Seq2SeqBaseClass {
  readonly name: string;
  new (...args: never[]): PreTrainedModel;
  fromPretrained(folder: string, options?: FromPretrainedOptions): Promise<PreTrainedModel>;
}

/**
 * On every backend and fixture: the base model matches transformers' decoder and encoder outputs,
 * `AutoModel` builds it, and it has the reference state-dict keys, tied groups and parameter count.
 * `more` adds architecture-specific tests inside the same fixture block.
 */
export function describeSeq2SeqFixtures(options: {
  title: string;
  fixtures: readonly string[];
  base: Seq2SeqBaseClass;
  tolerance: number;
  more?: (context: { backend: Backend; name: string; folder: string; ref: Reference }) => void;
}): void {
  const { base, tolerance } = options;
  describeOnBackends(`${options.title} fixtures`, (backend) => {
    describe.each(options.fixtures)('%s', (name) => {
      const folder = join(HF_TINY, name);
      const ref = readReference(name);

      it(`${base.name} matches the transformers outputs`, async () => {
        const model = await base.fromPretrained(folder);
        expect(model.loadReport).toMatchObject({
          missingKeys: [],
          unexpectedKeys: [],
          prefixAdjustment: 'none',
        });
        const d = seq2seqDiffs(model, ref);
        console.log(
          `[${backend}] ${name} ${base.name} max abs diff: last_hidden_state ${d.decoder.toExponential(2)}, encoder_last_hidden_state ${d.encoder.toExponential(2)}`,
        );
        expect(d.decoder).toBeLessThan(tolerance);
        expect(d.encoder).toBeLessThan(tolerance);
        model.dispose();
      });

      it(`AutoModel builds ${base.name} with the same outputs`, async () => {
        const model = await AutoModel.fromPretrained(folder);
        expect(model).toBeInstanceOf(base);
        const d = seq2seqDiffs(model, ref);
        expect(d.decoder).toBeLessThan(tolerance);
        expect(d.encoder).toBeLessThan(tolerance);
        model.dispose();
      });

      it('has the reference state dict keys, tied groups and parameter count', async () => {
        const model = await base.fromPretrained(folder);
        const dict = model.stateDict();
        expect(Object.keys(dict).sort()).toEqual([...ref.state_dict_keys].sort());
        for (const group of ref.tied_groups) {
          for (const key of group) expect(dict[key]).toBe(dict[group[0]!]);
        }
        expect(model.numParameters()).toBe(ref.num_parameters);
        model.dispose();
      });

      options.more?.({ backend, name, folder, ref });
    });
  });
}

/**
 * Dropout is active in training mode (two passes differ by more than `minTrainingDiff` in the output
 * `pick` selects) and off in eval mode (two passes are identical). Leaves the model in eval mode.
 */
export function expectDropoutOnlyInTraining(
  model: PreTrainedModel,
  inputs: ModelInputs,
  pick: (output: ModelOutput) => tf.Tensor,
  minTrainingDiff: number,
): void {
  tf.tidy(() => {
    model.train();
    expect(maxDiff(pick(model.forward(inputs)), pick(model.forward(inputs)))).toBeGreaterThan(
      minTrainingDiff,
    );
    model.eval();
    expect(maxDiff(pick(model.forward(inputs)), pick(model.forward(inputs)))).toBe(0);
  });
}

/**
 * A forward pass leaks no tensors; and with a trainable prefix (`prefixShape`, keys and values the
 * same variable) attached to `attention` by a forward pre-hook, as prefix tuning does, `loss` gives
 * every parameter a finite gradient of its shape and the prefix a non-zero one. Disposes the model.
 */
export function expectTrainableWithPrefix(
  model: PreTrainedModel,
  inputs: ModelInputs,
  attention: PrefixableAttention,
  prefixShape: [number, number, number, number],
  loss: (output: ModelOutput) => tf.Tensor,
): void {
  const before = tf.memory().numTensors;
  const out = model.forward(inputs);
  out.lastHiddenState.dispose();
  out.logits!.dispose();
  expect(tf.memory().numTensors).toBe(before);

  const prefixKey = tf.variable(tf.randomNormal(prefixShape, 0, 1, 'float32', 5));
  const handle = attention.registerForwardPreHook((_module, [hidden, options]) => [
    hidden,
    { ...options, prefixKeyValue: { key: prefixKey as tf.Tensor4D, value: prefixKey as tf.Tensor4D } },
  ]);
  const { value, grads } = tf.variableGrads(
    () => loss(model.forward(inputs)) as tf.Scalar,
    [...model.trainableVariables(), prefixKey],
  );
  handle.remove();
  for (const [name, parameter] of [...model.namedParameters(), ['prefix', prefixKey] as const]) {
    const grad = grads[parameter.name];
    expect(grad, name).toBeDefined();
    expect(grad!.shape).toEqual(parameter.shape);
    expect(Number.isFinite(tf.tidy(() => tf.sum(tf.abs(grad!)).dataSync()[0]!)), name).toBe(true);
  }
  expect(tf.tidy(() => tf.sum(tf.abs(grads[prefixKey.name]!)).dataSync()[0]!)).toBeGreaterThan(0);
  tf.dispose([value, ...Object.values(grads), prefixKey]);
  model.dispose();
}

/** An attention module whose forward options take `prefixKeyValue` (the contract prefix tuning uses). */
export type PrefixableAttention = Module<[tf.Tensor3D, { prefixKeyValue?: PrefixKeyValue }?], tf.Tensor3D>;

/**
 * Forward pre-hooks that give each of `attentions` its own random prefix (`prefixShape`, seeds
 * 10 + i for keys and 20 + i for values) change the output `pick` selects but not its shape, and
 * removing the hooks restores the original output exactly.
 */
export function expectPrefixPreHooksApply(
  model: PreTrainedModel,
  inputs: ModelInputs,
  attentions: PrefixableAttention[],
  prefixShape: [number, number, number, number],
  pick: (output: ModelOutput) => tf.Tensor,
): void {
  tf.tidy(() => {
    const base = pick(model.forward(inputs));
    const handles = attentions.map((attention, i) =>
      attention.registerForwardPreHook((_module, [hidden, options]) => {
        const prefixKeyValue: PrefixKeyValue = {
          key: tf.randomNormal(prefixShape, 0, 1, 'float32', 10 + i) as tf.Tensor4D,
          value: tf.randomNormal(prefixShape, 0, 1, 'float32', 20 + i) as tf.Tensor4D,
        };
        return [hidden, { ...options, prefixKeyValue }];
      }),
    );
    const prefixed = pick(model.forward(inputs));
    handles.forEach((h) => h.remove());
    expect(prefixed.shape).toEqual(base.shape);
    expect(maxDiff(prefixed, base)).toBeGreaterThan(1e-3);
    expect(maxDiff(pick(model.forward(inputs)), base)).toBe(0);
  });
}
