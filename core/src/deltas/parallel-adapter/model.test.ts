import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DeltahubError } from '../../errors.js';
import { selectBackend } from '../../runtime/backend.js';
import { tf } from '../../runtime/tf.js';
import { loadTinyBackbone, run, snapshotDiff } from '../test-support/backbones.js';
import { DELTA_FIXTURES } from '../test-support/opendelta-reference.js';
import { T5Model } from '../../models/t5/index.js';
import { ParallelAdapterModel } from './model.js';
import { pairModules } from './pairing.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof DeltahubError ? error.code : 'not a DeltahubError';
  }
  return undefined;
}

describe('pairModules', () => {
  const names = ['l.0.a', 'l.0.b', 'l.0.c', 'l.1.a', 'l.1.b', 'l.1.c'];

  it('pairs two by two in tree order, a repeated pattern with itself', () => {
    expect(
      pairModules(
        names.filter((n) => !n.endsWith('b')),
        ['a', 'c'],
      ),
    ).toEqual([
      { first: 'l.0.a', second: 'l.0.c' },
      { first: 'l.1.a', second: 'l.1.c' },
    ]);
    expect(pairModules(names, ['a', 'a', 'b', 'c'])).toEqual([
      { first: 'l.0.a', second: 'l.0.a' },
      { first: 'l.0.b', second: 'l.0.c' },
      { first: 'l.1.a', second: 'l.1.a' },
      { first: 'l.1.b', second: 'l.1.c' },
    ]);
  });

  it('rejects an odd number of patterns, modules out of order and unfinished pairs', () => {
    expect(() => pairModules(names, ['a', 'b', 'c'])).toThrow(/in pairs/);
    expect(() => pairModules(['l.0.c', 'l.0.a'], ['a', 'c'])).toThrow(
      /'l.0.c' comes where a module matching 'a' was expected/,
    );
    expect(() => pairModules(['l.0.a', 'l.0.c', 'l.1.a'], ['a', 'c'])).toThrow(/'l.1.a' has no partner/);
  });
});

describe('ParallelAdapterModel', () => {
  beforeAll(async () => {
    await selectBackend('wasm');
  });

  it("works on BART's self_attn paired with itself, where OpenDelta 0.3 fails (bart_parallel_adapter_self_attn)", async () => {
    // OpenDelta reads the hidden states from positional arguments, but BART passes them by keyword:
    // its reference folder holds only an empty delta.safetensors.
    expect(
      readFileSync(join(DELTA_FIXTURES, 'opendelta/bart_parallel_adapter_self_attn/delta.safetensors'))
        .length,
    ).toBe(40);
    const backbone = await loadTinyBackbone('bart');
    const base = run(backbone, 'bart');
    const delta = new ParallelAdapterModel({
      backboneModel: backbone,
      modifiedModules: ['self_attn', 'self_attn'],
    });
    expect(delta.resolvedModules).toEqual([
      'encoder.layers.0.self_attn',
      'encoder.layers.1.self_attn',
      'decoder.layers.0.self_attn',
      'decoder.layers.1.self_attn',
    ]);
    expect(delta.parameterCounts().delta).toBe(4 * (24 * 32 + 24 + 32 * 24 + 32));
    expect(snapshotDiff(run(backbone, 'bart'), base)).toBeGreaterThan(1e-7);
    delta.detach();
    expect(snapshotDiff(run(backbone, 'bart'), base)).toBe(0);
    backbone.dispose();
  });

  it('one adapter per pair: parameters counted once, no alias keys in the state dict, no leaked tensors', async () => {
    const backbone = await loadTinyBackbone('bart');
    const before = backbone.numParameters();
    const delta = new ParallelAdapterModel({ backboneModel: backbone, modifiedModules: ['fc1', 'fc2'] });
    expect(backbone.getSubmodule('encoder.layers.0.fc1.parallel_adapter')).toBe(
      backbone.getSubmodule('encoder.layers.0.fc2.parallel_adapter'),
    );
    expect(backbone.numParameters() - before).toBe(4 * 1592);
    const keys = Object.keys(backbone.stateDict());
    expect(keys.filter((k) => k.includes('fc1.parallel_adapter'))).toHaveLength(16);
    expect(keys.some((k) => k.includes('fc2.parallel_adapter'))).toBe(false);
    run(backbone, 'bart');
    const tensors = tf.memory().numTensors;
    run(backbone, 'bart');
    expect(tf.memory().numTensors).toBe(tensors);
    delta.detach();
    expect(Object.keys(backbone.stateDict()).some((k) => k.includes('parallel_adapter'))).toBe(false);
    backbone.dispose();
  });

  it('scaled multiplies the adapter output (0 leaves the backbone unchanged)', async () => {
    const backbone = await loadTinyBackbone('bert');
    const base = run(backbone, 'bert');
    const delta = new ParallelAdapterModel({ backboneModel: backbone, scaled: 0 });
    expect(delta.hyperparameters()).toEqual({ bottleneckDim: 24, nonLinearity: 'gelu_new', scaled: 0 });
    expect(snapshotDiff(run(backbone, 'bert'), base)).toBe(0);
    backbone.dispose();
  });

  it('typed errors for bad options and mismatched pairs', async () => {
    const backbone = await loadTinyBackbone('bart');
    expect(codeOf(() => new ParallelAdapterModel({ backboneModel: backbone, bottleneckDim: 0 }))).toBe(
      'DELTA_OPTIONS_INVALID',
    );
    expect(codeOf(() => new ParallelAdapterModel({ backboneModel: backbone, nonLinearity: 'nope' }))).toBe(
      'DELTA_OPTIONS_INVALID',
    );
    expect(
      codeOf(() => new ParallelAdapterModel({ backboneModel: backbone, modifiedModules: ['fc1'] })),
    ).toBe('DELTA_OPTIONS_INVALID');
    // fc2's input is the FFN width (37), out_proj's output the hidden size (32).
    expect(
      () => new ParallelAdapterModel({ backboneModel: backbone, modifiedModules: ['fc2', 'fc2'] }),
    ).toThrow(/input of '.*fc2' has 37 features but '.*fc2' outputs 32/);
    backbone.dispose();
  });

  it("a gated T5 feed-forward pairs wi_0's input with wo's output by default", () => {
    const model = T5Model.fromConfig({
      model_type: 't5',
      vocab_size: 50,
      d_model: 16,
      d_kv: 4,
      d_ff: 24,
      num_layers: 1,
      num_decoder_layers: 1,
      num_heads: 2,
      relative_attention_num_buckets: 8,
      feed_forward_proj: 'gated-gelu',
    }).eval();
    const delta = new ParallelAdapterModel({ backboneModel: model, bottleneckDim: 4 });
    expect(delta.pairs).toEqual([
      { first: 'encoder.block.0.layer.0', second: 'encoder.block.0.layer.0' },
      {
        first: 'encoder.block.0.layer.1.DenseReluDense.wi_0',
        second: 'encoder.block.0.layer.1.DenseReluDense.wo',
      },
      { first: 'decoder.block.0.layer.0', second: 'decoder.block.0.layer.0' },
      {
        first: 'decoder.block.0.layer.2.DenseReluDense.wi_0',
        second: 'decoder.block.0.layer.2.DenseReluDense.wo',
      },
    ]);
    model.dispose();
  });
});
