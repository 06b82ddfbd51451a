/**
 * How repos are stored for search, known here alone: the `tags` column holds each tag between
 * bars (`|nlp||sst2|`, so one tag is found as the substring `|tag|` and never as part of another),
 * and `searchText` holds the searchable fields lowercased, one per line (text queries are
 * lowercased too, so a substring test is the case-insensitive match).
 */

/** The `tags` column of a repo: `|tag|` for each tag. */
export function encodeTags(tags: readonly string[]): string {
  return tags.map(tagNeedle).join('');
}

/** The tags of an encoded `tags` column. */
export function decodeTags(encoded: string): string[] {
  return encoded.split('|').filter(Boolean);
}

/** The substring an encoded `tags` column contains exactly when the repo has `tag`. */
export function tagNeedle(tag: string): string {
  return `|${tag}|`;
}

/** What a text query matches in a repo whose default branch has a head revision. */
export interface HeadSearchFields {
  /** `owner/name`. */
  id: string;
  backboneName: string | null;
  deltaType: string | null;
  task: string | null;
  dataset: string | null;
  tags: readonly string[];
  card: string;
}

/** The `searchText` column of a repo nothing was pushed to yet: its id. */
export function newRepoSearchText(id: string): string {
  return id.toLowerCase();
}

/** The `searchText` column of a repo with a head: the searchable fields, one per line, lowercased. */
export function headSearchText(fields: HeadSearchFields): string {
  return [
    fields.id,
    fields.backboneName ?? '',
    fields.deltaType ?? '',
    fields.task ?? '',
    fields.dataset ?? '',
    fields.tags.join(' '),
    fields.card,
  ]
    .join('\n')
    .toLowerCase();
}

/** The `searchText` column of a repo renamed to `newId` (its first line is the repo's id). */
export function renamedSearchText(searchText: string, newId: string): string {
  const newline = searchText.indexOf('\n');
  return newId.toLowerCase() + (newline < 0 ? '' : searchText.slice(newline));
}
