// Prisma CLI configuration. The JS schema engine (WebAssembly) is used so that `prisma generate`
// and `prisma migrate diff` never download a native engine: this machine and CI reach only the
// npm registry. The adapter is required by the JS engine but unused by the two offline commands
// the scripts run (`generate`, `migrate diff --to-schema-datamodel`).
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  adapter: async () => new PrismaBetterSQLite3({ url: ':memory:' }),
  schema: './schema.prisma',
});
