import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeltaModel, PreTrainedTokenizer } from '@deltahub/core';
import { HubClient, type RetryOptions } from '../hub/client.js';
import { resolveHubTarget } from '../hub/credentials.js';
import { HubClientError } from '../hub/errors.js';
import { pushFolder, type PushResult, type TransferProgress } from '../hub/push.js';
import { parseRepoId } from '../hub/repo-id.js';
import type { ModelCardOptions } from './card.js';
import { saveFinetuned } from './save.js';

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
  /** A tokenizer to push with the delta; default `delta.tokenizer`, `null` to leave it out (see `saveFinetuned`). */
  tokenizer?: PreTrainedTokenizer | null;
  /** Progress of hashing, uploads and the commit. */
  onProgress?: (progress: TransferProgress) => void;
}

/**
 * Saves the delta to a temporary folder with `saveFinetuned` and pushes it to `repo` (`owner/name`):
 * only the blobs the hub lacks are uploaded, the repo is created on first push, transient failures
 * are retried. Returns the revision's URL and id.
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
  const client = new HubClient({ ...options, ...target });
  const temp = await mkdtemp(join(tmpdir(), 'deltahub-push-'));
  try {
    const folder = join(temp, 'delta');
    // The card's usage snippet loads from the repo, not from this temporary folder.
    await saveFinetuned(delta, folder, {
      publishedAs: id.id,
      ...(options.card ? { card: options.card } : {}),
      ...(options.tokenizer !== undefined ? { tokenizer: options.tokenizer } : {}),
    });
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
