import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeltaModel } from '@deltahub/core';
import { baseModelOf } from './checkpoint/base-model.js';
import type { ModelCardOptions } from './checkpoint/card.js';
import { writeDeltaCheckpoint } from './checkpoint/save.js';
import { HubClient, type RetryOptions } from './hub/client.js';
import { resolveHubTarget } from './hub/credentials.js';
import { HubClientError } from './hub/errors.js';
import { pushFolder, type PushResult, type TransferProgress } from './hub/push.js';
import { parseRepoId } from './hub/repo-id.js';
import { PEFT_CONFIG_FILE, PEFT_WEIGHTS_FILE } from './peft/config.js';
import { PeftError } from './peft/errors.js';
import { peftBaseModel, savePeft } from './peft/export.js';

/** Options of {@link pushToHub}. */
export interface PushToHubOptions extends RetryOptions {
  /** The hub (default `DELTAHUB_URL`, then the `deltahub login` file, then http://127.0.0.1:8080). */
  hubUrl?: string;
  /** A write token (default `DELTAHUB_TOKEN`, then the `deltahub login` file). */
  token?: string;
  /** Create the repo private (only applies when this push creates it). */
  private?: boolean;
  commitMessage?: string;
  /** Branch to commit on (default `main`). */
  branch?: string;
  /** Model card content for README.md. */
  card?: ModelCardOptions;
  /**
   * The backbone's hub id (`bert-base-uncased`, `owner/name`), recorded as the delta's backbone and
   * the card's `base_model`. Default: the id the backbone was downloaded from, else its
   * `config.json`'s `_name_or_path` when that is an id; otherwise the backbone is recorded as
   * unknown, with a warning. Never a local path.
   */
  baseModel?: string;
  /**
   * Also write the delta as a PEFT adapter (`adapter_config.json` + `adapter_model.safetensors`,
   * the bytes `savePeft` writes), so `PeftModel.from_pretrained(base, 'owner/name')` loads the repo
   * in Python. Default true; methods PEFT lacks push without them, and so, with a warning, does a
   * delta using an option PEFT cannot express.
   */
  peft?: boolean;
  /** Receives warnings (backbone unknown, no PEFT files); default `console.warn`. */
  onWarning?: (message: string) => void;
  /** Progress of hashing, uploads and the commit. */
  onProgress?: (progress: TransferProgress) => void;
}

/**
 * Saves the delta to a temporary folder with `saveFinetuned` (plus, for LoRA and its variants,
 * IA3, prompt and prefix tuning, the PEFT adapter files `savePeft` writes, and a card with
 * `library_name: peft`) and pushes it to `repo` (`owner/name`): only the blobs the hub lacks are
 * uploaded, the repo is created on first push, transient failures are retried. Returns the
 * revision's URL and id.
 */
export async function pushToHub(
  delta: DeltaModel,
  repo: string,
  options: PushToHubOptions = {},
): Promise<PushResult> {
  const id = parseRepoId(repo);
  if (id.revision !== undefined) {
    throw new HubClientError(
      'HUB_INVALID_REPO_ID',
      `Push to '${id.id}' and pass { branch: '${id.revision}' } instead of '${repo}'.`,
    );
  }
  const target = await resolveHubTarget(options);
  if (!target.token) {
    throw new HubClientError(
      'HUB_UNAUTHORIZED',
      `Pushing to ${id.id} needs a write token: run \`deltahub login\`, set DELTAHUB_TOKEN, or pass { token }.`,
    );
  }
  const warn = options.onWarning ?? ((message: string) => console.warn(message));
  const baseModel = baseModelOf(delta.backboneModel, options.baseModel)?.id ?? peftBaseModel(delta);
  if (baseModel === undefined) {
    warn(
      `deltahub: ${id.id} records its backbone as unknown: the backbone was loaded from a folder whose config.json has no hub id in _name_or_path. Pass { baseModel: 'owner/name' } to name it.`,
    );
  }
  const client = new HubClient({ ...options, ...target });
  const temp = await mkdtemp(join(tmpdir(), 'deltahub-push-'));
  try {
    const folder = join(temp, 'delta');
    const peft =
      options.peft === false
        ? undefined
        : await savePeftOrExplain(delta, join(temp, 'peft'), baseModel, warn);
    // The card's usage snippet loads from the repo, not from this temporary folder.
    await writeDeltaCheckpoint(
      delta,
      folder,
      {
        publishedAs: id.id,
        ...(baseModel !== undefined ? { baseModel } : {}),
        ...(options.card ? { card: options.card } : {}),
      },
      { peft: peft !== undefined },
    );
    if (peft !== undefined) {
      for (const file of [PEFT_CONFIG_FILE, PEFT_WEIGHTS_FILE])
        await copyFile(join(peft, file), join(folder, file));
    }
    return await pushFolder(client, id, folder, {
      ...(options.branch ? { branch: options.branch } : {}),
      ...(options.commitMessage ? { commitMessage: options.commitMessage } : {}),
      ...(options.private !== undefined ? { private: options.private } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

/** The delta methods PEFT has: LoRA (with rsLoRA, DoRA), IA3, prompt tuning, prefix tuning. */
const PEFT_METHODS: ReadonlySet<string> = new Set(['lora', 'ia3', 'soft_prompt', 'prefix']);

/**
 * The delta as a PEFT adapter folder; undefined for the methods PEFT lacks, and (with a warning)
 * for a delta using an option PEFT has no field for.
 */
async function savePeftOrExplain(
  delta: DeltaModel,
  dir: string,
  baseModel: string | undefined,
  warn: (message: string) => void,
): Promise<string | undefined> {
  if (!PEFT_METHODS.has(delta.deltaType)) return undefined;
  try {
    return (await savePeft(delta, dir, { baseModelNameOrPath: baseModel ?? '' })).dir;
  } catch (error) {
    if (error instanceof PeftError && error.code === 'PEFT_UNSUPPORTED_OPTION') {
      warn(`deltahub: pushing without PEFT files (Python's PEFT cannot load this delta): ${error.message}`);
      return undefined;
    }
    throw error;
  }
}
