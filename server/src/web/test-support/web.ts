import { makeDelta, type ApiClient } from '@deltahub/testing';

/** A page response: status, headers and body text. */
export interface PageResponse {
  status: number;
  headers: Headers;
  html: string;
}

/**
 * A browser-like HTTP client of the web pages for tests: keeps cookies, sends the hub's own
 * Origin on posts (as browsers do), never follows redirects (tests look at them).
 */
export class WebClient {
  readonly cookies = new Map<string, string>();

  constructor(readonly base: string) {}

  private remember(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  private cookieHeader(): Record<string, string> {
    if (this.cookies.size === 0) return {};
    return { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
  }

  /** GET a page. */
  async get(path: string): Promise<PageResponse> {
    const res = await fetch(this.base + path, { headers: this.cookieHeader(), redirect: 'manual' });
    this.remember(res);
    return { status: res.status, headers: res.headers, html: await res.text() };
  }

  /** POST a form; `headers` can override the Origin (or anything else). */
  async post(
    path: string,
    fields: Record<string, string>,
    headers: Record<string, string> = {},
  ): Promise<PageResponse> {
    const res = await fetch(this.base + path, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: new URL(this.base).origin,
        ...this.cookieHeader(),
        ...headers,
      },
      body: new URLSearchParams(fields).toString(),
      redirect: 'manual',
    });
    this.remember(res);
    return { status: res.status, headers: res.headers, html: await res.text() };
  }

  /** The CSRF token the forms carry (the double-submit cookie), fetching a page first if needed. */
  async csrf(): Promise<string> {
    if (!this.cookies.has('dh_csrf')) await this.get('/login');
    return this.cookies.get('dh_csrf') ?? '';
  }

  /** Logs in with a token through the form; returns the response (303 on success). */
  async login(token: string): Promise<PageResponse> {
    return this.post('/login', { _csrf: await this.csrf(), token, next: '/' });
  }
}

/** Creates `owner/name` and pushes one revision of a delta to it; returns the revision id. */
export async function seedDelta(
  client: ApiClient,
  repo: string,
  options: { private?: boolean; card?: string; seed?: number; config?: Record<string, unknown> } = {},
): Promise<string> {
  const [, name] = repo.split('/');
  const created = await client.json('POST', '/api/repos', { name, private: options.private ?? false });
  if (created.status !== 201)
    throw new Error(`create ${repo}: ${created.status} ${JSON.stringify(created.body)}`);
  const pushed = await client.push(repo, makeDelta(options.seed ?? 1, options.config ?? {}, options.card), {
    parent: null,
    message: `first version of ${repo}`,
  });
  if (pushed.status !== 201) throw new Error(`push ${repo}: ${pushed.status} ${JSON.stringify(pushed.body)}`);
  return pushed.body.revision as string;
}
