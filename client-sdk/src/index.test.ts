import { describe, expect, it } from 'vitest';
import * as core from '@deltahub/core';
import * as deltahub from './index.js';

describe('deltahub package', () => {
  it('re-exports the core API, tf namespace included', () => {
    expect(deltahub.tf).toBe(core.tf);
    expect(deltahub.AutoModel).toBe(core.AutoModel);
    expect(deltahub.selectBackend).toBe(core.selectBackend);
    for (const name of Object.keys(core)) expect(deltahub).toHaveProperty(name);
  });
});
