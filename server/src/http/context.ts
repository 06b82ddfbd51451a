import type { Request } from 'express';
import type { HubConfig } from '../config/config.js';
import type { Db } from '../db/client.js';
import type { Logger } from '../log.js';
import type { BlobStore } from '../storage/blob-store.js';
import type { Principal } from '../auth/principal.js';
import { authenticate } from '../auth/principal.js';

/** What every route needs: configuration, index, blob store, logger, shared keys. */
export interface HubContext {
  config: HubConfig;
  db: Db;
  store: BlobStore;
  log: Logger;
  /** Signs LFS upload URLs; the same on every instance sharing the index. */
  uploadSigningKey: Buffer;
}

const PRINCIPAL = Symbol('principal');
type WithPrincipal = Request & { [PRINCIPAL]?: Principal | null };

/** The caller of a request, authenticated once per request (null = anonymous). */
export async function principalOf(ctx: HubContext, req: Request): Promise<Principal | null> {
  const r = req as WithPrincipal;
  if (r[PRINCIPAL] === undefined) r[PRINCIPAL] = await authenticate(ctx.db, req.get('authorization'));
  return r[PRINCIPAL];
}

/** A route parameter as a string (Express 5 gives wildcard parameters as arrays of segments). */
export function param(req: Request, name: string): string {
  const value: unknown = req.params[name];
  return Array.isArray(value) ? value.join('/') : String(value ?? '');
}
