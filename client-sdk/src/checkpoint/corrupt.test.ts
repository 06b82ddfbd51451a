import { cp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  fromFloat32,
  loadSafetensorsFile,
  serializeSafetensors,
  type TensorData,
} from '@deltahub/core/safetensors';
import { structureFingerprintOf } from '@deltahub/core';
import {
  AutoDeltaModel,
  DeltaConfigError,
  DeltaWeightsMismatchError,
  HubClientError,
  LoraModel,
  fromFinetuned,
  type DeltahubError,
} from '../index.js';
import { loadTiny, outputsOf, perturb, sameBits, tempFolder } from '../test-support/tiny.js';

let root: { dir: string; cleanup: () => Promise<void> };
let good: string;
let counter = 0;

beforeAll(async () => {
  root = await tempFolder();
  const model = await loadTiny('bert');
  const delta = new LoraModel({ backboneModel: model, loraR: 2 });
  perturb(delta.deltaParameters());
  good = join(root.dir, 'good');
  await delta.saveFinetuned(good);
  model.dispose();
});
afterAll(async () => {
  await root.cleanup();
});

/** A copy of the good checkpoint to damage. */
async function copy(): Promise<string> {
  const dir = join(root.dir, `copy-${counter++}`);
  await cp(good, dir, { recursive: true });
  return dir;
}

async function editConfig(dir: string, edit: (json: Record<string, unknown>) => void): Promise<void> {
  const path = join(dir, 'delta_config.json');
  const json = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  edit(json);
  await writeFile(path, JSON.stringify(json));
}

async function rewriteTensors(dir: string, edit: (tensors: Map<string, TensorData>) => void): Promise<void> {
  const path = join(dir, 'delta.safetensors');
  const tensors = new Map((await loadSafetensorsFile(path)).tensors);
  edit(tensors);
  await writeFile(path, serializeSafetensors(tensors));
}

/** Loads `dir` onto a fresh tiny BERT; returns the error, after checking the backbone was left untouched. */
async function loadError(dir: string): Promise<DeltahubError> {
  const backbone = await loadTiny('bert');
  const before = outputsOf(backbone, 'bert');
  const count = backbone.numParameters();
  const error = await fromFinetuned(dir, { backboneModel: backbone }).catch((e: unknown) => e);
  expect(backbone.numParameters()).toBe(count);
  expect(sameBits(outputsOf(backbone, 'bert'), before)).toBe(true);
  backbone.dispose();
  return error as DeltahubError;
}

describe('reading damaged or missing checkpoints', () => {
  it('a missing folder, a file, and hub ids missing from an offline cache are typed errors', async () => {
    expect((await loadError(join(root.dir, 'nope'))).code).toBe('DELTA_CHECKPOINT_NOT_FOUND');
    expect((await loadError(join(good, 'README.md'))).code).toBe('DELTA_CHECKPOINT_NOT_FOUND');
    vi.stubEnv('DELTAHUB_OFFLINE', '1');
    vi.stubEnv('DELTAHUB_CACHE', join(root.dir, 'empty-cache'));
    try {
      for (const id of ['alice/bert-lora', 'alice/bert-lora@v1']) {
        const error = await loadError(id);
        expect(error).toBeInstanceOf(HubClientError);
        expect(error.code).toBe('HUB_OFFLINE_MISS');
        expect(error.message).toMatch(/not in the cache/);
      }
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('missing files', async () => {
    for (const file of ['delta_config.json', 'delta.safetensors']) {
      const dir = await copy();
      await rm(join(dir, file));
      const error = await loadError(dir);
      expect(error.code).toBe('DELTA_CHECKPOINT_INCOMPLETE');
      expect(error.message).toContain(file);
    }
  });

  it('a config that is not JSON, fails the schema, or is from a newer format', async () => {
    const notJson = await copy();
    await writeFile(join(notJson, 'delta_config.json'), '{"formatVersion": 1,');
    expect(await loadError(notJson)).toBeInstanceOf(DeltaConfigError);

    const bad = await copy();
    await editConfig(bad, (json) => {
      json['deltaType'] = 'magic';
      delete json['backbone'];
    });
    const error = (await loadError(bad)) as DeltaConfigError;
    expect(error.code).toBe('DELTA_CONFIG_INVALID');
    expect(error.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['$.deltaType', '$.backbone']));

    const newer = await copy();
    await editConfig(newer, (json) => {
      json['formatVersion'] = 2;
    });
    expect((await loadError(newer)).message).toMatch(/newer than this library reads/);
  });

  it('unknown fields of a newer writer are tolerated with a warning', async () => {
    const dir = await copy();
    await editConfig(dir, (json) => {
      json['futureField'] = { x: 1 };
    });
    const warnings: string[] = [];
    const backbone = await loadTiny('bert');
    await AutoDeltaModel.fromFinetuned(dir, { backboneModel: backbone, onWarning: (m) => warnings.push(m) });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/\$\.futureField: unknown field/);
    backbone.dispose();
  });

  it('a parameter listing that does not match the structure fingerprint', async () => {
    const dir = await copy();
    await editConfig(dir, (json) => {
      const backbone = json['backbone'] as { parameters: Record<string, string> };
      backbone.parameters['pooler.dense.bias'] = 'float32[33]';
    });
    const error = (await loadError(dir)) as DeltaConfigError;
    expect(error.issues[0]?.path).toBe('$.backbone.parameters');
  });

  it('a truncated or garbled delta.safetensors', async () => {
    const truncated = await copy();
    await truncate(join(truncated, 'delta.safetensors'), 200);
    const error = await loadError(truncated);
    expect(error.code).toBe('DELTA_WEIGHTS_INVALID');
    expect((error.cause as DeltahubError).code).toMatch(/^SAFETENSORS_/);

    const garbled = await copy();
    await writeFile(join(garbled, 'delta.safetensors'), Buffer.from('not a safetensors file at all'));
    expect((await loadError(garbled)).code).toBe('DELTA_WEIGHTS_INVALID');
  });

  it('missing, unexpected and mis-shaped tensors are listed, and nothing is loaded', async () => {
    const dir = await copy();
    let dropped = '';
    await rewriteTensors(dir, (tensors) => {
      dropped = [...tensors.keys()][0]!;
      const reshaped = [...tensors.keys()][1]!;
      tensors.delete(dropped);
      tensors.set('not.a.parameter', fromFloat32([1, 2], 'F32'));
      tensors.set('pooler.dense.bias', fromFloat32(new Float32Array(32), 'F32'));
      const t = tensors.get(reshaped)!;
      tensors.set(reshaped, { ...t, shape: [...t.shape].reverse() });
    });
    const error = (await loadError(dir)) as DeltaWeightsMismatchError;
    expect(error).toBeInstanceOf(DeltaWeightsMismatchError);
    expect(error.code).toBe('DELTA_WEIGHTS_MISMATCH');
    expect(error.missingKeys).toEqual([dropped]);
    expect([...error.unexpectedKeys].sort()).toEqual(['not.a.parameter', 'pooler.dense.bias']);
    expect(error.mismatchedKeys).toHaveLength(1);
    expect(error.message).toContain(dropped);
  });

  it('a config whose placement no longer resolves the same way', async () => {
    const dir = await copy();
    await editConfig(dir, (json) => {
      const modified = json['modifiedModules'] as { resolved: string[] };
      modified.resolved = modified.resolved.slice(1);
    });
    expect((await loadError(dir)).code).toBe('DELTA_PLACEMENT_MISMATCH');
  });

  it('half-precision tensors load (converted), for checkpoints written elsewhere', async () => {
    const dir = await copy();
    await rewriteTensors(dir, (tensors) => {
      for (const [name, t] of tensors) tensors.set(name, fromFloat32(t.data as Float32Array, 'F16', t.shape));
    });
    const backbone = await loadTiny('bert');
    const delta = await AutoDeltaModel.fromFinetuned(dir, { backboneModel: backbone });
    expect(delta.deltaType).toBe('lora');
    backbone.dispose();
  });

  it('the recorded listing hashes to the recorded structure fingerprint', async () => {
    const json = JSON.parse(await readFile(join(good, 'delta_config.json'), 'utf8'));
    expect(structureFingerprintOf(json.backbone.parameters)).toBe(json.backbone.structureFingerprint);
  });
});
