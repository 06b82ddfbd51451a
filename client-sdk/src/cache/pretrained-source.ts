/**
 * `fromPretrained('owner/name', { hubUrl, token, revision })` for every Auto class and model class:
 * the resolver of core's pretrained-source hook (core has no network), a download from deltahub or
 * any Hugging Face-compatible hub into the cache. The package entry point registers it.
 */
import type { PretrainedSourceResolver } from '@deltahub/core';
import { HubClientError, notLocalFolderError } from '../hub/errors.js';
import { snapshotPretrained } from './pretrained.js';
import { isRepoId } from '../hub/repo-id.js';

declare module '@deltahub/core' {
  interface FromPretrainedOptions {
    /** Hub of a `owner/name` id: deltahub or any Hugging Face-compatible endpoint (default: `DELTAHUB_URL`, the login). */
    hubUrl?: string | undefined;
    /** Token for private repos (default: `DELTAHUB_TOKEN`, the login). */
    token?: string | undefined;
    /** Branch, tag or commit of a hub id (default `main`). */
    revision?: string | undefined;
    /** Cache folder of hub downloads (default `DELTAHUB_CACHE` or `~/.cache/deltahub`). */
    cacheDir?: string | undefined;
  }
}

/** Downloads an `owner/name[@revision]` backbone into the cache; undefined for anything else (a path). */
export const hubPretrainedSource: PretrainedSourceResolver = async (name, options) => {
  // Anything else stays a (missing) local path, with core's error as before.
  if (!isRepoId(name)) return undefined;
  try {
    return (await snapshotPretrained(name, options)).dir;
  } catch (error) {
    if (!(error instanceof HubClientError)) throw error;
    throw notLocalFolderError(name, error);
  }
};
