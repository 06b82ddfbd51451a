import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HubError } from '../errors.js';
import type { HubContext } from '../http/context.js';
import { requestId } from '../http/middleware.js';
import { createLogger } from '../log.js';
import { page } from './page.js';

describe('page error rendering', () => {
  let server: ReturnType<ReturnType<typeof express>['listen']>;
  let base: string;

  beforeAll(async () => {
    // Anonymous pages touch only the configuration and the logger of the context.
    const ctx = { config: { publicUrl: undefined }, log: createLogger('silent') } as unknown as HubContext;
    const app = express();
    app.use(requestId);
    app.get(
      '/boom',
      page(ctx, async () => {
        throw new Error('database password is hunter2');
      }),
    );
    app.get(
      '/busy',
      page(ctx, async () => {
        throw new HubError(503, 'database_unavailable', 'pool exhausted at 10.0.0.7');
      }),
    );
    server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server?.close());

  it('renders a friendly 500 page with the request id and no internals', async () => {
    const res = await fetch(`${base}/boom`, { headers: { 'x-request-id': 'req-42' } });
    const html = await res.text();
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html).toContain('Something went wrong');
    expect(html).toContain('req-42');
    expect(html).not.toContain('hunter2');
  });

  it('keeps the status of a server-side HubError but not its message', async () => {
    const res = await fetch(`${base}/busy`);
    const html = await res.text();
    expect(res.status).toBe(503);
    expect(res.headers.get('x-error-code')).toBe('database_unavailable');
    expect(html).not.toContain('10.0.0.7');
  });
});
