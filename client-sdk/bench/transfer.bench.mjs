// Push and pull through the hub against raw HTTP → bench/results/transfer.json (ids client.*).
//  - client.push_over_raw_http (goal >= 0.8): the time to PUT a delta checkpoint's files to a bare
//    node:http server that streams them to disk, over the time `pushFolder` takes to push the same
//    folder to a real local hub (hashing, preupload, streamed upload the hub verifies, commit).
//  - client.pull_over_raw_http (goal >= 0.8): GETs of the same files written to disk, over the time
//    `snapshotFromHub` takes to pull the revision into an empty cache (ref lookup, download,
//    sha256 verification, snapshot folder).
//  - context row client.hub_get_over_raw_http: the same GETs from the hub's resolve URLs with plain
//    fetch (no client-side hashing or cache), which separates the hub's share from the client's.
//  - context row client.hub_put_over_raw_http: plain PUTs of same-sized new blobs to the hub's blob
//    URLs (sha256 computed beforehand, no preupload or commit): the hub's share of a push.
// The delta is a LoRA (r=128 on query and value) of a BERT-base-sized model: about 18 MiB. Each
// repetition pushes new values (so the hub lacks the blob) to the same repo. Median of REPS runs,
// raw and hub runs interleaved so load on the shared machine hits both alike.
// Needs `npm run build` (imports dist/). Everything listens on 127.0.0.1 only.
import { once } from 'node:events';
import {
  createReadStream,
  createWriteStream,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { BERT_BASE_CONFIG } from '@deltahub/testing/fixtures';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  BertModel,
  HubClient,
  LoraModel,
  parseRepoId,
  pushFolder,
  selectBackend,
  snapshotFromHub,
  tf,
  withoutRandomInit,
} from '../dist/index.js';
// Internal: the hashing step of a push, timed on its own.
import { hashFolder } from '../dist/hub/push.js';
import { median, resultsPath, startBenchHub, writeResults } from './lib.mjs';

const REPS = Number(process.env.BENCH_REPS ?? 5);
const REPO = 'bench/big-lora';
const config = JSON.parse(readFileSync(BERT_BASE_CONFIG, 'utf8'));

/** A bare HTTP server: PUT /<name> streams the body to a file, GET /<name> streams it back. */
async function startRawServer(dir) {
  const server = createServer((req, res) => {
    const file = join(dir, decodeURIComponent(req.url.slice(1)));
    if (req.method === 'PUT') {
      pipeline(req, createWriteStream(file)).then(
        () => res.writeHead(201).end(),
        () => res.writeHead(500).end(),
      );
    } else {
      res.writeHead(200, { 'content-length': statSync(file).size });
      createReadStream(file).pipe(res);
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

const files = (folder) => readdirSync(folder).map((name) => ({ name, path: join(folder, name) }));

async function rawPut(url, folder, prefix) {
  for (const f of files(folder)) {
    const res = await fetch(`${url}/${prefix}-${f.name}`, {
      method: 'PUT',
      headers: { 'content-length': String(statSync(f.path).size) },
      body: Readable.toWeb(createReadStream(f.path)),
      duplex: 'half',
    });
    if (res.status !== 201) throw new Error(`raw PUT ${res.status}`);
  }
}

/** PUTs each blob (`{ sha256, size, file }`) to the hub's blob URL of REPO, streamed from its file. */
async function hubPut(url, token, blobs) {
  for (const b of blobs) {
    const res = await fetch(`${url}/api/repos/${REPO}/blobs/${b.sha256}?size=${b.size}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-length': String(b.size) },
      body: Readable.toWeb(createReadStream(b.file)),
      duplex: 'half',
    });
    if (res.status !== 201) throw new Error(`hub PUT ${res.status}: ${await res.text()}`);
  }
}

/** Copies of a folder's files with one byte appended: same sizes (+1), blobs the hub does not hold. */
function variantOf(folder, into, tag) {
  mkdirSync(into);
  for (const f of files(folder))
    writeFileSync(join(into, f.name), Buffer.concat([readFileSync(f.path), Buffer.from([tag])]));
  return into;
}

/** GETs `urlOf(name)` for each file of `folder`, streaming the bodies to files in `into`. */
async function getAll(folder, urlOf, into) {
  mkdirSync(into, { recursive: true });
  for (const f of files(folder)) {
    const res = await fetch(urlOf(f.name));
    if (res.status !== 200) throw new Error(`GET ${urlOf(f.name)}: ${res.status}`);
    await pipeline(Readable.fromWeb(res.body), createWriteStream(join(into, f.name)));
  }
}

const timed = async (fn) => {
  const start = performance.now();
  await fn();
  return performance.now() - start;
};

await selectBackend();
const hub = await startBenchHub();
const rawDir = join(hub.tmp, 'raw');
mkdirSync(rawDir);
const raw = await startRawServer(rawDir);
try {
  const model = withoutRandomInit(() => new BertModel(config));
  const delta = new LoraModel({ backboneModel: model, loraR: 128 });
  const client = new HubClient({ hubUrl: hub.url, token: hub.token });
  const repo = parseRepoId(REPO);
  const times = { hubPush: [], hubPull: [], hubGet: [], hubPut: [], rawPut: [], rawGet: [] };
  let bytes = 0;
  // Repetition 0 is a warm-up (it also creates the repo); its times are not kept.
  for (let i = 0; i <= REPS; i++) {
    delta
      .deltaParameters()
      .forEach((p, j) => tf.tidy(() => p.assign(tf.randomNormal(p.shape, 0, 0.02, 'float32', i * 1000 + j))));
    const folder = join(hub.tmp, `delta-${i}`);
    await delta.saveFinetuned(folder);
    bytes = files(folder).reduce((n, f) => n + statSync(f.path).size, 0);
    const putBlobs = await hashFolder(variantOf(folder, join(hub.tmp, `put-${i}`), i));

    let revision;
    const hubPush = await timed(async () => {
      revision = (await pushFolder(client, repo, folder)).revision;
    });
    const hubPull = await timed(() =>
      snapshotFromHub(`${REPO}@${revision}`, {
        hubUrl: hub.url,
        token: hub.token,
        cacheDir: join(hub.tmp, `cache-${i}`),
      }),
    );
    const hubGet = await timed(() =>
      getAll(folder, (name) => `${hub.url}/${REPO}/resolve/${revision}/${name}`, join(hub.tmp, `get-${i}`)),
    );
    const hubPutMs = await timed(() => hubPut(hub.url, hub.token, putBlobs));
    const rawPutMs = await timed(() => rawPut(raw.url, folder, i));
    const rawGetMs = await timed(() =>
      getAll(folder, (name) => `${raw.url}/${i}-${name}`, join(hub.tmp, `raw-get-${i}`)),
    );
    if (i === 0) continue;
    times.hubPush.push(hubPush);
    times.hubPull.push(hubPull);
    times.hubGet.push(hubGet);
    times.hubPut.push(hubPutMs);
    times.rawPut.push(rawPutMs);
    times.rawGet.push(rawGetMs);
  }
  model.dispose();

  const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
  const size = `${(bytes / 2 ** 20).toFixed(1)} MiB`;
  writeResults(resultsPath('transfer'), [
    {
      id: 'client.push_over_raw_http',
      value: m.rawPut / m.hubPush,
      unit: 'ratio',
      goal: '>= 0.8',
      baseline: `raw PUT ${m.rawPut.toFixed(0)} ms, hub push ${m.hubPush.toFixed(0)} ms for ${size}`,
      note: `median of ${REPS}`,
    },
    {
      id: 'client.pull_over_raw_http',
      value: m.rawGet / m.hubPull,
      unit: 'ratio',
      goal: '>= 0.8',
      baseline: `raw GET ${m.rawGet.toFixed(0)} ms, hub pull ${m.hubPull.toFixed(0)} ms for ${size}`,
      note: `median of ${REPS}; pull into an empty cache`,
    },
    {
      id: 'client.hub_get_over_raw_http',
      value: m.rawGet / m.hubGet,
      unit: 'ratio',
      goal: null,
      baseline: `raw GET ${m.rawGet.toFixed(0)} ms, plain GET from the hub ${m.hubGet.toFixed(0)} ms for ${size}`,
      note: `median of ${REPS}; context for client.pull_over_raw_http: the hub's share without the client`,
    },
    {
      id: 'client.hub_put_over_raw_http',
      value: m.rawPut / m.hubPut,
      unit: 'ratio',
      goal: null,
      baseline: `raw PUT ${m.rawPut.toFixed(0)} ms, plain PUT of new blobs to the hub ${m.hubPut.toFixed(0)} ms for ${size}`,
      note: `median of ${REPS}; context for client.push_over_raw_http: the hub's upload share (it verifies and stores durably), without client hashing, preupload or commit`,
    },
  ]);
} finally {
  raw.close();
  await hub.stop();
}
