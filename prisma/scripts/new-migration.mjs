// Writes the SQL migration from the last migrated schema to the current schema.prisma, for
// every provider, offline (`prisma migrate diff` needs no database this way).
// Usage: node prisma/scripts/new-migration.mjs <name>
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { PRISMA_DIR, PROVIDERS, variantText } from './variants.mjs';
import { prisma } from './prisma-cli.mjs';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: new-migration.mjs <name in lower_snake_case>');
  process.exit(2);
}
const migrationsDir = join(PRISMA_DIR, 'migrations');
// The schema as of the last migration: what the new migration starts from.
const snapshot = join(migrationsDir, 'schema.snapshot.prisma');
const previous = existsSync(snapshot) ? readFileSync(snapshot, 'utf8') : null;

for (const provider of PROVIDERS) {
  const dir = join(migrationsDir, provider);
  mkdirSync(dir, { recursive: true });
  const to = join(tmpdir(), `deltahub-${process.pid}-${provider}-to.prisma`);
  writeFileSync(to, variantText(provider));
  const from = ['--from-empty'];
  if (previous !== null) {
    const fromPath = join(tmpdir(), `deltahub-${process.pid}-${provider}-from.prisma`);
    writeFileSync(fromPath, variantText(provider, previous));
    from.splice(0, 1, '--from-schema-datamodel', fromPath);
  }
  const sql = prisma(['migrate', 'diff', ...from, '--to-schema-datamodel', to, '--script'], { quiet: true });
  const index = String(readdirSync(dir).filter((f) => f.endsWith('.sql')).length + 1).padStart(4, '0');
  const file = join(dir, `${index}_${name}.sql`);
  writeFileSync(file, sql);
  console.log(`wrote ${file}`);
}
copyFileSync(join(PRISMA_DIR, 'schema.prisma'), snapshot);
