// Saves docs/screenshots/delta-page.png, search.png, history.png and settings.png (1280 px wide)
// from a hub seeded with realistic deltas, rendered by headless Chromium. Needs `npm run build` and
// /usr/bin/chromium (or DELTAHUB_CHROMIUM). Usage: node server/scripts/screenshots.mjs
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeSafetensors } from '@deltahub/core/safetensors';
import { loadConfig, startServer } from '../dist/index.js';
import { addOrg, addUser, createToken } from '../dist/auth/accounts.js';
import { createLogger } from '../dist/log.js';
import { launchChromium } from '../src/web/test-support/launch-chromium.mjs';

const OUT = new URL('../../docs/screenshots/', import.meta.url);
const sha256 = (b) => createHash('sha256').update(b).digest('hex');

const BACKBONES = {
  'bert-base-uncased': {
    architecture: 'bert',
    modelClass: 'BertForSequenceClassification',
    total: 109_483_778,
    layers: 12,
    hidden: 768,
    prefix: 'bert.encoder.layer',
    attn: 'attention.self',
  },
  'facebook/bart-base': {
    architecture: 'bart',
    modelClass: 'BartForConditionalGeneration',
    total: 139_420_416,
    layers: 6,
    hidden: 768,
    prefix: 'model.encoder.layers',
    attn: 'self_attn',
  },
  gpt2: {
    architecture: 'gpt2',
    modelClass: 'GPT2LMHeadModel',
    total: 124_439_808,
    layers: 12,
    hidden: 768,
    prefix: 'transformer.h',
    attn: 'attn',
  },
  'roberta-base': {
    architecture: 'roberta',
    modelClass: 'RobertaForSequenceClassification',
    total: 124_647_170,
    layers: 12,
    hidden: 768,
    prefix: 'roberta.encoder.layer',
    attn: 'attention.self',
  },
  't5-small': {
    architecture: 't5',
    modelClass: 'T5ForConditionalGeneration',
    total: 60_506_624,
    layers: 6,
    hidden: 512,
    prefix: 'encoder.block',
    attn: 'layer.0.SelfAttention',
  },
  'distilbert-base-uncased': {
    architecture: 'distilbert',
    modelClass: 'DistilBertForSequenceClassification',
    total: 66_955_010,
    layers: 6,
    hidden: 768,
    prefix: 'distilbert.transformer.layer',
    attn: 'attention',
  },
};

/** Tensors a delta method adds, named and shaped as on the real backbone (zero-filled). */
function tensorsFor(type, b, r = 8) {
  const t = {};
  const add = (name, shape) =>
    (t[name] = { dtype: 'F32', shape, data: new Float32Array(shape.reduce((a, x) => a * x, 1)) });
  for (let l = 0; l < b.layers; l++) {
    const base = `${b.prefix}.${l}`;
    if (type === 'lora') {
      for (const m of ['query', 'value']) {
        add(`${base}.${b.attn}.${m}.lora_A.weight`, [r, b.hidden]);
        add(`${base}.${b.attn}.${m}.lora_B.weight`, [b.hidden, r]);
      }
    } else if (type === 'adapter') {
      add(`${base}.fc2.adapter.down_proj.weight`, [12, b.hidden]);
      add(`${base}.fc2.adapter.down_proj.bias`, [12]);
      add(`${base}.fc2.adapter.up_proj.weight`, [b.hidden, 12]);
      add(`${base}.fc2.adapter.up_proj.bias`, [b.hidden]);
    } else if (type === 'bitfit') {
      add(`${base}.attention.output.dense.bias`, [b.hidden]);
      add(`${base}.output.dense.bias`, [b.hidden]);
    } else if (type === 'ia3') {
      add(`${base}.${b.attn}.k.ia3_l`, [b.hidden]);
      add(`${base}.${b.attn}.v.ia3_l`, [b.hidden]);
    } else if (type === 'prefix') {
      add(`${base}.${b.attn}.prefix_key`, [10, b.hidden]);
      add(`${base}.${b.attn}.prefix_value`, [10, b.hidden]);
    } else {
      add(`${base}.compacter.phm_rule`, [4, 4, 4]);
    }
  }
  return t;
}

const card = (d) => `---
base_model: ${d.backbone}
license: ${d.license}
tags: [${d.tags.join(', ')}]
---
# ${d.title}

A **${d.type}** delta for \`${d.backbone}\`, trained with deltahub on ${d.dataset}. Only the delta
weights are stored here: apply them to the frozen backbone with \`AutoDeltaModel.fromFinetuned\`.

## Training

- ${d.type === 'lora' ? 'rank 8, alpha 16, on `query` and `value`' : 'default placement for the architecture'}
- 3 epochs, AdamW, learning rate 5e-4, batch size 32
- backbone frozen; ${d.type} parameters trained

## Results

| split | ${d.metric} |
|---|---|
| validation | ${d.score} |
| test | ${(d.score - 0.4).toFixed(1)} |

> Fingerprints in \`delta_config.json\` make loading fail loudly on a different backbone.
`;

const DELTAS = [
  {
    id: 'alice/bert-base-lora-sst2',
    type: 'lora',
    backbone: 'bert-base-uncased',
    task: 'text-classification',
    dataset: 'glue/sst2',
    license: 'apache-2.0',
    tags: ['glue', 'sst2', 'sentiment'],
    title: 'BERT base · LoRA · SST-2',
    metric: 'accuracy',
    score: 92.7,
    downloads: 4821,
  },
  {
    id: 'nlp-lab/bart-base-adapter-xsum',
    type: 'adapter',
    backbone: 'facebook/bart-base',
    task: 'summarization',
    dataset: 'xsum',
    license: 'mit',
    tags: ['summarization', 'news'],
    title: 'BART base · Adapter · XSum',
    metric: 'ROUGE-L',
    score: 31.2,
    downloads: 2310,
  },
  {
    id: 'bob/gpt2-prefix-e2e',
    type: 'prefix',
    backbone: 'gpt2',
    task: 'text-generation',
    dataset: 'e2e_nlg',
    license: 'mit',
    tags: ['data-to-text'],
    title: 'GPT-2 · Prefix tuning · E2E',
    metric: 'BLEU',
    score: 68.9,
    downloads: 1544,
  },
  {
    id: 'alice/roberta-base-bitfit-mnli',
    type: 'bitfit',
    backbone: 'roberta-base',
    task: 'text-classification',
    dataset: 'glue/mnli',
    license: 'apache-2.0',
    tags: ['glue', 'nli'],
    title: 'RoBERTa base · BitFit · MNLI',
    metric: 'accuracy',
    score: 85.1,
    downloads: 987,
  },
  {
    id: 'nlp-lab/t5-small-ia3-squad',
    type: 'ia3',
    backbone: 't5-small',
    task: 'question-answering',
    dataset: 'squad',
    license: 'apache-2.0',
    tags: ['qa'],
    title: 'T5 small · IA³ · SQuAD',
    metric: 'F1',
    score: 79.4,
    downloads: 640,
  },
  {
    id: 'bob/bert-base-adapter-sst2',
    type: 'adapter',
    backbone: 'bert-base-uncased',
    task: 'text-classification',
    dataset: 'glue/sst2',
    license: 'mit',
    tags: ['glue', 'sst2'],
    title: 'BERT base · Adapter · SST-2',
    metric: 'accuracy',
    score: 91.9,
    downloads: 412,
  },
  {
    id: 'nlp-lab/bert-base-lora-qnli',
    type: 'lora',
    backbone: 'bert-base-uncased',
    task: 'text-classification',
    dataset: 'glue/qnli',
    license: 'apache-2.0',
    tags: ['glue', 'qnli'],
    title: 'BERT base · LoRA · QNLI',
    metric: 'accuracy',
    score: 90.3,
    downloads: 275,
  },
  {
    id: 'bob/distilbert-compacter-imdb',
    type: 'compacter',
    backbone: 'distilbert-base-uncased',
    task: 'text-classification',
    dataset: 'imdb',
    license: 'mit',
    tags: ['sentiment'],
    title: 'DistilBERT · Compacter · IMDb',
    metric: 'accuracy',
    score: 89.6,
    downloads: 158,
  },
];

function files(d) {
  const b = BACKBONES[d.backbone];
  const tensors = tensorsFor(d.type, b);
  const trainable = Object.values(tensors).reduce((s, t) => s + t.data.length, 0);
  const config = {
    formatVersion: 1,
    deltaType: d.type,
    hyperparameters: d.type === 'lora' ? { r: 8, alpha: 16, dropout: 0.1 } : {},
    modifiedModules:
      d.type === 'lora' ? { given: ['query', 'value'], resolved: [] } : { given: [], resolved: [] },
    unfrozenModules: ['deltas', 'classifier'],
    backbone: {
      architecture: b.architecture,
      modelClass: b.modelClass,
      nameOrPath: d.backbone,
      structureFingerprint: sha256(`structure:${d.backbone}`),
      weightsFingerprint: sha256(`weights:${d.backbone}`),
      totalParameters: b.total,
    },
    trainableParameters: trainable,
    deltaParameters: trainable,
    libraryVersion: '0.1.0',
    task: d.task,
    dataset: d.dataset,
  };
  return {
    'README.md': Buffer.from(card(d)),
    'delta.safetensors': Buffer.from(serializeSafetensors(tensors)),
    'delta_config.json': Buffer.from(JSON.stringify(config, null, 2)),
  };
}

async function api(base, token, method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json();
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

async function push(base, token, repo, fileMap, parent, message) {
  const list = Object.entries(fileMap).map(([path, b]) => ({ path, sha256: sha256(b), size: b.length }));
  const pre = await api(base, token, 'POST', `/api/repos/${repo}/preupload`, { files: list });
  for (const m of pre.missing) {
    const b = Object.values(fileMap).find((x) => sha256(x) === m.sha256);
    const res = await fetch(base + m.upload, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}` },
      body: b,
    });
    if (res.status >= 300) throw new Error(`upload ${res.status}`);
  }
  return (await api(base, token, 'POST', `/api/repos/${repo}/commits/main`, { files: list, parent, message }))
    .revision;
}

const tmp = mkdtempSync(join(tmpdir(), 'deltahub-screens-'));
try {
  const hub = await startServer(
    loadConfig({ DELTAHUB_DATA: tmp, PORT: '0', LOG_LEVEL: 'silent' }),
    createLogger('silent'),
  );
  const { db } = hub.context;
  const tokens = {};
  for (const user of ['alice', 'bob']) {
    await addUser(db, user);
    tokens[user] = (await createToken(db, user)).token;
  }
  await addOrg(db, 'nlp-lab', 'alice');
  for (const d of DELTAS) {
    const [owner, name] = d.id.split('/');
    const token = owner === 'bob' ? tokens.bob : tokens.alice;
    await api(
      hub.url,
      token,
      'POST',
      '/api/repos',
      owner === 'nlp-lab' ? { name, organization: owner } : { name },
    );
    let rev = await push(
      hub.url,
      token,
      d.id,
      files({ ...d, score: d.score - 1.3 }),
      null,
      'First training run',
    );
    rev = await push(
      hub.url,
      token,
      d.id,
      files(d),
      rev,
      'Retrain with a longer schedule\n\n5 epochs instead of 3; validation score up 1.3 points.',
    );
    if (d.id === 'alice/bert-base-lora-sst2')
      await api(hub.url, token, 'POST', `/api/repos/${d.id}/tags`, { name: 'v1.0', revision: rev });
    const repo = await db.repo.findFirstOrThrow({ where: { name, owner: { name: owner } } });
    await db.repo.update({ where: { id: repo.id }, data: { downloads: d.downloads } });
  }

  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  mkdirSync(OUT, { recursive: true });
  await page.goto(`${hub.url}/alice/bert-base-lora-sst2`);
  await page.screenshot({ path: new URL('delta-page.png', OUT).pathname, fullPage: true });
  await page.goto(`${hub.url}/search?q=glue&sort=downloads`);
  await page.screenshot({ path: new URL('search.png', OUT).pathname, fullPage: true });
  await page.goto(`${hub.url}/alice/bert-base-lora-sst2/commits/main`);
  await page.screenshot({ path: new URL('history.png', OUT).pathname, fullPage: true });
  // The settings tab is the owner's: log in as alice through the form first.
  await page.goto(`${hub.url}/login?next=/alice/bert-base-lora-sst2/settings`);
  await page.getByLabel('Access token').fill(tokens.alice);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL(`${hub.url}/alice/bert-base-lora-sst2/settings`);
  await page.screenshot({ path: new URL('settings.png', OUT).pathname, fullPage: true });
  // Review shots (home, a phone-sized delta page) go to SCREENSHOT_EXTRA_DIR when set; not committed.
  const extra = process.env.SCREENSHOT_EXTRA_DIR;
  if (extra) {
    await page.goto(`${hub.url}/`);
    await page.screenshot({ path: join(extra, 'home.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${hub.url}/alice/bert-base-lora-sst2`);
    await page.screenshot({ path: join(extra, 'delta-page-mobile.png'), fullPage: true });
  }
  await browser.close();
  await hub.close();
  console.log(`wrote ${new URL('delta-page.png', OUT).pathname}, search.png, history.png and settings.png`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
