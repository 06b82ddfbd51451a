import { beforeAll, describe, expect, it } from 'vitest';
import { withoutRandomInit } from '../../nn/init.js';
import { selectBackend } from '../../runtime/backend.js';
import type { PretrainedConfig } from '../config.js';
import type { PreTrainedModel } from '../pretrained-model.js';
import { T5EncoderModel, T5ForConditionalGeneration, T5Model } from './index.js';
import { readModuleNames, readParamCounts, realConfig } from '../test-support/fixtures.js';

const PARAM_COUNTS = readParamCounts();

const CLASSES: Record<string, new (config: PretrainedConfig) => PreTrainedModel> = {
  T5Model,
  T5ForConditionalGeneration,
  T5EncoderModel,
};

/** The `### t5 ...` sections of module_names.txt: `name\ttype` module lines, `name\t[shape]` parameter lines. */
function t5Sections(): Array<{ title: string; modules: string[]; parameters: string[] }> {
  return [...readModuleNames()]
    .filter(([title]) => title.startsWith('t5 '))
    .map(([title, section]) => ({
      title: `### ${title}`,
      modules: section.modules.map(([name, type]) => `${name}\t${type}`),
      parameters: section.parameters.map(([name, shape]) => `${name}\t[${shape.join(', ')}]`),
    }));
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
    const counts = PARAM_COUNTS[configName]!;
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
