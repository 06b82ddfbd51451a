// Shared parts of the server benchmarks: the hub protocol as a client speaks it, catalogue
// seeding, hub and S3 processes, and the results file. Run under tsx (`node --import tsx`): the hub
// processes come from `@deltahub/testing`, which is TypeScript source. Everything listens on 127.0.0.1 only.
import { execFileSync, fork } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { availableParallelism } from 'node:os';
import { spawnHub } from '@deltahub/testing/hub';

export const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * A JSON API call with a bearer token (none when `token` is undefined), over the same HTTP stack as the transfers (httpRequest);
 * resolves with the status and parsed body.
 */
export async function api(base, token, method, path, body) {
  const res = await httpRequest(base + path, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? Buffer.from(JSON.stringify(body)) : undefined,
  });
  return { status: res.status, body: JSON.parse(res.body.toString('utf8')) };
}

/**
 * One request with node:http, the HTTP stack the AWS SDK uses, so a ratio against raw S3 calls
 * measures the hub rather than two client stacks (undici's fetch costs 2-3x node:http's time for
 * a 100 MB body here). Follows redirects as hub clients do, without the Authorization header
 * (a presigned URL carries its own). Resolves with the status and the whole response body.
 */
export function httpRequest(url, { method = 'GET', headers = {}, body } = {}, redirects = 3) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, {
      method,
      headers: body ? { ...headers, 'content-length': body.length } : headers,
    });
    req.on('response', (res) => {
      const location = res.headers.location;
      if (res.statusCode >= 300 && res.statusCode < 400 && location && redirects > 0) {
        res.resume();
        const { authorization: _dropped, ...rest } = headers;
        resolve(httpRequest(new URL(location, url), { method, headers: rest }, redirects - 1));
        return;
      }
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Pushes `files` ({ path: Buffer }) to `repo`'s main branch with the hub protocol, hashing each
 * file once as a client must and uploading the missing ones at the same time, as the SDK does.
 * Resolves with the blob bytes uploaded and the new revision.
 */
export async function push(base, token, repo, files, parent = null) {
  const list = Object.entries(files).map(([path, b]) => ({ path, sha256: sha256(b), size: b.length }));
  const pre = await api(base, token, 'POST', `/api/repos/${repo}/preupload`, { files: list });
  if (pre.status !== 200) throw new Error(`preupload ${pre.status}: ${JSON.stringify(pre.body)}`);
  let bytes = 0;
  await Promise.all(
    pre.body.missing.map(async (m) => {
      const b = files[list.find((f) => f.sha256 === m.sha256).path];
      const res = await httpRequest(base + m.upload, {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}` },
        body: b,
      });
      if (res.status >= 300) throw new Error(`upload ${res.status}: ${res.body.toString()}`);
      bytes += b.length;
    }),
  );
  const commit = await api(base, token, 'POST', `/api/repos/${repo}/commits/main`, {
    files: list,
    parent,
    message: 'bench',
  });
  if (commit.status !== 201) throw new Error(`commit ${commit.status}: ${JSON.stringify(commit.body)}`);
  return { bytes, revision: commit.body.revision };
}

const ARCHITECTURES = ['bert', 'bart', 'gpt2', 't5', 'roberta'];
const DELTA_TYPES = ['lora', 'adapter', 'bitfit', 'ia3'];

/** The fingerprint of the catalogue's n-th backbone (50 distinct ones). */
export const fingerprintOf = (n) => sha256(String(n % 50));

/**
 * Indexes `count` repos of `ownerName`, all at `revision`, straight into the database (pushing
 * 10,000 deltas would take minutes and measure nothing the benchmarks are about). Names are
 * `delta-<n>`; architectures, delta types, tasks, downloads and fingerprints vary with n.
 */
export async function seedCatalogue(db, ownerName, revision, count) {
  const owner = await db.account.findUniqueOrThrow({ where: { name: ownerName } });
  for (let i = 0; i < count; i += 1000) {
    await db.repo.createMany({
      data: Array.from({ length: Math.min(1000, count - i) }, (_, k) => {
        const n = i + k;
        const architecture = ARCHITECTURES[n % ARCHITECTURES.length];
        return {
          id: randomUUID(),
          ownerId: owner.id,
          name: `delta-${n}`,
          downloads: (n * 7919) % 5000,
          headRevisionId: revision,
          deltaType: DELTA_TYPES[n % DELTA_TYPES.length],
          backboneArchitecture: architecture,
          backboneName: `${architecture}-base`,
          backboneFingerprint: fingerprintOf(n),
          task: n % 2 ? 'text-classification' : 'summarization',
          tags: '|bench|',
          searchText: `${ownerName}/delta-${n}\n${architecture}-base\nsst2 glue demo ${n % 97}`,
        };
      }),
    });
  }
}

/** Forks `script` and waits for its first IPC message (what it reports once listening). */
async function forkReporting(script, args, env) {
  const child = fork(script, args, { env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const [message] = await Promise.race([
    once(child, 'message'),
    once(child, 'exit').then(([code]) => {
      throw new Error(`${script.pathname} exited with ${code}`);
    }),
  ]);
  return { child, message };
}

/** Asks a child started by forkReporting to stop ('stop' over IPC); kills it after 10 s. */
async function stopChild(child) {
  if (child.exitCode !== null) return;
  const exited = once(child, 'exit');
  child.send('stop');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/**
 * Starts a hub in its own process, `node dist/main.js` configured by `env` (`@deltahub/testing`'s
 * spawnHub, the test suites' way to run one), and signs up a user `bench`. Resolves with
 * { child, url, token, close }. The benchmarks run under tsx (`node --import tsx`), which loads
 * the testing package's TypeScript source.
 */
export async function startHubProcess(env) {
  const hub = await spawnHub({ DELTAHUB_ALLOW_SIGNUP: 'true', ...env });
  try {
    const signup = await api(hub.url, undefined, 'POST', '/api/signup', { name: 'bench' });
    if (signup.status !== 201) throw new Error(`signup: ${signup.status} ${JSON.stringify(signup.body)}`);
    return { child: hub.child, url: hub.url, token: signup.body.token, close: () => hub.stop() };
  } catch (err) {
    await hub.kill();
    throw err;
  }
}

/** Sets the CPU affinity of every thread of process `pid` to `cpus` (a taskset list, "0-2"). */
export function pinProcess(pid, cpus) {
  execFileSync('taskset', ['--all-tasks', '--pid', '--cpu-list', cpus, String(pid)], { stdio: 'ignore' });
}

/**
 * Splits the machine's CPUs between an S3 store (the last CPU) and everything else (the rest),
 * pinning this process, and so the processes it forks later, to the rest. In a deployment the
 * store's work runs on other machines; on a shared 2-core machine the scheduler otherwise keeps
 * moving s3rver onto the core the hub or client is on, which swung the push + pull time of two
 * identical hubs in one run by 10%. Returns { store, rest } (taskset CPU lists), or { reason }
 * when the machine has one CPU or taskset (util-linux) fails. `BENCH_PIN=0` skips it.
 */
export function partitionCpus() {
  if (process.env.BENCH_PIN === '0') return { reason: 'BENCH_PIN=0' };
  const count = availableParallelism();
  if (count < 2) return { reason: `${count} CPU` };
  const cpus = { store: String(count - 1), rest: count === 2 ? '0' : `0-${count - 2}` };
  try {
    pinProcess(process.pid, cpus.rest);
    return cpus;
  } catch (err) {
    return { reason: `taskset failed: ${err.message.split('\n')[0]}` };
  }
}

/**
 * Starts s3rver in its own process (bench/s3rver-process.mjs) storing under `directory`, with a
 * bucket `bench`, pinned to `cpus` (a taskset list) when given: the child pins itself before it
 * starts serving. Resolves with { port, close }.
 */
export async function startS3rverProcess(directory, cpus) {
  const { child, message } = await forkReporting(
    new URL('./s3rver-process.mjs', import.meta.url),
    [directory],
    cpus ? { ...process.env, BENCH_S3RVER_CPUS: cpus } : process.env,
  );
  return { port: message.port, close: () => stopChild(child) };
}

/** Writes `bench/results/<name>.json`, which scripts/bench-report.mjs merges. */
export function writeResults(name, results) {
  const out = new URL('./results/', import.meta.url);
  mkdirSync(out, { recursive: true });
  writeFileSync(new URL(`${name}.json`, out), JSON.stringify({ results }, null, 2) + '\n');
}
