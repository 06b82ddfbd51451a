import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../runtime/backend.js';
import { tf } from '../runtime/tf.js';
import { Linear } from '../nn/linear.js';
import { causalLMLoss } from './lm-loss.js';

describe.each(['wasm', 'cpu'] as const)('causalLMLoss on %s', (backend) => {
  beforeAll(async () => {
    await selectBackend(backend);
  });

  it('equals the cross-entropy of the whole logits, with the same gradients, in any chunk size', () => {
    const head = new Linear(8, 11, { bias: true });
    const hidden = tf.randomNormal([2, 6, 8], 0, 1, 'float32', 3) as tf.Tensor3D;
    const ids = tf.tensor2d(
      [
        [1, 4, 9, 2, 0, 7],
        [3, 3, 10, 5, 6, 1],
      ],
      undefined,
      'int32',
    );
    const whole = (h: tf.Tensor3D): tf.Scalar => {
      const logits = (head.call(h) as tf.Tensor3D).slice([0, 0, 0], [2, 5, 11]).reshape([10, 11]);
      const labels = tf.oneHot(ids.slice([0, 1], [2, 5]).reshape([10]) as tf.Tensor1D, 11);
      return tf.losses.softmaxCrossEntropy(labels, logits) as tf.Scalar;
    };
    const measure = (loss: (h: tf.Tensor3D) => tf.Scalar) =>
      tf.tidy(() => {
        const { value, grads } = tf.variableGrads(() => loss(hidden), head.trainableVariables());
        const dh = tf.grad((h: tf.Tensor) => loss(h as tf.Tensor3D))(hidden);
        return {
          value: value.dataSync()[0]!,
          dw: [...grads[head.weight.name]!.dataSync()],
          dh: [...dh.dataSync()],
        };
      });
    const expected = measure(whole);
    for (const chunkSize of [1, 3, 32]) {
      const before = tf.memory().numTensors;
      const actual = measure((h) => causalLMLoss(head, h, ids, { chunkSize }));
      expect(tf.memory().numTensors).toBe(before);
      expect(actual.value).toBeCloseTo(expected.value, 5);
      actual.dw.forEach((v, i) => expect(v).toBeCloseTo(expected.dw[i]!, 5));
      actual.dh.forEach((v, i) => expect(v).toBeCloseTo(expected.dh[i]!, 5));
    }
    tf.dispose([hidden, ids]);
    head.dispose();
  });
});
