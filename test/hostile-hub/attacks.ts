/**
 * The attacks of the hostile hub, as {@link Scenario}s. Each lists a backbone-shaped file set
 * (`config.json`, `model.safetensors.index.json` naming the shards, the shards), so that the same
 * scenario attacks the native pull of a delta (which downloads every listed file) and the Hugging
 * Face pull of a backbone (which downloads the config, the index and the shards it names).
 */
import { randomBytes } from 'node:crypto';
import { join, relative } from 'node:path';
import type { ServerResponse } from 'node:http';
import { sha256, type HostileFile, type HubRequest, type Scenario } from './hostile-hub.js';
import { BACKBONE_REPO, DELTA_REPO } from './pullers.js';
import type { Victim } from './victim.js';

/** The shard every byte-level attack corrupts. */
export const SHARD = 'weights.safetensors';
const SHARD_BYTES = randomBytes(4096);

/** `config.json`, an index naming `shards`, and the shards: the files of a sharded backbone. */
export function backboneFiles(...shards: HostileFile[]): HostileFile[] {
  const index = { metadata: {}, weight_map: Object.fromEntries(shards.map((s, i) => [`w${i}`, s.path])) };
  return [
    { path: 'config.json', body: Buffer.from('{"model_type":"bert"}') },
    { path: 'model.safetensors.index.json', body: Buffer.from(JSON.stringify(index)) },
    ...shards,
  ];
}

/** An honest shard. */
export const shard = (path = SHARD): HostileFile => ({ path, body: SHARD_BYTES });

/** A hub that lists honest files and serves them honestly (the control). */
export const honest = (): Scenario => ({ files: backboneFiles(shard()) });

/** Path attacks aimed at the sentinel from a snapshot folder (`snapshots/<owner>/<name>/<id>.tmp`). */
export function unsafePaths(victim: Victim): Record<string, string> {
  return {
    'a ../ path': '../../../../../sentinel/pwned',
    'a path that climbs out of a folder': 'a/../../../../../../sentinel/pwned',
    'an absolute path': victim.targets.file,
    'a backslash path': '..\\..\\..\\..\\..\\sentinel\\pwned',
    'a NUL byte': 'pwned\u0000.safetensors',
    'a "." segment': './weights.safetensors',
    'an empty segment': 'a//weights.safetensors',
    'a terminal escape': 'weights\u001b[2J.safetensors',
  };
}

/** The attacks whose listing names something unsafe, each refused as HUB_UNSAFE_RESPONSE. */
export function unsafeListings(victim: Victim): Record<string, Scenario> {
  // blobs/sha256/<first 2>/<digest>: a digest starting with ".." climbs from blobs/ to the .bashrc.
  const digest = relative(join(victim.cache, 'blobs'), victim.targets.bashrc);
  const revisionOf = (repo: string): string =>
    relative(join(victim.cache, 'snapshots', ...repo.split('/')), victim.targets.folder);
  const scenarios: Record<string, Scenario> = {};
  for (const [name, path] of Object.entries(unsafePaths(victim))) {
    scenarios[name] = { files: backboneFiles({ path, body: SHARD_BYTES }) };
  }
  scenarios['a digest that is a path to ~/.bashrc'] = {
    files: backboneFiles({ path: SHARD, body: SHARD_BYTES, sha256: digest }),
  };
  scenarios['a revision id that is a path to a folder'] = {
    files: backboneFiles(shard()),
    revisionId: revisionOf(DELTA_REPO),
    commitId: revisionOf(BACKBONE_REPO),
  };
  scenarios['two paths that differ only in case'] = {
    files: backboneFiles(shard('Weights.safetensors'), { path: SHARD, body: randomBytes(64) }),
  };
  scenarios['a negative size'] = { files: backboneFiles({ path: SHARD, body: SHARD_BYTES, size: -1 }) };
  return scenarios;
}

/** Writes `bytes` chunks of zeros while the client reads, until it hangs up. */
function endless(res: ServerResponse): void {
  const chunk = Buffer.alloc(64 * 1024);
  const write = (): void => {
    while (!res.destroyed && res.write(chunk));
  };
  res.on('drain', write);
  write();
}

/** Serves the shard with `attack`, other files honestly. */
function onShard(attack: (request: HubRequest & { file: HostileFile }) => void): Scenario['download'] {
  return (request) => {
    if (request.file.path !== SHARD) {
      request.res.writeHead(200, { 'content-length': request.file.body.length }).end(request.file.body);
      return;
    }
    attack(request);
  };
}

/** A byte-level attack on the shard's download, and the typed error that must end the pull. */
export interface ByteAttack {
  scenario: Scenario;
  code: 'HUB_INTEGRITY' | 'HUB_TIMEOUT';
}

/** The attacks on the bytes of a download (issue 22.2 among them). */
export function byteAttacks(): Record<string, ByteAttack> {
  const files = backboneFiles(shard());
  const half = SHARD_BYTES.subarray(0, SHARD_BYTES.length / 2);
  return {
    'an endless body for a small declared size': {
      code: 'HUB_INTEGRITY',
      scenario: {
        files,
        download: onShard(({ res }) => {
          res.writeHead(200);
          endless(res);
        }),
      },
    },
    'more bytes than declared': {
      code: 'HUB_INTEGRITY',
      scenario: {
        files,
        download: onShard(({ res }) => {
          const body = Buffer.concat([SHARD_BYTES, SHARD_BYTES]);
          res.writeHead(200, { 'content-length': body.length }).end(body);
        }),
      },
    },
    'fewer bytes than declared': {
      code: 'HUB_INTEGRITY',
      scenario: {
        files,
        download: onShard(({ res }) => res.writeHead(200, { 'content-length': half.length }).end(half)),
      },
    },
    'a body cut off before its Content-Length': {
      code: 'HUB_INTEGRITY',
      scenario: {
        files,
        download: onShard(({ res }) => {
          res.writeHead(200, { 'content-length': SHARD_BYTES.length });
          res.write(half, () => setTimeout(() => res.destroy(), 50));
        }),
      },
    },
    'bytes that do not match the digest': {
      code: 'HUB_INTEGRITY',
      scenario: {
        files,
        download: onShard(({ res }) => {
          const other = randomBytes(SHARD_BYTES.length);
          res.writeHead(200, { 'content-length': other.length }).end(other);
        }),
      },
    },
    'a body that stops arriving': {
      code: 'HUB_TIMEOUT',
      scenario: {
        files,
        download: onShard(({ res }) => {
          res.writeHead(200, { 'content-length': SHARD_BYTES.length });
          res.write(half);
        }),
      },
    },
  };
}

/** The digest the shard is listed with (for checking that no blob of it was kept). */
export const SHARD_DIGEST = sha256(SHARD_BYTES);

/** JSON answers and redirects that must end the pull, with their typed error. */
export function answerAttacks(): Record<
  string,
  ByteAttack | { scenario: Scenario; code: 'HUB_BAD_RESPONSE' }
> {
  const files = backboneFiles(shard());
  return {
    'a JSON answer larger than 16 MiB': {
      code: 'HUB_BAD_RESPONSE',
      scenario: {
        files,
        json: ({ res }) => {
          const text = JSON.stringify({
            sha: 'c'.repeat(40),
            id: 'a'.repeat(64),
            files: [],
            pad: 'x'.repeat(20 * 1024 * 1024),
          });
          res.writeHead(200, { 'content-type': 'application/json' }).end(text);
        },
      },
    },
    'a JSON answer that never ends': {
      code: 'HUB_BAD_RESPONSE',
      scenario: {
        files,
        json: ({ res }) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.write('{"pad":"');
          endless(res);
        },
      },
    },
    'a JSON answer that stops arriving': {
      code: 'HUB_TIMEOUT',
      scenario: {
        files,
        json: ({ res }) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.write('{"id":');
        },
      },
    },
    'a redirect loop': {
      code: 'HUB_BAD_RESPONSE',
      scenario: {
        files,
        json: ({ req, res }) => res.writeHead(302, { location: req.url ?? '/' }).end(),
      },
    },
    'a redirect loop of a download': {
      code: 'HUB_BAD_RESPONSE',
      scenario: {
        files,
        download: ({ req, res }) => res.writeHead(307, { location: `${req.url ?? '/'}?again` }).end(),
      },
    },
  };
}

/** Downloads redirected to the other origin (as to an object store), which must not see the token. */
export function crossOriginRedirect(otherUrl: string): Scenario {
  return {
    files: backboneFiles(shard()),
    download: ({ res, file }) =>
      res.writeHead(302, { location: `${otherUrl}/store?path=${encodeURIComponent(file.path)}` }).end(),
  };
}
