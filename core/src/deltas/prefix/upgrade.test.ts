import { describe, expect, it } from 'vitest';
import { tf } from '../../runtime/tf.js';
import { AutoDeltaModel } from '../auto.js';
import { loadTinyBackbone } from '../test-support/backbones.js';
import { PrefixModel } from './model.js';

/**
 * A T5 prefix saved before deltahub followed OpenDelta's T5 placement recorded the placement it used
 * (`SelfAttention`): rebuilt from that config it keeps its old names, so its weights load.
 */
describe('T5 prefix checkpoints of earlier versions', () => {
  it('rebuild at their recorded placement with the same parameter names', async () => {
    const backbone = await loadTinyBackbone('t5');
    const delta = AutoDeltaModel.fromConfig(
      {
        deltaType: 'prefix',
        modifiedModules: ['SelfAttention'],
        hyperparameters: { prefixTokenNum: 6, reparameterize: true, embedDim: 8, midDim: 8 },
      },
      { backboneModel: backbone },
    );
    expect(delta).toBeInstanceOf(PrefixModel);
    delta.freezeModule({ setStateDict: true });
    expect(Object.keys(backbone.stateDict())).toEqual([
      'encoder.block.0.layer.0.SelfAttention.reparams.wte.weight',
      'encoder.block.0.layer.0.SelfAttention.reparams.control_trans.0.weight',
      'encoder.block.0.layer.0.SelfAttention.reparams.control_trans.0.bias',
      'encoder.block.0.layer.0.SelfAttention.reparams.control_trans.2.weight',
      'encoder.block.0.layer.0.SelfAttention.reparams.control_trans.2.bias',
    ]);
    const weights = Object.fromEntries(
      Object.entries(backbone.stateDict()).map(([k, t]) => [k, tf.onesLike(t)]),
    );
    delta.loadDeltaStateDict(weights);
    tf.dispose(Object.values(weights));
    backbone.dispose();
  });
});
