// The hub: HTTP client, push protocol, credentials, repo ids.
export {
  HubClient,
  type HubClientOptions,
  type HubFile,
  type HubRef,
  type HubRepoInfo,
  type HubRevision,
  type HubSearchItem,
  type HubSearchQuery,
  type HubWhoami,
  type RetryOptions,
} from './client.js';
export {
  DEFAULT_HUB_URL,
  configDir,
  credentialsPath,
  deleteCredentials,
  readCredentials,
  resolveHubTarget,
  writeCredentials,
  type HubTarget,
  type StoredCredentials,
} from './credentials.js';
export { HubClientError, type HubClientErrorCode } from './errors.js';
export { pushToHub, type PushToHubOptions } from './push-model.js';
export {
  hashFolder,
  pushFolder,
  type PushFolderOptions,
  type PushResult,
  type TransferProgress,
} from './push.js';
export { isRevisionId, parseRepoId, type RepoId } from './repo-id.js';
