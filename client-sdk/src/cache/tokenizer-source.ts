/**
 * `AutoTokenizer.fromPretrained('owner/name', { hubUrl, token, revision })`: the resolver of core's
 * tokenizer-source hook (core has no network), a download of a hub repo's tokenizer files into the
 * cache, read from there as a folder. The package entry point registers it.
 */
import {
  TOKENIZER_FILE_NAMES,
  tokenizerFolderSource,
  type TokenizerFileSource,
  type TokenizerSourceResolver,
} from '@deltahub/core';
import { HubClientError, notLocalFolderError } from '../hub/errors.js';
import { isRepoId } from '../hub/repo-id.js';
import { snapshotRepoFiles, type PretrainedHubOptions, type SnapshotSelection } from './pretrained.js';

declare module '@deltahub/core' {
  interface AutoTokenizerOptions {
    /** Hub of a `owner/name` id: deltahub or any Hugging Face-compatible endpoint (default: `DELTAHUB_URL`, the login). */
    hubUrl?: string | undefined;
    /** Token for private repos (default: `DELTAHUB_TOKEN`, the login). */
    token?: string | undefined;
    /** Branch, tag or commit of a hub id (default `main`). */
    revision?: string | undefined;
    /** Cache folder of hub downloads (default `DELTAHUB_CACHE` or `~/.cache/deltahub`). */
    cacheDir?: string | undefined;
    /** Use the cache only (default: `DELTAHUB_OFFLINE=1`); needs `revision` to be a commit id. */
    offline?: boolean | undefined;
  }
}

/** The tokenizer files a repo's commit lists; a repo with none of them holds no tokenizer. */
const tokenizerFiles: SnapshotSelection = {
  suffix: '-tokenizer',
  async choose(files, _readWhole, repo) {
    const present = TOKENIZER_FILE_NAMES.flatMap((name) => {
      const entry = files.get(name);
      return entry ? [{ path: entry.path, size: entry.size, sha256: entry.lfs?.oid }] : [];
    });
    // config.json alone (a backbone repo) names the model type but cannot tokenize anything.
    if (!present.some((file) => file.path !== 'config.json')) {
      throw new HubClientError(
        'HUB_NOT_FOUND',
        `${repo.id} has no tokenizer files (expected tokenizer.json, or vocab.txt, vocab.json + merges.txt, spiece.model).`,
      );
    }
    return present;
  },
};

/**
 * Downloads the tokenizer files of `owner/name[@revision]` (pinned to the revision's commit,
 * sha256-verified, cached) and answers a source over them.
 */
export async function hubTokenizerSource(
  id: string,
  options: PretrainedHubOptions = {},
): Promise<TokenizerFileSource> {
  const { dir, commit } = await snapshotRepoFiles(id, options, tokenizerFiles);
  const files = await tokenizerFolderSource(dir);
  // Errors name the repo and commit, not the cache folder.
  return { location: `${id.split('@')[0]}@${commit}`, readFile: (name) => files.readFile(name) };
}

/** The resolver core's `AutoTokenizer` asks for names that are not local folders. */
export const hubTokenizerResolver: TokenizerSourceResolver = async (name, options) => {
  if (!isRepoId(name)) return undefined;
  try {
    return await hubTokenizerSource(name, options);
  } catch (error) {
    if (!(error instanceof HubClientError)) throw error;
    throw notLocalFolderError(name, error);
  }
};
