import { createHash } from 'node:crypto';
import { serializeSafetensors } from '@deltahub/core/safetensors';

/** Parsed JSON of an API answer; tests read fields freely and let assertions check them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** The parsed JSON body of a fetch response. */
export const bodyOf = async (res: Response): Promise<Json> => (await res.json()) as Json;

/** sha256 hex of bytes. */
export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** A valid delta checkpoint as files; `seed` varies the weights, `overrides` the config. */
export function makeDelta(
  seed = 1,
  overrides: Record<string, unknown> = {},
  card?: string,
): Record<string, Uint8Array> {
  const config = {
    formatVersion: 1,
    deltaType: 'lora',
    hyperparameters: { r: 4, alpha: 8 },
    modifiedModules: { given: ['query'], resolved: ['encoder.layer.0.attention.self.query'] },
    unfrozenModules: ['deltas'],
    backbone: {
      architecture: 'bert',
      modelClass: 'BertForSequenceClassification',
      nameOrPath: 'bert-tiny',
      structureFingerprint: 'a'.repeat(64),
      weightsFingerprint: 'b'.repeat(64),
      totalParameters: 4_000_000,
    },
    trainableParameters: 16,
    deltaParameters: 16,
    libraryVersion: '0.1.0',
    task: 'text-classification',
    ...overrides,
  };
  const weights = serializeSafetensors({
    'encoder.layer.0.attention.self.query.lora_A.weight': {
      dtype: 'F32',
      shape: [2, 4],
      data: new Float32Array(8).fill(seed),
    },
    'encoder.layer.0.attention.self.query.lora_B.weight': {
      dtype: 'F32',
      shape: [4, 2],
      data: new Float32Array(8).fill(-seed),
    },
  });
  const readme =
    card ?? `---\nbase_model: bert-tiny\ntags: [sst2, demo]\nlicense: mit\n---\n# A delta\nseed ${seed}\n`;
  return {
    'delta_config.json': new TextEncoder().encode(JSON.stringify(config)),
    'delta.safetensors': weights,
    'README.md': new TextEncoder().encode(readme),
  };
}

/**
 * A raw client of the hub's HTTP API for tests that craft requests (any method, path and body;
 * the push protocol step by step). Not the SDK's `HubClient`, which validates what a hub answers.
 */
export class ApiClient {
  constructor(
    readonly base: string,
    readonly token?: string,
  ) {}

  headers(extra: Record<string, string> = {}): Record<string, string> {
    return { ...(this.token ? { authorization: `Bearer ${this.token}` } : {}), ...extra };
  }

  /** JSON request; returns status and parsed body. */
  async json(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: Json; headers: Headers }> {
    const res = await fetch(this.base + path, {
      method,
      headers: this.headers(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
  }

  /** PUT one blob. */
  async upload(
    repo: string,
    bytes: Uint8Array,
    digest = sha256(bytes),
  ): Promise<{ status: number; body: Json }> {
    const res = await fetch(`${this.base}/api/repos/${repo}/blobs/${digest}`, {
      method: 'PUT',
      headers: this.headers(),
      body: bytes,
    });
    return { status: res.status, body: await res.json() };
  }

  /** The whole push protocol: announce, upload what is missing, commit. Returns the commit answer. */
  async push(
    repo: string,
    files: Record<string, Uint8Array>,
    options: { parent: string | null; branch?: string; message?: string },
  ): Promise<{ status: number; body: Json; uploadedBytes: number }> {
    const list = Object.entries(files).map(([path, bytes]) => ({
      path,
      sha256: sha256(bytes),
      size: bytes.length,
    }));
    const pre = await this.json('POST', `/api/repos/${repo}/preupload`, { files: list });
    if (pre.status !== 200) return { ...pre, uploadedBytes: 0 };
    let uploadedBytes = 0;
    for (const m of pre.body.missing as { sha256: string }[]) {
      const bytes = Object.values(files).find((b) => sha256(b) === m.sha256)!;
      const up = await this.upload(repo, bytes);
      if (up.status >= 300) return { ...up, uploadedBytes };
      uploadedBytes += bytes.length;
    }
    const commit = await this.json('POST', `/api/repos/${repo}/commits/${options.branch ?? 'main'}`, {
      files: list,
      message: options.message ?? 'push',
      parent: options.parent,
    });
    return { status: commit.status, body: commit.body, uploadedBytes };
  }
}
