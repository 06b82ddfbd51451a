/**
 * Test helpers: the tiny fixture backbones (fixtures and inputs from `@deltahub/testing/fixtures`),
 * outputs, delta perturbation and temp folders.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AutoModel, tf, type Parameter, type PreTrainedModel } from '@deltahub/core';
import type { DeltaType } from '@deltahub/core/checkpoint';
import type { SaveFinetunedOptions } from '../checkpoint/save.js';
import { HF_TINY, tinyInputs, type TinyArch } from '@deltahub/testing/fixtures';
import { AutoDeltaModel } from '../index.js';

export { HF_TINY, TINY_ARCHS as ARCHS, type TinyArch as Arch } from '@deltahub/testing/fixtures';

/** Hyperparameters that fit hidden size 32 and keep the tests fast. */
export const TINY_HYPERPARAMETERS: Record<DeltaType, Record<string, unknown>> = {
  lora: { loraR: 4 },
  adapter: { bottleneckDim: 8 },
  bitfit: {},
  prefix: { prefixTokenNum: 3, embedDim: 16, midDim: 16 },
  soft_prompt: { softTokenNum: 4 },
  compacter: { reductionFactor: 4 },
  low_rank_adapter: {},
  parallel_adapter: { bottleneckDim: 8 },
  ia3: {},
};

/** Loads a tiny fixture backbone (`bert`, `bert_perturbed`...) as its base model, in eval mode. */
export function loadTiny(name: string): Promise<PreTrainedModel> {
  return AutoModel.fromPretrained(join(HF_TINY, name), { onWarning: () => {} });
}

/** Every output tensor's values, by output name. */
export function outputsOf(model: PreTrainedModel, arch: TinyArch): Map<string, Float32Array> {
  const out = model.forward(tinyInputs(arch)) as unknown as Record<string, unknown>;
  const values = new Map<string, Float32Array>();
  for (const [name, t] of Object.entries(out)) {
    if (t instanceof tf.Tensor) {
      values.set(name, t.dataSync() as Float32Array);
      t.dispose();
    }
  }
  return values;
}

/** Whether two output maps hold the same outputs, bit for bit. */
export function sameBits(a: Map<string, Float32Array>, b: Map<string, Float32Array>): boolean {
  if (a.size !== b.size) return false;
  for (const [name, x] of a) {
    const y = b.get(name);
    if (
      !y ||
      !Buffer.from(x.buffer, x.byteOffset, x.byteLength).equals(
        Buffer.from(y.buffer, y.byteOffset, y.byteLength),
      )
    ) {
      return false;
    }
  }
  return true;
}

/** Adds small noise to every float parameter, so a delta visibly acts (and differs from its init). */
export function perturb(parameters: Parameter[], seed = 7): void {
  parameters.forEach((p, i) => {
    if (p.dtype !== 'float32') return;
    tf.tidy(() => p.assign(tf.add(p, tf.randomNormal(p.shape, 0, 0.2, 'float32', seed + i))));
  });
}

/**
 * Writes a checkpoint folder of a perturbed `deltaType` delta on tiny BERT to `dir`, as
 * `saveFinetuned` does, and frees the backbone.
 */
export async function saveTinyDelta(
  dir: string,
  deltaType: DeltaType,
  options: SaveFinetunedOptions = {},
): Promise<void> {
  const model = await loadTiny('bert');
  try {
    const delta = AutoDeltaModel.fromConfig(
      { deltaType, hyperparameters: TINY_HYPERPARAMETERS[deltaType] },
      { backboneModel: model },
    );
    perturb(delta.deltaParameters());
    await delta.saveFinetuned(dir, options);
  } finally {
    model.dispose();
  }
}

/** A fresh folder under the OS temp dir; `cleanup` removes it. */
export async function tempFolder(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'deltahub-sdk-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
