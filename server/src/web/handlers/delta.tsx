import type { Request } from 'express';
import {
  DELTA_WEIGHTS_FILE,
  UNKNOWN_BACKBONE,
  peftUsageSnippet,
  pretrainedUsageSnippet,
  usageSnippet,
} from '@deltahub/core/checkpoint';
import type { Principal } from '../../auth/principal.js';
import { HubError, notFound } from '../../errors.js';
import type { HubContext } from '../../http/context.js';
import { PEFT_WEIGHTS_FILE } from '../../push/peft-adapter.js';
import { publicBackboneName } from '../../read/local-paths.js';
import { repoInfo } from '../../read/repo-info.js';
import { revisionFile } from '../../read/revision-files.js';
import { listRevisions, resolveRevision, revisionView } from '../../read/revisions.js';
import { findRepo, type RepoRef } from '../../repos/repos.js';
import { searchRepos } from '../../search/search.js';
import { renderModelCard } from '../markdown.js';
import { Memo } from '../memo.js';
import { queryString, type PageHandler } from '../page.js';
import { DeltaPage, isDelta, type DeltaPageData, type RevisionData } from '../pages/delta.js';
import { PAGE_CSP, PRIVATE_PAGE_CSP, sendPage } from '../render.js';
import { readTensorView, type TensorView } from '../tensors.js';
import { baseModelOnHub, deltasOfModel } from './model-tree.js';

const REVISIONS_SHOWN = 20;
const RELATED_SHOWN = 6;
// Rendered cards by revision id and visibility, tensor views by blob sha256: immutable content.
const CARDS = new Memo<string>(256);
const TENSOR_VIEWS = new Memo<TensorView>(256);

/**
 * The repo of a page, exactly as the API finds it: private repos the visitor may not see, and
 * names that cannot exist, are the same 404 as missing ones.
 */
export async function pageRepo(ctx: HubContext, req: Request, principal: Principal | null): Promise<RepoRef> {
  try {
    return await findRepo(ctx.db, principal, String(req.params['owner']), String(req.params['name']));
  } catch (err) {
    if (err instanceof HubError && err.code === 'invalid_name') throw notFound('repo_not_found', err.message);
    throw err;
  }
}

/** The URL path of a file: segments encoded one by one so `/` stays a separator. */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** The tensors of the delta's weights: `delta.safetensors`, else a PEFT adapter's file. */
async function tensorsOf(
  ctx: HubContext,
  rev: RevisionData,
): Promise<{ file: string; view: TensorView } | null> {
  const file =
    rev.files.find((f) => f.path === DELTA_WEIGHTS_FILE) ??
    rev.files.find((f) => f.path === PEFT_WEIGHTS_FILE);
  if (!file) return null;
  try {
    const view = await TENSOR_VIEWS.get(file.sha256, async () =>
      readTensorView(ctx.store, await revisionFile(ctx.db, rev.id, file.path)),
    );
    return { file: file.path, view };
  } catch (err) {
    ctx.log.warn({ err, sha256: file.sha256 }, 'tensor view unavailable');
    return { file: file.path, view: { ok: false, reason: 'the header of this file could not be read' } };
  }
}

/**
 * Other deltas for the same backbone, the visitor's visibility applied: by structure fingerprint,
 * or by base model id for a PEFT adapter (which records no fingerprint).
 */
async function relatedOf(ctx: HubContext, principal: Principal | null, id: string, rev: RevisionData) {
  const fingerprint = rev.backbone.structureFingerprint;
  const backbone = publicBackboneName(rev.backbone.nameOrPath);
  const by = fingerprint ? { fingerprint } : backbone && backbone !== UNKNOWN_BACKBONE ? { backbone } : null;
  if (!by) return [];
  const found = await searchRepos(ctx.db, principal, { ...by, limit: String(RELATED_SHOWN + 1) });
  return found.items.filter((r) => r.id !== id).slice(0, RELATED_SHOWN);
}

/** `/{owner}/{name}` (optionally `?rev=<ref or revision id>`): the delta page. */
export const deltaPage =
  (ctx: HubContext): PageHandler =>
  async (req, res, { principal, visitor }) => {
    const repo = await pageRepo(ctx, req, principal);
    const id = `${repo.ownerName}/${repo.name}`;
    const revParam = queryString(req, 'rev');
    const [info, revisions] = await Promise.all([
      repoInfo(ctx.db, repo),
      listRevisions(ctx.db, repo, REVISIONS_SHOWN),
    ]);
    const revision = revParam
      ? await revisionView(ctx.db, (await resolveRevision(ctx.db, repo, revParam)).id)
      : info.head;
    const [tensors, others, baseModel, tree] = await Promise.all([
      revision ? tensorsOf(ctx, revision) : null,
      revision ? relatedOf(ctx, principal, id, revision) : [],
      revision ? baseModelOnHub(ctx, principal, revision.backbone.nameOrPath) : null,
      // The model tree lists adapters of a model; a delta is not one's base.
      revision && !isDelta(revision) ? deltasOfModel(ctx, principal, id) : { items: [], more: false },
    ]);
    const card = revision?.card.text ?? '';
    const revId = revision?.id ?? '';
    const data: DeltaPageData = {
      id,
      owner: repo.ownerName,
      name: repo.name,
      private: repo.private,
      downloads: info.downloads,
      updatedAt: info.updatedAt,
      revision,
      rev: revParam || null,
      refs: info.refs,
      revisions,
      revisionCount: info.counts.revisions,
      // A repo made private stops loading its card's external images at once: visibility is in the key.
      cardHtml:
        card && revision
          ? await CARDS.get(`${revision.id}:${repo.private ? 'private' : 'public'}`, () =>
              renderModelCard(card, { externalImages: !repo.private }),
            )
          : '',
      tensors,
      others,
      baseModel,
      deltasOfModel: tree,
      usage:
        revision && !isDelta(revision)
          ? pretrainedUsageSnippet(id)
          : usageSnippet({
              location: id,
              modelClass: revision?.backbone.modelClass ?? null,
              backboneNameOrPath: revision?.backbone.nameOrPath ?? null,
            }),
      pythonUsage: revision?.peftConfig
        ? peftUsageSnippet({
            location: id,
            modelClass: revision.backbone.modelClass,
            baseModel: revision.backbone.nameOrPath,
          })
        : null,
      // Public files link to the download URL hub clients use; private ones to the session-checked route.
      fileUrl: (path) =>
        repo.private
          ? `/-/download/${id}/${revId}/${encodePath(path)}`
          : `/${id}/resolve/${revId}/${encodePath(path)}`,
    };
    sendPage(
      res,
      200,
      <DeltaPage visitor={visitor} data={data} />,
      repo.private ? PRIVATE_PAGE_CSP : PAGE_CSP,
    );
  };
