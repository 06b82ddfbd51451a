import { describe, expect, it } from 'vitest';
import * as core from '@deltahub/core';
import * as deltahub from './index.js';
import { sdkPersistence } from './persistence.js';

describe('deltahub package', () => {
  it('re-exports the core API, tf namespace included', () => {
    expect(deltahub.tf).toBe(core.tf);
    expect(deltahub.AutoModel).toBe(core.AutoModel);
    expect(deltahub.selectBackend).toBe(core.selectBackend);
    for (const name of Object.keys(core)) expect(deltahub).toHaveProperty(name);
  });

  it("exports an AutoDeltaModel that extends core's with fromFinetuned", () => {
    expect(deltahub.AutoDeltaModel).not.toBe(core.AutoDeltaModel);
    expect(deltahub.AutoDeltaModel.fromConfig).toBe(core.AutoDeltaModel.fromConfig);
    expect(deltahub.AutoDeltaModel.fromFinetuned).toBe(deltahub.fromFinetuned);
  });

  it("registers its persistence with core's delta base instead of patching it", async () => {
    expect(Object.keys(core.DeltaModel.prototype)).not.toContain('saveFinetuned');
    const delta = Object.create(core.DeltaModel.prototype) as core.DeltaModel;
    core.registerDeltaPersistence(undefined);
    try {
      await expect(delta.saveFinetuned('/nowhere')).rejects.toMatchObject({
        code: 'PERSISTENCE_NOT_REGISTERED',
      });
    } finally {
      core.registerDeltaPersistence(sdkPersistence);
    }
  });

  it('exports the checkpoint format from core', () => {
    expect(deltahub.DELTA_CONFIG_FILE).toBe('delta_config.json');
    expect(typeof deltahub.validateDeltaConfig).toBe('function');
    expect(deltahub.LIBRARY_VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });
});
