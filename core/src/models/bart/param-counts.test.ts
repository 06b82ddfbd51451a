import { beforeAll, describe, expect, it } from 'vitest';
import { withoutRandomInit } from '../../nn/init.js';
import { selectBackend } from '../../runtime/backend.js';
import type { PretrainedConfig } from '../config.js';
import type { PreTrainedModel } from '../pretrained-model.js';
import { readModuleNames, readParamCounts, realConfig } from '../test-support/fixtures.js';
import { BartForConditionalGeneration, BartModel } from './index.js';

const counts = readParamCounts();
const bartBase = realConfig('facebook/bart-base');
const classes: Record<string, new (config: PretrainedConfig) => PreTrainedModel> = {
  BartModel,
  BartForConditionalGeneration,
};

/** The `### bart ...` sections of module_names.txt: module name → type, parameter name → `[shape]`. */
function bartModuleNames(): { modules: Map<string, string>; parameters: Map<string, string> } {
  const modules = new Map<string, string>();
  const parameters = new Map<string, string>();
  for (const [title, section] of readModuleNames()) {
    if (!title.startsWith('bart ')) continue;
    for (const [name, type] of section.modules) modules.set(name, type);
    for (const [name, shape] of section.parameters) parameters.set(name, `[${shape.join(', ')}]`);
  }
  return { modules, parameters };
}

describe('facebook/bart-base sizes', () => {
  beforeAll(async () => {
    await selectBackend('cpu');
  });

  it.each(Object.keys(counts['facebook/bart-base']!))(
    '%s has the transformers parameter count',
    (className) => {
      const expected = counts['facebook/bart-base']![className]!;
      const modelClass = classes[className];
      expect(modelClass, `class ${className} is implemented`).toBeDefined();
      const model = withoutRandomInit(() => new modelClass!(bartBase));
      try {
        expect(model.numParameters()).toBe(expected.parameters_unique);
        expect(model.parameters()).toHaveLength(expected.num_parameter_tensors_unique);
        const dict = model.stateDict();
        expect(Object.keys(dict)).toHaveLength(expected.state_dict_keys);
        for (const [key, shape] of Object.entries(expected.persistent_buffers))
          expect(dict[key]!.shape).toEqual(shape);
        for (const group of expected.tied_groups) {
          for (const key of group) expect(dict[key], key).toBe(dict[group[0]!]);
        }
        if (className === 'BartModel') {
          // Names, types and shapes of module_names.txt (one encoder and one decoder layer, plus the rest).
          const { modules, parameters } = bartModuleNames();
          expect(modules.size).toBeGreaterThan(20);
          expect(parameters.size).toBeGreaterThan(40);
          const ours = new Map([...model.namedModules()].map(([n, m]) => [n, m.typeName]));
          for (const [moduleName, type] of modules) expect(ours.get(moduleName), moduleName).toBe(type);
          for (const [parameterName, shape] of parameters) {
            expect(JSON.stringify(dict[parameterName]?.shape).replaceAll(',', ', '), parameterName).toBe(
              shape,
            );
          }
        }
      } finally {
        model.dispose();
      }
    },
  );
});
