/**
 * The backbone both ends of the walkthrough load. The tiny fixture checkpoints hold bare base
 * models, so a sequence-classification head is newly (randomly) initialised at every load; the
 * seed path's `freezeModule` keeps that head frozen, hence outside the saved delta. A real user
 * would load a published checkpoint that has its head; this writes one: the fixture plus a head,
 * in a folder `fromPretrained` reads, so trainer and puller start from the same weights.
 */
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AutoModelForSequenceClassification } from 'deltahub';
import { writeSafetensorsFile, type TensorData } from '@deltahub/core/safetensors';

/** Writes `config.json` + `model.safetensors` of `fixture` loaded as a sequence classifier into `dir`. */
export async function publishBackboneWithHead(fixture: string, dir: string): Promise<void> {
  const model = await AutoModelForSequenceClassification.fromPretrained(fixture, { onWarning: () => {} });
  try {
    const tensors: Record<string, TensorData> = {};
    for (const [name, tensor] of Object.entries(model.stateDict())) {
      tensors[name] = { dtype: 'F32', shape: tensor.shape, data: tensor.dataSync() as Float32Array };
    }
    await writeSafetensorsFile(join(dir, 'model.safetensors'), tensors);
    await copyFile(join(fixture, 'config.json'), join(dir, 'config.json'));
  } finally {
    model.dispose();
  }
}
