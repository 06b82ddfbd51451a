import type { HubConfig } from './config/config.js';
import type { Db } from './db/client.js';

/**
 * What a person starting the hub needs to read first: where its data lives and, on an index
 * without accounts, how to make the first user and token. Credentials in URLs are never shown.
 */
export async function startupNotes(config: HubConfig, db: Db): Promise<string[]> {
  const index = config.databaseUrl.startsWith('file:')
    ? `SQLite ${config.databaseUrl.slice('file:'.length)}`
    : `PostgreSQL ${withoutCredentials(config.databaseUrl)}`;
  const blobs =
    config.storage.kind === 'fs'
      ? `files under ${config.storage.root}`
      : `S3 bucket ${config.storage.s3.bucket}${config.storage.s3.prefix ? ` (prefix ${config.storage.s3.prefix})` : ''}`;
  const notes = [`index: ${index}; blobs: ${blobs}`];
  if ((await db.account.count()) === 0) {
    notes.push(
      'no accounts yet: create the first user and a write token with ' +
        '`npx deltahub-server user add <name> --admin && npx deltahub-server token create <name> --scope write`',
    );
  }
  return notes;
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
