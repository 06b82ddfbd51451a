import { beforeAll, describe, expect, it } from 'vitest';
import { errorCodeOf } from '../test-support/method-suite.js';
import { selectBackend } from '../../runtime/backend.js';
import { tf } from '../../runtime/tf.js';
import { seq2seqPrefixPair, splitPrefixTable } from '../peft/keys.js';
import { loadTinyBackbone } from '../test-support/backbones.js';
import { readDeltaTensors } from '../test-support/opendelta-reference.js';
import { T5_REFERENCES, readT5Expected, t5Inputs, t5OutputDiffs } from '../test-support/t5-reference.js';
import { PrefixModel } from './model.js';

/**
 * PEFT's prefix tuning on T5 (`num_transformer_submodules` 2, hand-built reference, see
 * test-fixtures/deltas/README.md): transformers' T5 takes PEFT's prefixes as the decoder's
 * `past_key_values`, so only the decoder's self-attention sees them (the encoder runs without; a
 * cross-attention past of another length than the source is recomputed, i.e. ignored), and every
 * decoder block uses the first block's position bias over prefix and keys: `t5PositionBias: 'shared'`.
 */
describe.each(['wasm', 'cpu'] as const)('Prefix against PEFT prefix tuning on T5 on %s', (backend) => {
  beforeAll(async () => {
    await selectBackend(backend);
  });

  it.each(['shared', 'perLayer'] as const)(
    'peft_prefix_tuning with t5PositionBias %s',
    async (t5PositionBias) => {
      const expected = readT5Expected('peft_prefix_tuning');
      const backbone = await loadTinyBackbone('t5');
      const delta = new PrefixModel({
        backboneModel: backbone,
        modifiedModules: ['[r]decoder\\.block\\.\\d+\\.layer\\.0'],
        prefixTokenNum: 4,
        reparameterize: false,
        t5PositionBias,
      });
      const { prompt_embeddings: table } = await readDeltaTensors(
        `${T5_REFERENCES}peft_prefix_tuning/adapter_model.safetensors`,
      );
      const pairs = splitPrefixTable(table!.dataSync() as Float32Array, 4, 2, 32);
      delta.prefixLayers.forEach(({ attention }, g) => {
        const pair = pairs[seq2seqPrefixPair(g, 2)]!;
        backbone.getParameter(`${attention}.prefix.past_key`).assign(tf.tensor2d(pair.key, [4, 32]));
        backbone.getParameter(`${attention}.prefix.past_value`).assign(tf.tensor2d(pair.value, [4, 32]));
      });
      const inputs = t5Inputs(expected);
      const out = backbone.forward(inputs);
      const diffs = t5OutputDiffs(out, expected.outputs, expected.inputs['attention_mask']!);
      if (t5PositionBias === 'shared') {
        expect(diffs.last_hidden_state).toBeLessThan(1e-4);
        console.log(`[${backend}] t5 peft_prefix_tuning max abs diff vs PEFT: ${JSON.stringify(diffs)}`);
      } else {
        // OpenDelta's per-layer bias differs from PEFT's: the option matters.
        expect(diffs.last_hidden_state).toBeGreaterThan(1e-3);
      }
      expect(diffs.encoder_last_hidden_state).toBeLessThan(1e-4);
      tf.dispose([out, table!, Object.values(inputs)] as never);
      backbone.dispose();
    },
  );

  it('an unknown t5PositionBias is a typed option error', async () => {
    const backbone = await loadTinyBackbone('t5');
    const make = () => new PrefixModel({ backboneModel: backbone, t5PositionBias: 'perBlock' as 'perLayer' });
    expect(make).toThrow(/t5PositionBias must be 'perLayer' or 'shared'/);
    expect(errorCodeOf(make)).toBe('DELTA_OPTIONS_INVALID');
    backbone.dispose();
  });
});
