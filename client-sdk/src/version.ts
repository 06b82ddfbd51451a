import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** This package's version (from its package.json), recorded as `libraryVersion` in delta checkpoints. */
export const LIBRARY_VERSION: string = (require('../package.json') as { version: string }).version;
