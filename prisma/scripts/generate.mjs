// Generates one Prisma client per provider into generated/<provider>/client (gitignored).
// Run by @deltahub/server's build and pretest scripts, so a clean clone needs no extra step.
import { PROVIDERS, writeVariant } from './variants.mjs';
import { prisma } from './prisma-cli.mjs';

for (const provider of PROVIDERS) {
  const schema = writeVariant(provider);
  prisma(['generate', '--schema', schema, '--no-hints'], { quiet: true });
  console.log(`prisma: generated the ${provider} client`);
}
