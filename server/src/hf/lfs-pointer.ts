/**
 * The git-lfs pointer file git holds in place of an LFS file (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md):
 * three lines, `version`, `oid sha256:<64 hex>` and `size <bytes>`, each ending in a newline.
 */
const VERSION_LINE = 'version https://git-lfs.github.com/spec/v1\n';
const OID_LINE_LENGTH = 'oid sha256:'.length + 64 + 1;

/**
 * The byte size of the pointer file of an LFS file of `size` bytes (the `pointerSize` of the Hub's
 * tree and model answers): it depends only on the number of digits of the size, since the digest
 * has a fixed length and the lines are ASCII.
 */
export function lfsPointerSize(size: number): number {
  return VERSION_LINE.length + OID_LINE_LENGTH + `size ${size}\n`.length;
}
