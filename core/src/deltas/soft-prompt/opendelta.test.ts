import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../../runtime/backend.js';
import { tf } from '../../runtime/tf.js';
import { prependOnes } from '../../models/test-support/reference.js';
import { checkOpenDeltaConfig, checkOpenDeltaReference } from '../test-support/opendelta-check.js';
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
    const { diffs } = await checkOpenDeltaReference(
      name,
      (backboneModel, kwargs) => new SoftPromptModel({ backboneModel, ...kwargs }),
      {
        checkPlacement: false,
        // The prompted side is 5 positions longer; the soft positions are always attended.
        deltaMask: (mask) => prependOnes(mask, 5),
        afterBuild: ({ expected, backbone, delta }) => {
          // OpenDelta records the placement as a placeholder key; the module that got the layer is this one.
          const infos = (expected as typeof expected & { modules_with_delta_infos: Record<string, unknown> })
            .modules_with_delta_infos;
          expect(Object.keys(infos)).toEqual([owner]);
          expect(delta.resolvedModules).toEqual([owner]);
          expect(delta.modifiedModules).toEqual(['root']);
          expect(delta.hyperparameters()).toEqual({ softTokenNum: 5, initRange: 0.5, tokenInit: true });

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
          expect(
            tf.tidy(() => tf.max(tf.abs(tf.sub(delta.layer.softEmbeds, embeddingRows))).dataSync()[0]),
          ).toBe(0);
          embeddingRows.dispose();
        },
        afterLog: ({ graph }) => {
          expect(graph).toContain('soft_prompt_layer (SoftPromptLayer) soft_embeds:[5, 32] [delta]');
        },
      },
    );
    console.log(`[${backend}] ${name} max abs diff vs OpenDelta: ${JSON.stringify(diffs)}`);
  });
});

describe('SoftPromptModel from OpenDelta config.json', () => {
  beforeAll(async () => {
    await selectBackend('wasm');
  });

  it.each(['bert_soft_prompt', 'bart_soft_prompt'])(
    '%s: AutoDeltaModel rebuilds the same delta from opendelta_config.json',
    (name) => checkOpenDeltaConfig(name, SoftPromptModel),
  );
});
