/**
 * Hub ids of backbones. A delta records the backbone it was trained on so others can fetch that
 * backbone: only a hub id names something anyone can fetch, while a local path names nothing
 * elsewhere and leaks the pusher's file system. These checks follow Hugging Face's
 * `validate_repo_id` (huggingface_hub/utils/_validators.py), so what passes here is an id the
 * Hub and this hub accept.
 */

/** `name` or `namespace/name`: word characters, `-` and `.`, starting and ending with a word character. */
const HUB_MODEL_ID = /^(?:[\w][\w.-]{0,94}[\w]\/|[\w]\/)?(?:[\w][\w.-]{0,94}[\w]|[\w])$/;

/**
 * Whether `value` is a hub model id (`bert-base-uncased`, `alice/tiny-bert`) rather than a path:
 * at most one `/`, segments of letters, digits, `_`, `-` and `.` (no `--`, no `..`, not ending in
 * `.git`), each starting and ending with a letter, digit or `_`, names of at most 96 characters.
 * Absolute paths, `./x`, `~/x`, Windows paths and anything with a space, `:` or `\` are not ids. A
 * relative folder such as `models/bert` is indistinguishable from an id and passes (it leaks
 * nothing beyond its own name).
 */
export function isHubModelId(value: string): boolean {
  return (
    HUB_MODEL_ID.test(value) && !value.includes('--') && !value.includes('..') && !value.endsWith('.git')
  );
}

/** `value` when it is a hub model id (see {@link isHubModelId}), else undefined. */
export function hubModelIdOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && isHubModelId(value) ? value : undefined;
}
