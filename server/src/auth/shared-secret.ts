import { randomBytes } from 'node:crypto';
import type { Db } from '../db/client.js';

/**
 * The secret called `name`, shared by every hub instance on this index: the first instance to ask
 * makes it (32 random bytes) and the others read the same row. Instances racing to make it are
 * safe: the primary key lets one insert win, and the losers read the winner's value.
 */
export async function sharedSecret(db: Db, name: string): Promise<Buffer> {
  const existing = await db.hubSecret.findUnique({ where: { name } });
  if (existing) return Buffer.from(existing.value, 'base64');
  try {
    const created = await db.hubSecret.create({
      data: { name, value: randomBytes(32).toString('base64') },
    });
    return Buffer.from(created.value, 'base64');
  } catch (err) {
    if ((err as { code?: string }).code !== 'P2002') throw err;
    const winner = await db.hubSecret.findUniqueOrThrow({ where: { name } });
    return Buffer.from(winner.value, 'base64');
  }
}
