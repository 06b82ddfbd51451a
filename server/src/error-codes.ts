/**
 * Every error code the server answers with (the `code` of an error body and the `X-Error-Code`
 * header), and what it means. {@link HubError} takes only these, so a new code must be added here,
 * and `error-codes.test.ts` then asks for a test that makes the hub answer it.
 */
export const ERROR_CODES = {
  // 400: the request is malformed or fails validation
  invalid_request: 'a body field or query parameter is missing or of the wrong shape',
  invalid_json: 'the request body is not valid JSON',
  invalid_name: 'a user, organisation or repository name breaks the naming rules',
  invalid_path: 'a file path is not a relative path without `.`/`..` segments',
  invalid_ref: 'a branch or tag name is invalid, or a commit targets a tag',
  invalid_digest: 'a blob address is not a lowercase hex sha256',
  invalid_cursor: 'a pagination cursor is malformed or belongs to another sort order',
  invalid_scope: 'a token scope other than read or write',
  invalid_expiry: 'a token would outlive the token creating it, or the expiry is invalid',
  invalid_role: 'an organisation role other than the known ones',
  invalid_quota: 'a quota that is not a non-negative integer number of bytes',
  invalid_commit: 'a Hugging Face commit line is malformed or asks for what is not supported',
  invalid_ndjson: 'a Hugging Face commit line is not valid JSON',
  invalid_safetensors: 'a safetensors file of a push has a malformed or oversized header',
  invalid_delta_config: 'the delta_config.json of a push is not a valid delta config',
  missing_delta_config: 'a push carries safetensors weights without a delta_config.json',
  invalid_model_card: 'the README.md front matter of a push is not valid YAML metadata',
  invalid_peft_config: 'the adapter_config.json of a pushed PEFT adapter is malformed (the field is named)',
  duplicate_path: 'a push lists the same file path twice',
  empty_commit: 'a commit would leave its revision without files',
  missing_blob: 'a commit refers to a blob that was never uploaded or is no longer stored',
  digest_mismatch: 'uploaded bytes do not hash to the address they were sent to',
  size_mismatch: 'uploaded bytes are not as many as announced',
  unsupported: 'a Hugging Face feature this hub does not offer (pull requests)',
  unsupported_repo_type: 'a repository type other than model',
  unsupported_operation: 'a git-lfs batch operation other than upload',
  default_branch: 'the default branch main cannot be deleted',
  // 307: the repository was renamed or moved; `Location` names its new address
  repo_moved: 'a former name of a renamed or moved repository (redirected while not reused)',
  // 401 / 403
  unauthorized: 'no credentials, or an unknown, revoked or expired token',
  forbidden: 'the credentials do not allow this (read-only token, foreign namespace)',
  csrf_failed: 'a web form post without a matching origin and CSRF token',
  // 404: private names answer the same as missing ones
  not_found: 'no such route or page, or signup is disabled',
  repo_not_found: 'no such repository visible to the caller',
  revision_not_found: 'no such branch, tag or revision in the repository',
  entry_not_found: 'no such file or folder in the revision',
  owner_not_found: 'no user or organisation of that name to create a repository under',
  user_not_found: 'no user of that name',
  org_not_found: 'no organisation of that name',
  account_not_found: 'no user or organisation of that name',
  token_not_found: 'no such token of the caller',
  // 409
  stale_parent: 'the branch moved since the parent revision the push is based on',
  repo_exists: 'a repository of that name already exists',
  name_taken: 'a user or organisation of that name already exists',
  ref_exists: 'a branch or tag of that name already exists',
  // 413 / 416 / 429
  too_large: 'a body, blob, header or line is over its limit',
  too_many_operations: 'a Hugging Face commit carries more operations than the limit',
  quota_exceeded: 'the namespace would go over its storage quota',
  range_not_satisfiable: 'a Range outside the file',
  rate_limited: 'too many requests from this client; retry after the given delay',
  too_many_uploads: 'too many concurrent uploads by one user',
  // 5xx
  internal: 'an unexpected failure (logged with the request id)',
  auth_unavailable: 'the credentials cannot be checked right now',
  database_unavailable: 'the index database is unreachable',
  storage_unavailable: 'the blob store is unreachable',
  insufficient_storage: 'the blob store is out of space',
} as const satisfies Record<string, string>;

/** A stable error code of the server's API. */
export type ErrorCode = keyof typeof ERROR_CODES;
