/** Test helper: the sections of `test-fixtures/hf-tiny/module_names.txt` (transformers' names and types). */
import { readFileSync } from 'node:fs';
import { HF_TINY } from '../../test-support/reference.js';

/** One `### ...` section: module names with type names, and parameter names with shapes. */
export interface ModuleNamesSection {
  readonly modules: Array<[string, string]>;
  readonly parameters: Array<[string, number[]]>;
}

/** Every section of module_names.txt by its title (the text after `### `). */
export function readModuleNames(): Map<string, ModuleNamesSection> {
  const sections = new Map<string, ModuleNamesSection>();
  let current: ModuleNamesSection | undefined;
  let part: 'modules' | 'parameters' = 'parameters';
  for (const line of readFileSync(`${HF_TINY}module_names.txt`, 'utf8').split('\n')) {
    if (line.startsWith('### ')) {
      current = { modules: [], parameters: [] };
      part = 'parameters';
      sections.set(line.slice(4).trim(), current);
    } else if (line.startsWith('# named_modules')) {
      part = 'modules';
    } else if (line.startsWith('# named_parameters')) {
      part = 'parameters';
    } else if (current && line.includes('\t')) {
      const [name, value] = line.split('\t') as [string, string];
      if (part === 'modules') current.modules.push([name, value]);
      else current.parameters.push([name, JSON.parse(value) as number[]]);
    }
  }
  return sections;
}
