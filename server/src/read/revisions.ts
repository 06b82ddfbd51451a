import type { DeltaBackbone, DeltaConfig, ModifiedModules } from '@deltahub/core/checkpoint';
import type { Db } from '../db/client.js';
import { dialectOf, query, Sql, toDate, toNumberOrNull } from '../db/sql.js';
import { notFound } from '../errors.js';
import { checkRefName, isSha256 } from '../names.js';
import type { RepoRef } from '../repos/repos.js';
import { withoutLocalPaths } from './local-paths.js';
import { parseModifiedModulesColumn } from './modified-modules.js';
import { revisionFiles, type RevisionFileView } from './revision-files.js';

/** A revision resolved from a ref name or a revision id. */
export interface ResolvedRevision {
  id: string;
  /** True when addressed by id: its content can never change (cache forever). */
  immutable: boolean;
}

/** Resolves `rev` (branch, tag or 64-hex revision id) within a repo; 404 `revision_not_found`. */
export async function resolveRevision(db: Db, repo: RepoRef, rev: string): Promise<ResolvedRevision> {
  // A hot path (every download): raw SQL, no Prisma query compilation.
  const sql = new Sql(dialectOf(db));
  if (isSha256(rev)) {
    const [found] = await query<{ id: string }>(
      db,
      sql,
      `SELECT "id" FROM "Revision" WHERE "id" = ${sql.param(rev)} AND "repoId" = ${sql.param(repo.id)} LIMIT 1`,
    );
    if (found) return { id: found.id, immutable: true };
  } else {
    checkRefName(rev);
    const [ref] = await query<{ revisionId: string }>(
      db,
      sql,
      `SELECT "revisionId" FROM "Ref" WHERE "repoId" = ${sql.param(repo.id)} AND "name" = ${sql.param(rev)}`,
    );
    if (ref) return { id: ref.revisionId, immutable: false };
  }
  throw notFound('revision_not_found', `revision ${rev} not found in ${repo.ownerName}/${repo.name}`);
}

/** A revision in a repo's history. */
export interface RevisionSummary {
  id: string;
  parent: string | null;
  message: string;
  /** ISO 8601. */
  createdAt: string;
}

/** The latest `limit` revisions of a repo, newest first (ties by id). */
export async function listRevisions(db: Db, repo: RepoRef, limit: number): Promise<RevisionSummary[]> {
  const rows = await db.revision.findMany({
    where: { repoId: repo.id },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take: limit,
    select: { id: true, parentId: true, message: true, createdAt: true },
  });
  return rows.map((r) => ({
    id: r.id,
    parent: r.parentId,
    message: r.message,
    createdAt: r.createdAt.toISOString(),
  }));
}

/** A revision row with its author's name, as the raw query returns it. */
interface RevisionRow {
  id: string;
  parentId: string | null;
  message: string;
  createdAt: unknown;
  deltaType: string | null;
  backboneArchitecture: string | null;
  backboneModelClass: string | null;
  backboneName: string | null;
  backboneFingerprint: string | null;
  weightsFingerprint: string | null;
  totalParameters: unknown;
  trainableParameters: unknown;
  modifiedModules: string;
  task: string | null;
  dataset: string | null;
  license: string | null;
  tags: string;
  config: string;
  peftConfig: string | null;
  cardMeta: string;
  card: string;
  authorName: string | null;
}

/** Each field of `T`, or null where the index has no value (a revision without a delta config). */
type OrNull<T> = { [K in keyof T]-?: T[K] | null };

/**
 * A revision as the index holds it, as the API answers it and the page shows it: the searchable
 * fields of its `delta_config.json` (null for a revision without one, e.g. a backbone), its card
 * and its files.
 */
export interface RevisionView {
  id: string;
  parent: string | null;
  message: string;
  author: string | null;
  /** ISO 8601. */
  createdAt: string;
  deltaType: DeltaConfig['deltaType'] | null;
  backbone: OrNull<
    Pick<
      DeltaBackbone,
      | 'architecture'
      | 'modelClass'
      | 'nameOrPath'
      | 'structureFingerprint'
      | 'weightsFingerprint'
      | 'totalParameters'
    >
  >;
  trainableParameters: number | null;
  /** Empty lists for a revision without a delta config. */
  modifiedModules: ModifiedModules;
  task: string | null;
  dataset: string | null;
  license: string | null;
  /** Tags of the config and the card front matter. */
  tags: string[];
  /** `delta_config.json` as validated at push time; null without one. */
  config: DeltaConfig | null;
  /**
   * `adapter_config.json` when the revision holds a Hugging Face PEFT adapter (uploaded from
   * Python, or pushed by `pushToHub` next to the delta), as validated at push time; null without one.
   */
  peftConfig: Record<string, unknown> | null;
  card: { frontMatter: Record<string, unknown>; text: string };
  files: RevisionFileView[];
}

/** View of a revision: metadata and files. */
export async function revisionView(db: Db, revisionId: string): Promise<RevisionView> {
  // On the repo-info path: raw SQL, no Prisma query compilation.
  const revSql = new Sql(dialectOf(db));
  const [revs, files] = await Promise.all([
    query<RevisionRow>(
      db,
      revSql,
      `SELECT v."id", v."parentId", v."message", v."createdAt", v."deltaType", v."backboneArchitecture", v."backboneModelClass",
              v."backboneName", v."backboneFingerprint", v."weightsFingerprint", v."totalParameters", v."trainableParameters",
              v."modifiedModules", v."task", v."dataset", v."license", v."tags", v."config", v."peftConfig", v."cardMeta", v."card",
              a."name" AS "authorName"
         FROM "Revision" v LEFT JOIN "Account" a ON a."id" = v."authorId"
        WHERE v."id" = ${revSql.param(revisionId)}`,
    ),
    revisionFiles(db, revisionId),
  ]);
  const r = revs[0];
  if (!r) throw new Error(`revision ${revisionId} not found`);
  // Revisions pushed before the hub kept local paths out of the index keep them in these texts.
  const { config, card, cardMeta } = withoutLocalPaths({
    config: JSON.parse(r.config) as DeltaConfig | null,
    card: r.card,
    cardMeta: JSON.parse(r.cardMeta) as Record<string, unknown>,
  });
  return {
    id: r.id,
    parent: r.parentId,
    message: r.message,
    author: r.authorName ?? null,
    createdAt: toDate(r.createdAt).toISOString(),
    deltaType: r.deltaType as DeltaConfig['deltaType'] | null,
    backbone: {
      architecture: r.backboneArchitecture,
      modelClass: r.backboneModelClass,
      nameOrPath: r.backboneName,
      structureFingerprint: r.backboneFingerprint,
      weightsFingerprint: r.weightsFingerprint,
      totalParameters: toNumberOrNull(r.totalParameters),
    },
    trainableParameters: toNumberOrNull(r.trainableParameters),
    modifiedModules: parseModifiedModulesColumn(r.modifiedModules),
    task: r.task,
    dataset: r.dataset,
    license: r.license,
    tags: JSON.parse(r.tags) as string[],
    config,
    peftConfig: r.peftConfig === null ? null : (JSON.parse(r.peftConfig) as Record<string, unknown>),
    card: { frontMatter: cardMeta, text: card },
    files,
  };
}
