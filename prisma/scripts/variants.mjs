// One schema source, one variant per provider: Prisma binds a schema file (and the client
// generated from it) to a single provider, so the variants are derived here, never edited.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PRISMA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PROVIDERS = /** @type {const} */ (['sqlite', 'postgresql']);

const PLACEHOLDER_DATASOURCE = /datasource db \{[^}]*\}/;
const PLACEHOLDER_OUTPUT = /output\s*=\s*"[^"]*"/;

/**
 * Returns the schema text for `provider`, derived from `source` (schema.prisma by default).
 * @param {'sqlite'|'postgresql'} provider
 * @param {string} [source]
 */
export function variantText(provider, source = readFileSync(join(PRISMA_DIR, 'schema.prisma'), 'utf8')) {
  if (!PLACEHOLDER_DATASOURCE.test(source) || !PLACEHOLDER_OUTPUT.test(source)) {
    throw new Error('schema.prisma must keep one `datasource db { ... }` block and a generator `output`');
  }
  // The url is never used: clients connect through driver adapters.
  const url = provider === 'sqlite' ? 'file:./unused.db' : 'postgresql://unused';
  return source
    .replace(PLACEHOLDER_DATASOURCE, `datasource db {\n  provider = "${provider}"\n  url      = "${url}"\n}`)
    .replace(PLACEHOLDER_OUTPUT, 'output     = "./client"');
}

/**
 * Writes generated/<provider>/schema.prisma and returns its path.
 * @param {'sqlite'|'postgresql'} provider
 */
export function writeVariant(provider) {
  const path = join(PRISMA_DIR, 'generated', provider, 'schema.prisma');
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(
    path,
    `// Generated from ../../schema.prisma by scripts/variants.mjs. Do not edit.\n${variantText(provider)}`,
  );
  return path;
}
