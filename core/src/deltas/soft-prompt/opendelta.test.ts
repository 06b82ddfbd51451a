import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../../runtime/backend.js';
import { AutoDeltaModel } from '../auto.js';
import { tf } from '../../runtime/tf.js';
import {
  DELTA_FIXTURES,
  camelCaseKwargs,
  readDeltaTensors,
  readOpenDeltaExpected,
  stripMarks,
} from '../test-support/opendelta-reference.js';
import {
  fixtureInputs,
  loadTinyBackbone,
  outputDiffs,
  prependOnes,
} from '../prefix/test-support/backbones.js';
import { SoftPromptModel } from './model.js';

/**
 * OpenDelta's soft prompt (bert_soft_prompt, bart_soft_prompt; 5 soft tokens because the tiny
 * backbones have 64 positions): placement, counts, state dict, structure graph, ratio lines and the
 * lengthened outputs with the recorded `soft_embeds`. OpenDelta's own detach failed on these (it had
 * extended the caller's mask in place); here detach restores the recorded base outputs.
 */
describe.each(['wasm', 'cpu'] as const)('SoftPrompt against OpenDelta on %s', (backend) => {
  beforeAll(async () => {
    await selectBackend(backend);
  });

  it.each([
    ['bert_soft_prompt', ''],
    ['bart_soft_prompt', 'encoder'],
  ] as const)('%s: placement, counts, state dict, structure graph and outputs', async (name, owner) => {
    const expected = readOpenDeltaExpected(name) as ReturnType<typeof readOpenDeltaExpected> & {
      modules_with_delta_infos: Record<string, unknown>;
    };
    const backbone = await loadTinyBackbone(expected.arch as 'bert' | 'bart');
    const delta = new SoftPromptModel({ backboneModel: backbone, ...camelCaseKwargs(expected.delta_kwargs) });
    // OpenDelta records the placement as a placeholder key; the module that got the layer is this one.
    expect(Object.keys(expected.modules_with_delta_infos)).toEqual([owner]);
    expect(delta.resolvedModules).toEqual([owner]);
    expect(delta.modifiedModules).toEqual(['root']);
    expect(delta.hyperparameters()).toEqual({ softTokenNum: 5, initRange: 0.5, tokenInit: true });

    delta.freezeModule({ exclude: ['deltas'], setStateDict: true });
    const counts = delta.parameterCounts();
    expect(counts.trainable).toBe(expected.trainable_params);
    expect(counts.total).toBe(expected.total_params);
    expect(Object.fromEntries(Object.entries(backbone.stateDict()).map(([k, t]) => [k, t.shape]))).toEqual(
      expected.state_dict_after_set_state_dict,
    );
    const log = delta.log({ print: false });
    const [graph, ...ratios] = log.split('\nTrainable');
    expect(stripMarks(graph!)).toBe(expected.log_tree_text.trimEnd());
    expect(`Trainable${ratios.join('')}`).toBe(expected.log_lines.split('\n').slice(0, 2).join('\n'));
    expect(graph).toContain('soft_prompt_layer (SoftPromptLayer) soft_embeds:[5, 32] [delta]');

    // Token init: the soft tokens start as the embeddings of vocabulary ids 0..4.
    const embeddingRows = tf.tidy(() =>
      tf.slice(
        backbone.getParameter(
          expected.arch === 'bert' ? 'embeddings.word_embeddings.weight' : 'shared.weight',
        ),
        [0, 0],
        [5, 32],
      ),
    );
    expect(tf.tidy(() => tf.max(tf.abs(tf.sub(delta.layer.softEmbeds, embeddingRows))).dataSync()[0])).toBe(
      0,
    );
    embeddingRows.dispose();

    const weights = await readDeltaTensors(`${DELTA_FIXTURES}opendelta/${name}/delta.safetensors`);
    const result = backbone.loadStateDict(weights, { strict: false });
    expect(result.unexpectedKeys).toEqual([]);
    expect(result.mismatchedKeys).toEqual([]);
    const inputs = fixtureInputs(expected);
    const mask = expected.inputs['attention_mask']!;
    // The prompted side is 5 positions longer; the soft positions are always attended.
    const diffs = outputDiffs(backbone.forward(inputs), expected.outputs, prependOnes(mask, 5));
    for (const [key, diff] of Object.entries(diffs)) expect(diff, key).toBeLessThan(1e-4);
    console.log(`[${backend}] ${name} max abs diff vs OpenDelta: ${JSON.stringify(diffs)}`);

    delta.detach();
    const base = outputDiffs(backbone.forward(inputs), expected.outputs_base, mask);
    for (const [key, diff] of Object.entries(base)) expect(diff, `detached ${key}`).toBeLessThan(1e-4);
    delta.attach();
    const again = outputDiffs(backbone.forward(inputs), expected.outputs, prependOnes(mask, 5));
    for (const [key, diff] of Object.entries(again)) expect(diff, `re-attached ${key}`).toBeLessThan(1e-4);
    tf.dispose([...Object.values(weights), ...(Object.values(inputs) as tf.Tensor[])]);
    backbone.dispose();
  });
});

describe('SoftPromptModel from OpenDelta config.json', () => {
  beforeAll(async () => {
    await selectBackend('wasm');
  });

  it.each(['bert_soft_prompt', 'bart_soft_prompt'])(
    '%s: AutoDeltaModel rebuilds the same delta from opendelta_config.json',
    async (name) => {
      const expected = readOpenDeltaExpected(name);
      const config = JSON.parse(
        readFileSync(`${DELTA_FIXTURES}opendelta/${name}/opendelta_config.json`, 'utf8'),
      ) as Record<string, unknown>;
      const backbone = await loadTinyBackbone(expected.arch as 'bert' | 'bart');
      const delta = AutoDeltaModel.fromConfig(config, { backboneModel: backbone });
      expect(delta).toBeInstanceOf(SoftPromptModel);
      delta.freezeModule({ exclude: ['deltas'], setStateDict: true });
      expect(Object.fromEntries(Object.entries(backbone.stateDict()).map(([k, t]) => [k, t.shape]))).toEqual(
        expected.state_dict_after_set_state_dict,
      );
      expect(delta.parameterCounts().total).toBe(expected.total_params);
      backbone.dispose();
    },
  );
});
