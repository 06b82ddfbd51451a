import { beforeAll, describe, expect, it } from 'vitest';
import { tf } from '../runtime/tf.js';
import { selectBackend } from '../runtime/backend.js';
import { Linear } from './linear.js';
import { Module, StateDictError } from './module.js';
import { ModuleList } from './containers.js';
import { Embedding } from './embedding.js';
import { parameterFrom } from './init.js';

class Block extends Module<[tf.Tensor], tf.Tensor> {
  readonly fc1 = this.registerModule('fc1', new Linear(4, 3));
  readonly fc2 = this.registerModule('fc2', new Linear(3, 4, { bias: false }));
  forward(x: tf.Tensor): tf.Tensor {
    return this.fc2.call(this.fc1.call(x));
  }
}

class Tiny extends Module<[tf.Tensor], tf.Tensor> {
  readonly embed = this.registerModule('embed', new Embedding(10, 4));
  readonly layers = this.registerModule('layers', new ModuleList([new Block(), new Block()]));
  readonly head = this.registerModule('head', new Linear(4, 10, { bias: false }));
  constructor() {
    super();
    // Tie the head to the embeddings, as language-model heads do.
    this.head.registerParameter('weight', this.embed.weight);
    this.registerBuffer('scale', tf.scalar(2));
    this.registerBuffer('cache', tf.zeros([2]), { persistent: false });
  }
  forward(ids: tf.Tensor): tf.Tensor {
    let h = this.embed.call(ids);
    for (const layer of this.layers) h = layer.call(h);
    return this.head.call(h);
  }
}

beforeAll(async () => {
  await selectBackend('cpu');
});

describe('Module tree', () => {
  it('names modules and parameters with dotted paths, tied parameters once', () => {
    const m = new Tiny();
    expect([...m.namedModules()].map(([n]) => n)).toEqual([
      '',
      'embed',
      'layers',
      'layers.0',
      'layers.0.fc1',
      'layers.0.fc2',
      'layers.1',
      'layers.1.fc1',
      'layers.1.fc2',
      'head',
    ]);
    const names = [...m.namedParameters()].map(([n]) => n);
    expect(names).toEqual([
      'embed.weight',
      'layers.0.fc1.weight',
      'layers.0.fc1.bias',
      'layers.0.fc2.weight',
      'layers.1.fc1.weight',
      'layers.1.fc1.bias',
      'layers.1.fc2.weight',
    ]);
    expect(m.numParameters()).toBe(40 + 2 * (12 + 3 + 12));
    m.dispose();
  });

  it('lists every alias and persistent buffers in the state dict', () => {
    const m = new Tiny();
    const keys = Object.keys(m.stateDict());
    expect(keys).toContain('head.weight');
    expect(keys).toContain('embed.weight');
    expect(keys).toContain('scale');
    expect(keys).not.toContain('cache');
    expect(m.stateDict()['head.weight']).toBe(m.stateDict()['embed.weight']);
    m.dispose();
  });

  it('loads a state dict and reports missing, unexpected and mismatched keys', () => {
    const a = new Tiny();
    const b = new Tiny();
    const result = b.loadStateDict(a.stateDict());
    expect(result).toEqual({ missingKeys: [], unexpectedKeys: [], mismatchedKeys: [] });
    const x = tf.tensor2d([[1, 2, 3]], undefined, 'int32');
    expect(b.call(x).arraySync()).toEqual(a.call(x).arraySync());

    const partial = { ...a.stateDict(), extra: tf.zeros([1]), 'layers.0.fc1.bias': tf.zeros([5]) };
    delete (partial as Record<string, tf.Tensor>)['scale'];
    expect(() => b.loadStateDict(partial)).toThrow(StateDictError);
    try {
      b.loadStateDict(partial);
    } catch (error) {
      const e = error as StateDictError;
      expect(e.code).toBe('STATE_DICT_MISMATCH');
      expect(e.message).toContain('missing keys: scale');
      expect(e.message).toContain('unexpected keys: extra');
      expect(e.message).toContain('layers.0.fc1.bias expected [3] got [5]');
    }
    const lenient = b.loadStateDict(partial, { strict: false });
    expect(lenient.missingKeys).toEqual(['scale']);
    expect(lenient.unexpectedKeys).toEqual(['extra']);
    expect(lenient.mismatchedKeys.map((k) => k.key)).toEqual(['layers.0.fc1.bias']);
    a.dispose();
    b.dispose();
  });

  it('runs pre-hooks and forward hooks in order and removes them in any order', () => {
    const linear = new Linear(2, 2, { bias: false });
    linear.weight.assign(tf.eye(2));
    const x = tf.tensor2d([[1, 2]]);
    const calls: string[] = [];
    const h1 = linear.registerForwardPreHook((_m, [input]) => {
      calls.push('pre');
      return [tf.mul(input, 10)];
    });
    const h2 = linear.registerForwardHook((_m, _inputs, out) => {
      calls.push('post1');
      return tf.add(out, 1);
    });
    const h3 = linear.registerForwardHook((_m, [input], out) => {
      calls.push('post2');
      return tf.add(out, input); // a module "in parallel": adds a function of the input
    });
    expect(linear.call(x).arraySync()).toEqual([[21, 41]]);
    expect(calls).toEqual(['pre', 'post1', 'post2']);
    expect(linear.forward(x).arraySync()).toEqual([[1, 2]]);
    h2.remove();
    expect(linear.call(x).arraySync()).toEqual([[20, 40]]);
    h1.remove();
    h3.remove();
    expect(linear.call(x).arraySync()).toEqual([[1, 2]]);
    linear.dispose();
  });

  it('switches training mode recursively', () => {
    const m = new Tiny();
    expect(m.layers.at(1).fc2.training).toBe(true);
    m.eval();
    expect(m.modules().every((x) => !x.training)).toBe(true);
    m.train();
    expect(m.modules().every((x) => x.training)).toBe(true);
    m.dispose();
  });

  it('returns trainable variables only and frees tensors on dispose', () => {
    const m = new Tiny();
    m.embed.weight.trainable = false;
    expect(m.trainableVariables()).not.toContain(m.embed.weight);
    expect(m.trainableVariables()).toHaveLength(6);
    const before = tf.memory().numTensors;
    m.dispose();
    expect(tf.memory().numTensors).toBeLessThan(before);
  });

  it('finds submodules and parameters by path, with typed errors', () => {
    const m = new Tiny();
    expect(m.getSubmodule('layers.1.fc1')).toBe(m.layers.at(1).fc1);
    expect(m.getParameter('layers.1.fc2.weight')).toBe(m.layers.at(1).fc2.weight);
    expect(() => m.getSubmodule('layers.7')).toThrow(/No module 'layers.7'/);
    expect(() => m.getParameter('layers.0.fc2.bias')).toThrow(/No parameter/);
    expect(() => m.registerModule('a.b', new Linear(1, 1))).toThrow(/no dot/);
    m.dispose();
  });

  it('applies state dict hooks', () => {
    const m = new Tiny();
    const handle = m.registerStateDictHook((dict) =>
      Object.fromEntries(Object.entries(dict).filter(([k]) => k.endsWith('bias'))),
    );
    expect(Object.keys(m.stateDict())).toEqual(['layers.0.fc1.bias', 'layers.1.fc1.bias']);
    handle.remove();
    expect(Object.keys(m.stateDict()).length).toBeGreaterThan(2);
    m.dispose();
  });

  it('creates parameters that tfjs optimizers train', () => {
    const w = parameterFrom(tf.tensor1d([3]));
    const optimizer = tf.train.sgd(0.1);
    for (let i = 0; i < 50; i++) optimizer.minimize(() => tf.sum(tf.square(w)) as tf.Scalar, false, [w]);
    expect(Math.abs(w.dataSync()[0]!)).toBeLessThan(0.01);
    w.dispose();
  });
});
