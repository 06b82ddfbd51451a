/**
 * A hostile hub: a small node:http server that answers the routes the client pulls from (the
 * native `revisions` and `resolve` routes of `deltahub pull` and `fromFinetuned`, the Hugging Face
 * `revision`, `tree` and `resolve` routes of `fromPretrained`) with whatever the current
 * {@link Scenario} says: listings naming unsafe paths, digests or ids, bodies longer, shorter or
 * other than declared, endless or stalled answers, redirects. A second listener on another port
 * (another origin) records what reaches it, to prove the token never does.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** A file the hub lists: the bytes it serves, and what it declares (default: the bytes' own). */
export interface HostileFile {
  /** The path listed (and looked up when the client asks for it). */
  path: string;
  body: Buffer;
  /** Declared digest (default: the body's sha256). */
  sha256?: string;
  /** Declared size (default: the body's length). */
  size?: number;
}

/** What a request to the hub is, for a {@link Scenario}'s handlers. */
export interface HubRequest {
  req: IncomingMessage;
  res: ServerResponse;
  hub: HostileHub;
}

/** How the hub behaves: the files it lists, and optional replacements of its answers. */
export interface Scenario {
  files: HostileFile[];
  /** The revision id in the native revision answer (default {@link REVISION_ID}). */
  revisionId?: string;
  /** The commit in the Hugging Face revision answer (default {@link COMMIT_ID}). */
  commitId?: string;
  /** Answers the JSON routes (revision, commit, tree) instead of the honest answers. */
  json?: (request: HubRequest) => void;
  /** Answers a file download instead of sending the body with its length. */
  download?: (request: HubRequest & { file: HostileFile }) => void;
}

/** The revision id an honest answer carries. */
export const REVISION_ID = 'a'.repeat(64);
/** The commit an honest Hugging Face answer carries. */
export const COMMIT_ID = 'c'.repeat(40);

/** The sha256 of bytes, as hex. */
export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** A running hostile hub. */
export interface HostileHub {
  url: string;
  /** Another origin (another port): redirect targets that must never see the token. */
  otherUrl: string;
  /** The `authorization` header of each request that reached {@link otherUrl} (undefined: none). */
  otherAuthorizations: (string | undefined)[];
  /** The `authorization` header of each request that reached the hub itself. */
  hubAuthorizations: (string | undefined)[];
  /** Responses to downloads that were closed before the hub finished sending them. */
  abortedDownloads: number;
  scenario: Scenario;
  stop(): Promise<void>;
}

const json = (res: ServerResponse, status: number, value: unknown): void => {
  const text = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
};

/** The honest answer to `GET /api/repos/:o/:n/revisions/:rev`. */
function revisionAnswer(scenario: Scenario): unknown {
  return {
    id: scenario.revisionId ?? REVISION_ID,
    parent: null,
    message: 'hostile',
    author: 'mallory',
    createdAt: new Date(0).toISOString(),
    deltaType: 'lora',
    files: scenario.files.map((f) => ({
      path: f.path,
      sha256: f.sha256 ?? sha256(f.body),
      size: f.size ?? f.body.length,
    })),
  };
}

/** The honest answer to `GET /api/models/:o/:n/tree/:commit` (every file with an LFS digest). */
function treeAnswer(scenario: Scenario): unknown {
  return scenario.files.map((f) => {
    const size = f.size ?? f.body.length;
    return {
      type: 'file',
      oid: 'b'.repeat(40),
      path: f.path,
      size,
      lfs: { oid: f.sha256 ?? sha256(f.body), size },
    };
  });
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

/** Starts a hostile hub (and its other origin) on loopback, with `scenario` (changeable later). */
export async function startHostileHub(scenario: Scenario): Promise<HostileHub> {
  const other = createServer((req, res) => {
    hub.otherAuthorizations.push(req.headers.authorization);
    // Serves the file named by the query, as an object store serves a presigned URL.
    const path = new URL(req.url ?? '/', 'http://x').searchParams.get('path') ?? '';
    const file = hub.scenario.files.find((f) => f.path === path);
    if (!file) return json(res, 404, { error: { code: 'not_found' } });
    res.writeHead(200, { 'content-length': file.body.length }).end(file.body);
  });
  const server = createServer((req, res) => {
    hub.hubAuthorizations.push(req.headers.authorization);
    const request = { req, res, hub };
    const url = new URL(req.url ?? '/', 'http://x');
    const parts = url.pathname.split('/').slice(1).map(decodeURIComponent);
    const { scenario: current } = hub;
    if (parts[0] === 'api' && (parts[1] === 'repos' || parts[1] === 'models')) {
      if (current.json) return current.json(request);
      if (parts[1] === 'repos' && parts[4] === 'revisions') return json(res, 200, revisionAnswer(current));
      if (parts[1] === 'models' && parts[4] === 'revision')
        return json(res, 200, { sha: current.commitId ?? COMMIT_ID });
      if (parts[1] === 'models' && parts[4] === 'tree') return json(res, 200, treeAnswer(current));
    }
    if (parts[2] === 'resolve') {
      const path = parts.slice(4).join('/');
      const file = current.files.find((f) => f.path === path);
      if (!file) return json(res, 404, { error: { code: 'not_found', message: `no ${path}` } });
      res.on('close', () => {
        if (!res.writableFinished) hub.abortedDownloads++;
      });
      if (current.download) return current.download({ ...request, file });
      res.writeHead(200, {
        'content-length': file.body.length,
        etag: `"${file.sha256 ?? sha256(file.body)}"`,
      });
      return res.end(file.body);
    }
    json(res, 404, { error: { code: 'not_found', message: `no route ${url.pathname}` } });
  });
  const hub: HostileHub = {
    url: await listen(server),
    otherUrl: await listen(other),
    otherAuthorizations: [],
    hubAuthorizations: [],
    abortedDownloads: 0,
    scenario,
    async stop() {
      for (const s of [server, other]) {
        s.closeAllConnections();
        await new Promise<void>((resolve) => s.close(() => resolve()));
      }
    },
  };
  return hub;
}
