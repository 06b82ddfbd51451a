// Runs the Prisma CLI from the prisma/ folder (where prisma.config.ts lives), offline.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { PRISMA_DIR } from './variants.mjs';

const require = createRequire(import.meta.url);
const PRISMA_BIN = require.resolve('prisma/build/index.js');

/**
 * Runs `prisma <args>` and returns its stdout.
 * @param {string[]} args
 * @param {{ quiet?: boolean }} [options]
 */
export function prisma(args, options = {}) {
  return execFileSync(process.execPath, [PRISMA_BIN, ...args], {
    cwd: PRISMA_DIR,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', options.quiet ? 'pipe' : 'inherit'],
    env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' },
  });
}
