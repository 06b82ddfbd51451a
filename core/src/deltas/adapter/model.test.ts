import { beforeAll, describe, expect, it } from 'vitest';
import { DeltahubError } from '../../errors.js';
import { geluNew } from '../../nn/activations.js';
import { selectBackend } from '../../runtime/backend.js';
import { tf } from '../../runtime/tf.js';
import { loadTinyBackbone, run, snapshotDiff } from '../test-support/backbones.js';
import { AdapterLayer } from './layer.js';
import { AdapterModel } from './model.js';

function errorOf(fn: () => unknown): DeltahubError | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof DeltahubError) return error;
    throw error;
  }
  return undefined;
}

describe('AdapterModel', () => {
  beforeAll(async () => {
    await selectBackend('wasm');
  });

  it('AdapterLayer computes h + up(gelu_new(down(h))), initialised N(0, 0.01) with zero biases', () => {
    const layer = new AdapterLayer(64, 48, 'gelu_new');
    const down = layer.getParameter('modulelist.down_proj.weight');
    expect(down.shape).toEqual([48, 64]);
    const values = Array.from(down.dataSync());
    const std = Math.sqrt(values.reduce((sum, v) => sum + v * v, 0) / values.length);
    expect(std).toBeGreaterThan(0.008);
    expect(std).toBeLessThan(0.012);
    expect(Math.max(...layer.getParameter('modulelist.up_proj.bias').dataSync().map(Math.abs))).toBe(0);
    const h = tf.randomNormal([2, 3, 64]);
    const manual = tf.tidy(() => {
      const d = tf.add(
        tf.matMul(h.reshape([6, 64]), down, false, true),
        layer.getParameter('modulelist.down_proj.bias'),
      );
      const up = layer.getParameter('modulelist.up_proj.weight');
      return tf.add(
        h,
        tf
          .add(tf.matMul(geluNew(d), up, false, true), layer.getParameter('modulelist.up_proj.bias'))
          .reshape([2, 3, 64]),
      );
    });
    expect(tf.max(tf.abs(tf.sub(layer.call(h), manual))).dataSync()[0]).toBeLessThan(1e-6);
    layer.dispose();
  });

  it('sizes adapters from the target: Linear, LayerNorm, or the config for composite modules', async () => {
    const backbone = await loadTinyBackbone('bert');
    const base = run(backbone, 'bert');
    new AdapterModel({
      backboneModel: backbone,
      modifiedModules: ['attention.output.LayerNorm', 'attention.output', 'intermediate.dense'],
    });
    const shape = (name: string): number[] => backbone.getParameter(name).shape;
    expect(shape('encoder.layer.0.attention.output.LayerNorm.adapter.modulelist.down_proj.weight')).toEqual([
      24, 32,
    ]);
    expect(shape('encoder.layer.0.attention.output.adapter.modulelist.up_proj.weight')).toEqual([32, 24]);
    // intermediate.dense outputs the FFN width, 37.
    expect(shape('encoder.layer.0.intermediate.dense.adapter.modulelist.down_proj.weight')).toEqual([24, 37]);
    expect(snapshotDiff(run(backbone, 'bert'), base)).toBeGreaterThan(1e-7);
    const tensors = tf.memory().numTensors;
    run(backbone, 'bert');
    expect(tf.memory().numTensors).toBe(tensors);
    backbone.dispose();
  });

  it('a composite target whose output is not the hidden state fails clearly on forward', async () => {
    const backbone = await loadTinyBackbone('bert');
    new AdapterModel({ backboneModel: backbone, modifiedModules: ['encoder.layer.0.intermediate'] });
    const error = errorOf(() => run(backbone, 'bert'));
    expect(error?.code).toBe('DELTA_TARGET_UNSUPPORTED');
    expect(error?.message).toMatch(
      /built for hidden size 32, but the module's hidden states have last dimension 37/,
    );
    backbone.dispose();
  });

  it('typed errors for bad options', async () => {
    const backbone = await loadTinyBackbone('bert');
    for (const options of [{ bottleneckDim: 0 }, { bottleneckDim: 1.5 }, { nonLinearity: 'swishy' }]) {
      expect(errorOf(() => new AdapterModel({ backboneModel: backbone, ...options }))?.code).toBe(
        'DELTA_OPTIONS_INVALID',
      );
    }
    expect(
      errorOf(() => new AdapterModel({ backboneModel: backbone, modifiedModules: ['quary'] }))?.message,
    ).toMatch(/matches no module. Closest names: .*query/);
    backbone.dispose();
  });
});
