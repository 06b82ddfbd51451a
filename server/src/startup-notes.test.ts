import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from './auth/accounts.js';
import { startTestHub, type TestHub } from './test-support/hub.js';
import { startupNotes } from './startup-notes.js';

describe('startupNotes', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ db: 'sqlite', storage: 'fs' });
  });
  afterAll(async () => hub?.stop());

  it('says where the data lives and, until an account exists, how to make the first user and token', async () => {
    const { config, db } = hub.context;
    const first = await startupNotes(config, db);
    expect(first[0]).toBe(
      `index: SQLite ${config.databaseUrl.slice(5)}; blobs: files under ${(config.storage as { root: string }).root}`,
    );
    expect(first[1]).toMatch(
      /no accounts yet: .*npx deltahub-server user add <name> --admin && npx deltahub-server token create <name> --scope write/,
    );
    await addUser(db, 'alice');
    expect(await startupNotes(config, db)).toEqual([first[0]]);
  });

  it('never shows the credentials of a PostgreSQL URL', async () => {
    const config = {
      ...hub.context.config,
      databaseUrl: 'postgresql://hub:s3cret@db.internal:5432/deltahub',
    };
    const [where] = await startupNotes(config, hub.context.db);
    expect(where).toContain('PostgreSQL postgresql://db.internal:5432/deltahub');
    expect(where).not.toContain('s3cret');
  });
});
