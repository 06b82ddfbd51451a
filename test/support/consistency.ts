/**
 * What a consistent repo looks like from outside: every ref points at a listed revision, every
 * revision's files download, and each download hashes to the sha256 the index records for it.
 */
import { sha256, type ApiClient } from '@deltahub/testing';

/** One revision as checked: its id and the files that downloaded with a matching digest. */
export interface CheckedRevision {
  id: string;
  files: number;
}

/** Checks `repo` through the API of `client`; throws with the first inconsistency found. */
export async function checkRepoConsistency(client: ApiClient, repo: string): Promise<CheckedRevision[]> {
  const revisions = await client.json('GET', `/api/repos/${repo}/revisions`);
  if (revisions.status !== 200) throw new Error(`revisions of ${repo}: ${revisions.status}`);
  const ids = new Set((revisions.body as { id: string }[]).map((r) => r.id));
  const refs = await client.json('GET', `/api/repos/${repo}/refs`);
  for (const ref of refs.body as { name: string; revision: string }[]) {
    if (!ids.has(ref.revision)) throw new Error(`${repo}: ref ${ref.name} points at unknown ${ref.revision}`);
  }
  const checked: CheckedRevision[] = [];
  for (const id of ids) {
    checked.push({ id, files: await checkRevisionFiles(client, repo, id) });
  }
  return checked;
}

/** Downloads every file of one revision and compares its sha256; returns how many files it has. */
export async function checkRevisionFiles(client: ApiClient, repo: string, id: string): Promise<number> {
  const view = await client.json('GET', `/api/repos/${repo}/revisions/${id}`);
  if (view.status !== 200) throw new Error(`${repo}@${id}: ${view.status}`);
  const files = view.body.files as { path: string; sha256: string; size: number }[];
  for (const file of files) {
    const res = await fetch(`${client.base}/${repo}/resolve/${id}/${file.path}`, {
      headers: client.headers(),
    });
    if (res.status !== 200) throw new Error(`${repo}@${id}/${file.path}: download answered ${res.status}`);
    const digest = sha256(new Uint8Array(await res.arrayBuffer()));
    if (digest !== file.sha256)
      throw new Error(`${repo}@${id}/${file.path}: sha256 ${digest} != ${file.sha256}`);
  }
  return files.length;
}
