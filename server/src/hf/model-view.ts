import type { Db } from '../db/client.js';
import { repoActivity } from '../read/repo-activity.js';
import { revisionView } from '../read/revisions.js';
import type { RepoRef } from '../repos/repos.js';
import { lfsPointerSize } from './lfs-pointer.js';
import { isLfsPath } from './paths.js';

/**
 * `GET /api/models/{repo}[/revision/{rev}]` as the Hugging Face clients read it (`ApiModelInfo`):
 * `_id`, `id`, `sha`, `private`, `downloads`, `likes`, `lastModified`, `tags`, `pipeline_tag`,
 * `siblings`, `library_name` (`peft` for a PEFT adapter), `cardData` (the card's front matter). `revisionId` is null for a repo without commits (no `sha`, no files).
 */
export async function modelView(
  db: Db,
  repo: RepoRef,
  revisionId: string | null,
  options: { blobs?: boolean } = {},
): Promise<Record<string, unknown>> {
  const [activity, revision] = await Promise.all([
    repoActivity(db, repo.id),
    revisionId ? revisionView(db, revisionId) : null,
  ]);
  const files = revision?.files ?? [];
  const id = `${repo.ownerName}/${repo.name}`;
  const tags = [...(revision?.tags ?? [])];
  if (revision?.license) tags.push(`license:${revision.license}`);
  return {
    _id: repo.id,
    id,
    modelId: id,
    author: repo.ownerName,
    ...(revisionId ? { sha: revisionId } : {}),
    private: repo.private,
    gated: false,
    disabled: false,
    downloads: activity.downloads,
    likes: 0,
    createdAt: activity.createdAt.toISOString(),
    lastModified: revision?.createdAt ?? activity.updatedAt.toISOString(),
    tags,
    ...(revision?.task ? { pipeline_tag: revision.task } : {}),
    // A PEFT adapter is PEFT's (the Hub's own library_name for adapters), even when deltahub pushed it.
    ...(revision?.peftConfig
      ? { library_name: 'peft' }
      : revision?.deltaType
        ? { library_name: 'deltahub' }
        : {}),
    // The card's front matter, without local paths (revisionView shows what the index keeps).
    ...(revision ? { cardData: revision.card.frontMatter } : {}),
    siblings: files.map((f) =>
      // `?blobs=true` (huggingface_hub's files_metadata) adds sizes and digests.
      options.blobs
        ? {
            rfilename: f.path,
            size: f.size,
            blobId: f.sha256,
            ...(isLfsPath(f.path, f.size)
              ? { lfs: { sha256: f.sha256, size: f.size, pointerSize: lfsPointerSize(f.size) } }
              : {}),
          }
        : { rfilename: f.path },
    ),
  };
}
