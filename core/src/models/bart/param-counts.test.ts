import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { withoutRandomInit } from '../../nn/init.js';
import { selectBackend } from '../../runtime/backend.js';
import type { PretrainedConfig } from '../config.js';
import type { PreTrainedModel } from '../pretrained-model.js';
import { HF_TINY } from '../test-support/reference.js';
import { BartForConditionalGeneration, BartModel } from './index.js';

interface ClassCounts {
  parameters_unique: number;
  num_parameter_tensors_unique: number;
  state_dict_keys: number;
  persistent_buffers: Record<string, number[]>;
  tied_groups: string[][];
}

const counts = JSON.parse(readFileSync(`${HF_TINY}param_counts.json`, 'utf8')) as {
  models: Record<string, Record<string, ClassCounts>>;
};
const realConfig = JSON.parse(
  readFileSync(`${HF_TINY}real_configs/facebook__bart-base.json`, 'utf8'),
) as PretrainedConfig;
const classes: Record<string, new (config: PretrainedConfig) => PreTrainedModel> = {
  BartModel,
  BartForConditionalGeneration,
};

/** The `### bart ...` sections of module_names.txt: `name\ttype` module lines and `name\t[shape]` parameter lines. */
function bartModuleNames(): { modules: Map<string, string>; parameters: Map<string, string> } {
  const modules = new Map<string, string>();
  const parameters = new Map<string, string>();
  let inBart = false;
  for (const line of readFileSync(`${HF_TINY}module_names.txt`, 'utf8').split('\n')) {
    if (line.startsWith('### ')) inBart = line.startsWith('### bart ');
    if (!inBart || line.startsWith('#') || !line.includes('\t')) continue;
    const [name, value] = line.split('\t') as [string, string];
    (value.startsWith('[') ? parameters : modules).set(name, value);
  }
  return { modules, parameters };
}

describe('facebook/bart-base sizes', () => {
  beforeAll(async () => {
    await selectBackend('cpu');
  });

  it.each(Object.keys(counts.models['facebook/bart-base']!))(
    '%s has the transformers parameter count',
    (className) => {
      const expected = counts.models['facebook/bart-base']![className]!;
      const modelClass = classes[className];
      expect(modelClass, `class ${className} is implemented`).toBeDefined();
      const model = withoutRandomInit(() => new modelClass!(realConfig));
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
