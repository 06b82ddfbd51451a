import { describe, expect, it } from 'vitest';
import { parseModifiedModulesColumn } from './modified-modules.js';

describe('parseModifiedModulesColumn', () => {
  it('reads the config shape as it is', () => {
    const modules = { given: ['query'], resolved: ['encoder.layer.0.attention.self.query'] };
    expect(parseModifiedModulesColumn(JSON.stringify(modules))).toEqual(modules);
  });

  it('reads a revision without a config as empty lists', () => {
    expect(parseModifiedModulesColumn('[]')).toEqual({ given: [], resolved: [] });
  });

  it('reads a bare list of names (an earlier shape) as the patterns given', () => {
    expect(parseModifiedModulesColumn('["query","value"]')).toEqual({
      given: ['query', 'value'],
      resolved: [],
    });
  });
});
