import { postgresAvailable } from './postgres.js';

/** Which index and blob store a test hub runs on. */
export interface HubVariant {
  db: 'sqlite' | 'postgresql';
  storage: 'fs' | 's3';
}

/**
 * The index × store combinations API suites run on: each database and each store at least once.
 * PostgreSQL variants are dropped (with a warning) when it is unreachable outside CI.
 */
export async function hubVariants(): Promise<HubVariant[]> {
  const variants: HubVariant[] = [{ db: 'sqlite', storage: 'fs' }];
  if (await postgresAvailable()) variants.push({ db: 'postgresql', storage: 's3' });
  else variants.push({ db: 'sqlite', storage: 's3' });
  return variants;
}
