import type { Db } from '../db/client.js';
import { toDate, toNumber } from '../db/sql.js';
import { withoutLocalPaths } from '../read/local-paths.js';
import { revisionFiles } from '../read/revision-files.js';
import type { RepoRef } from '../repos/repos.js';
import { isLfsPath, LFS_POINTER_SIZE } from './paths.js';

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
  const [row, revision, files] = await Promise.all([
    db.repo.findUniqueOrThrow({
      where: { id: repo.id },
      select: { downloads: true, createdAt: true, updatedAt: true },
    }),
    revisionId
      ? db.revision.findUnique({
          where: { id: revisionId },
          select: {
            createdAt: true,
            task: true,
            tags: true,
            license: true,
            deltaType: true,
            peftConfig: true,
            cardMeta: true,
          },
        })
      : null,
    revisionId ? revisionFiles(db, revisionId) : [],
  ]);
  const id = `${repo.ownerName}/${repo.name}`;
  const tags = revision ? (JSON.parse(revision.tags) as string[]) : [];
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
    downloads: toNumber(row.downloads),
    likes: 0,
    createdAt: toDate(row.createdAt).toISOString(),
    lastModified: toDate(revision?.createdAt ?? row.updatedAt).toISOString(),
    tags,
    ...(revision?.task ? { pipeline_tag: revision.task } : {}),
    // A PEFT adapter is PEFT's (the Hub's own library_name for adapters), even when deltahub pushed it.
    ...(revision?.peftConfig
      ? { library_name: 'peft' }
      : revision?.deltaType
        ? { library_name: 'deltahub' }
        : {}),
    ...(revision
      ? {
          cardData: withoutLocalPaths({ config: null, card: '', cardMeta: JSON.parse(revision.cardMeta) })
            .cardMeta,
        }
      : {}),
    siblings: files.map((f) =>
      // `?blobs=true` (huggingface_hub's files_metadata) adds sizes and digests.
      options.blobs
        ? {
            rfilename: f.path,
            size: f.size,
            blobId: f.sha256,
            ...(isLfsPath(f.path, f.size)
              ? { lfs: { sha256: f.sha256, size: f.size, pointerSize: LFS_POINTER_SIZE } }
              : {}),
          }
        : { rfilename: f.path },
    ),
  };
}
