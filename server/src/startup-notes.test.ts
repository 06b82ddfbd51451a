import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from './auth/accounts.js';
import { startTestHub, type TestHub } from './test-support/hub.js';
import { dataLocation, firstAccountHint } from './startup-notes.js';

describe('startup notes', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ db: 'sqlite', storage: 'fs' });
  });
  afterAll(async () => hub?.stop());

  it('say where the data lives', () => {
    const { config } = hub.context;
    expect(dataLocation(config)).toBe(
      `index: SQLite ${config.databaseUrl.slice(5)}; blobs: files under ${(config.storage as { root: string }).root}`,
    );
  });

  it('never show the credentials of a PostgreSQL URL', () => {
    const config = {
      ...hub.context.config,
      databaseUrl: 'postgresql://hub:s3cret@db.internal:5432/deltahub',
    };
    expect(dataLocation(config)).toMatch(/^index: PostgreSQL postgresql:\/\/db.internal:5432\/deltahub; /);
    expect(dataLocation(config)).not.toContain('s3cret');
  });

  it('say how to make the first user and token until an account exists', async () => {
    const { db } = hub.context;
    expect(await firstAccountHint(db)).toMatch(
      /no accounts yet: .*`npx deltahub-server user add <name> --admin && npx deltahub-server token create <name> --scope write`/,
    );
    await addUser(db, 'alice');
    expect(await firstAccountHint(db)).toBeUndefined();
  });
});
