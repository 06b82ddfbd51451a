/**
 * A minimal YAML writer for model-card front matter: mappings, sequences, strings, finite numbers
 * and booleans. Strings are written as JSON strings, which YAML 1.2 reads back unchanged, so no
 * value can break out of its line or be read as another type.
 */
export type YamlValue =
  string | number | boolean | readonly YamlValue[] | { readonly [key: string]: YamlValue };

/** The YAML lines of a mapping, without `---` delimiters, ending with a newline. */
export function toYaml(mapping: { readonly [key: string]: YamlValue }): string {
  return mappingLines(mapping, '').join('\n') + '\n';
}

function scalar(value: string | number | boolean): string {
  if (typeof value === 'number' && !Number.isFinite(value))
    throw new TypeError(`cannot write ${value} to YAML`);
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function key(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(name) ? name : JSON.stringify(name);
}

function isScalar(value: YamlValue): value is string | number | boolean {
  return typeof value !== 'object';
}

function mappingLines(mapping: { readonly [key: string]: YamlValue }, indent: string): string[] {
  const lines: string[] = [];
  for (const [name, value] of Object.entries(mapping)) {
    if (isScalar(value)) lines.push(`${indent}${key(name)}: ${scalar(value)}`);
    else if (Array.isArray(value) && value.length === 0) lines.push(`${indent}${key(name)}: []`);
    else if (!Array.isArray(value) && Object.keys(value).length === 0)
      lines.push(`${indent}${key(name)}: {}`);
    else lines.push(`${indent}${key(name)}:`, ...blockLines(value, `${indent}  `));
  }
  return lines;
}

function blockLines(value: YamlValue, indent: string): string[] {
  if (isScalar(value)) return [`${indent}${scalar(value)}`];
  if (!Array.isArray(value)) return mappingLines(value as { readonly [key: string]: YamlValue }, indent);
  const lines: string[] = [];
  for (const item of value as readonly YamlValue[]) {
    if (isScalar(item)) {
      lines.push(`${indent}- ${scalar(item)}`);
      continue;
    }
    // A nested block: its first line goes after the dash, the rest indented to match.
    const [first = '', ...rest] = blockLines(item, `${indent}  `);
    lines.push(`${indent}- ${first.slice(indent.length + 2)}`, ...rest);
  }
  return lines;
}
