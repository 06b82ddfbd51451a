import type { HubConfig } from './config/config.js';
import type { Db } from './db/client.js';

/** Where the hub keeps its index and blobs, for the first line it logs. Never shows credentials. */
export function dataLocation(config: HubConfig): string {
  const index = config.databaseUrl.startsWith('file:')
    ? `SQLite ${config.databaseUrl.slice('file:'.length)}`
    : `PostgreSQL ${withoutCredentials(config.databaseUrl)}`;
  const blobs =
    config.storage.kind === 'fs'
      ? `files under ${config.storage.root}`
      : `S3 bucket ${config.storage.s3.bucket}${config.storage.s3.prefix ? ` (prefix ${config.storage.s3.prefix})` : ''}`;
  return `index: ${index}; blobs: ${blobs}`;
}

/** On an index without accounts, how to make the first user and token; undefined otherwise. */
export async function firstAccountHint(db: Db): Promise<string | undefined> {
  if ((await db.account.count()) > 0) return undefined;
  return (
    'no accounts yet: create the first user and a write token with ' +
    '`npx deltahub-server user add <name> --admin && npx deltahub-server token create <name> --scope write`'
  );
}

function withoutCredentials(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.toString();
  } catch {
    return '(DATABASE_URL)';
  }
}
