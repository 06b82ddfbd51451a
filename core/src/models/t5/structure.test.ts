import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { withoutRandomInit } from '../../nn/init.js';
import { selectBackend } from '../../runtime/backend.js';
import type { PretrainedConfig } from '../config.js';
import type { PreTrainedModel } from '../pretrained-model.js';
import { HF_TINY } from '../test-support/reference.js';
import { T5EncoderModel, T5ForConditionalGeneration, T5Model } from './index.js';
import { realConfig } from './test-support/checkpoint.js';

interface ClassCounts {
  parameters_unique: number;
  state_dict_keys: number;
  tied_groups: string[][];
}

const PARAM_COUNTS = JSON.parse(readFileSync(join(HF_TINY, 'param_counts.json'), 'utf8')) as {
  models: Record<string, Record<string, ClassCounts>>;
};

const CLASSES: Record<string, new (config: PretrainedConfig) => PreTrainedModel> = {
  T5Model,
  T5ForConditionalGeneration,
  T5EncoderModel,
};

/** The `### t5 ...` sections of module_names.txt: module names with types, parameters with shapes. */
function t5Sections(): Array<{ title: string; modules: string[]; parameters: string[] }> {
  const text = readFileSync(join(HF_TINY, 'module_names.txt'), 'utf8');
  const sections: Array<{ title: string; modules: string[]; parameters: string[] }> = [];
  let current: { title: string; modules: string[]; parameters: string[] } | undefined;
  let inParameters = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('### ')) {
      current = line.startsWith('### t5 ') ? { title: line, modules: [], parameters: [] } : undefined;
      if (current) sections.push(current);
      inParameters = line.includes('non-layer parameters');
    } else if (current && line.startsWith('# named_modules')) {
      inParameters = false;
    } else if (current && line.startsWith('# named_parameters')) {
      inParameters = true;
    } else if (current && line.trim() && !line.startsWith('#')) {
      (inParameters ? current.parameters : current.modules).push(line.trim());
    }
  }
  return sections;
}

describe('T5 structure and real-size parameter counts', () => {
  beforeAll(async () => {
    // Counting allocates real-size (zero) weights: the JS backend holds them in plain typed arrays.
    await selectBackend('cpu');
  });

  it('module and parameter names and types of t5-small equal transformers (module_names.txt)', () => {
    const model = withoutRandomInit(() => new T5Model(realConfig('t5-small')));
    const modules = new Map([...model.namedModules()].map(([name, m]) => [name, m.typeName]));
    const parameters = new Map(
      [...model.namedParameters()].map(([name, p]) => [name, `[${p.shape.join(', ')}]`]),
    );
    const sections = t5Sections();
    expect(sections.length).toBeGreaterThanOrEqual(4);
    for (const section of sections) {
      if (section.modules.length) {
        const root = section.modules[0]!.split('\t')[0]!;
        const ours = [...modules]
          .filter(([name]) => name === root || name.startsWith(`${root}.`))
          .map(([n, t]) => `${n}\t${t}`);
        expect(ours, section.title).toEqual(section.modules);
      }
      for (const line of section.parameters) {
        const [name, shape] = line.split('\t');
        expect(parameters.get(name!) ?? `missing ${name}`, section.title).toBe(shape);
      }
    }
    model.dispose();
  });

  describe.each(['t5-small', 't5-base'])('%s', (configName) => {
    const counts = PARAM_COUNTS.models[configName]!;
    it.each(Object.keys(CLASSES))(
      '%s has the parameter count and state dict size of transformers',
      (className) => {
        const expected = counts[className];
        expect(expected, `param_counts.json lists ${className}`).toBeDefined();
        const model = withoutRandomInit(() => new CLASSES[className]!(realConfig(configName)));
        try {
          expect(model.numParameters()).toBe(expected!.parameters_unique);
          const dict = model.stateDict();
          expect(Object.keys(dict).length).toBe(expected!.state_dict_keys);
          for (const group of expected!.tied_groups) {
            for (const key of group) expect(dict[key], key).toBe(dict[group[0]!]);
          }
        } finally {
          model.dispose();
        }
      },
    );
  });
});
