// Upload memory benchmark → bench/results/upload.json (ids hub.upload_*), merged by
// scripts/bench-report.mjs.
//  - hub.upload_1gb_rss_growth_mb: growth of the server's resident memory while a 1 GiB blob is
//    streamed to `PUT /api/repos/{owner}/{name}/blobs/{sha256}` with the S3 store (s3rver)
//    (goal <= 100 MB: multipart with bounded memory).
//  - hub.upload_1gb_rss_growth_mb_fs: the same with the filesystem store (temp file + rename).
// The server runs in a child process (lib.mjs startHubProcess) so /proc/<pid>/status is its own;
// s3rver runs in this process, not the server's. The body is generated chunk by chunk (twice:
// once to hash it, once to send it), never held in memory. Linux only (/proc).
// Needs `npm run build` (the child imports dist/). BENCH_UPLOAD_MB shrinks the upload.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { clearInterval, setInterval } from 'node:timers';
import S3rver from 's3rver';
import { startHubProcess, writeResults } from './lib.mjs';

const MIB = 1024 * 1024;
const TOTAL = Number(process.env.BENCH_UPLOAD_MB ?? 1024) * MIB;
const CHUNK = MIB;
const tmp = mkdtempSync(join(tmpdir(), 'deltahub-upload-bench-'));
const results = [];

// 1 MiB of random bytes, with each chunk's index stamped in, so no two chunks are equal.
const pattern = randomBytes(CHUNK);
function chunkAt(index, bytes) {
  const chunk = Buffer.from(pattern.subarray(0, bytes));
  chunk.writeUInt32BE(index, 0);
  return chunk;
}
function* chunks(total) {
  for (let i = 0, left = total; left > 0; i++, left -= CHUNK) yield chunkAt(i, Math.min(CHUNK, left));
}
function digestOf(total) {
  const hash = createHash('sha256');
  for (const c of chunks(total)) hash.update(c);
  return hash.digest('hex');
}

/** VmRSS and VmHWM (peak) of a process, in bytes. */
function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

/** PUTs a generated body of `total` bytes, streamed with backpressure; resolves with the response. */
function upload(base, token, sha256, total) {
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}/api/repos/bench/big/blobs/${sha256}?size=${total}`, {
      method: 'PUT',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/octet-stream',
        'content-length': String(total),
      },
    });
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode, body }));
    });
    req.on('error', reject);
    Readable.from(chunks(total), { objectMode: false }).pipe(req);
  });
}

/** Uploads TOTAL bytes to a hub started with `env`; returns the RSS growth in MB and details. */
async function measure(label, env, sha256) {
  const hub = await startHubProcess(env);
  try {
    const created = await fetch(`${hub.url}/api/repos`, {
      method: 'POST',
      headers: { authorization: `Bearer ${hub.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'big' }),
    });
    if (created.status !== 201) throw new Error(`create repo: ${created.status}`);
    // Warm-up: a small upload loads every code path (SDK, multipart) before the baseline is taken.
    const warmBytes = 64 * 1024;
    const warmed = await upload(hub.url, hub.token, digestOf(warmBytes), warmBytes);
    if (warmed.status !== 201) throw new Error(`warm-up upload: ${warmed.status} ${warmed.body}`);
    await new Promise((r) => setTimeout(r, 500));
    const before = memoryOf(hub.child.pid);
    let peakRss = before.rss;
    const timer = setInterval(() => {
      try {
        peakRss = Math.max(peakRss, memoryOf(hub.child.pid).rss);
      } catch {
        // the child is gone; the upload fails below
      }
    }, 50);
    const t0 = performance.now();
    let res;
    try {
      res = await upload(hub.url, hub.token, sha256, TOTAL);
    } finally {
      clearInterval(timer);
    }
    const seconds = (performance.now() - t0) / 1000;
    if (res.status !== 201) throw new Error(`${label} upload: ${res.status} ${res.body}`);
    const after = memoryOf(hub.child.pid);
    // Peak resident memory since the baseline: the sampled maximum, or the kernel's high-water
    // mark when it rose above the baseline's (a peak between two samples).
    const peak = Math.max(peakRss, after.hwm > before.hwm ? after.hwm : 0);
    const growth = (peak - before.rss) / MIB;
    const note =
      `${label}: ${(TOTAL / MIB).toFixed(0)} MiB in ${seconds.toFixed(1)} s (${(TOTAL / MIB / seconds).toFixed(0)} MiB/s); ` +
      `server RSS ${(before.rss / MIB).toFixed(0)} MiB before, peak ${(peak / MIB).toFixed(0)} MiB during (sampled every 50 ms + VmHWM)`;
    return { growth, note };
  } finally {
    await hub.close();
  }
}

try {
  const digest = digestOf(TOTAL);
  const dir = join(tmp, 's3rver');
  mkdirSync(dir);
  const s3rver = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: dir,
    configureBuckets: [{ name: 'bench' }],
  });
  const { port } = await s3rver.run();
  const s3 = await measure(
    'S3 (s3rver, separate process)',
    {
      DELTAHUB_DATA: join(tmp, 's3hub'),
      DELTAHUB_STORAGE: 's3',
      DELTAHUB_S3_BUCKET: 'bench',
      DELTAHUB_S3_ENDPOINT: `http://127.0.0.1:${port}`,
      DELTAHUB_S3_ACCESS_KEY_ID: 'S3RVER',
      DELTAHUB_S3_SECRET_ACCESS_KEY: 'S3RVER',
    },
    digest,
  );
  await s3rver.close();
  rmSync(dir, { recursive: true, force: true });
  const size = `${(TOTAL / 2 ** 30).toFixed(2)} GiB`;
  results.push({
    id: 'hub.upload_1gb_rss_growth_mb',
    value: s3.growth,
    unit: 'MB',
    goal: '<= 100',
    baseline: `upload of ${size}`,
    note: s3.note,
  });
  const fs = await measure(
    'filesystem store',
    { DELTAHUB_DATA: join(tmp, 'fshub'), DELTAHUB_STORAGE: 'fs' },
    digest,
  );
  results.push({
    id: 'hub.upload_1gb_rss_growth_mb_fs',
    value: fs.growth,
    unit: 'MB',
    goal: '<= 100',
    baseline: `upload of ${size}`,
    note: fs.note,
  });
  writeResults('upload', results);
  for (const r of results) console.log(`${r.id}: ${r.value.toFixed(1)} ${r.unit} (${r.note})`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
