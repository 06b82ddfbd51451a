import { hubModelIdOrUndefined, UNKNOWN_BACKBONE, type DeltaConfig } from '@deltahub/core/checkpoint';

/** What replaces a local path in a model card: the placeholder of the usage snippet. */
export const REDACTED_BACKBONE = '<backbone folder or hub id>';

/** A backbone name as the index may show it: a hub id, or null (unknown; local paths included). */
export function publicBackboneName(nameOrPath: string | null | undefined): string | null {
  return hubModelIdOrUndefined(nameOrPath) ?? null;
}

/** A revision's metadata as pushed, and as the index keeps and shows it. */
export interface RevisionMetadataText {
  config: DeltaConfig | null;
  card: string;
  cardMeta: Record<string, unknown>;
}

/**
 * The metadata without the local paths older clients recorded as the backbone (its folder, e.g.
 * `/home/alice/models/bert`): leaking the pusher's file system and naming nothing anyone can
 * fetch. The config's `backbone.nameOrPath` becomes `unknown`, a card's `base_model` that is not
 * a hub id is dropped, and the card text has those paths replaced by a placeholder. The files
 * themselves are left as pushed (content-addressed); this is what the index stores and shows.
 */
export function withoutLocalPaths(meta: RevisionMetadataText): RevisionMetadataText {
  const leaked = new Set<string>();
  let config = meta.config;
  const recorded = config?.backbone.nameOrPath;
  if (
    config &&
    recorded !== undefined &&
    recorded !== UNKNOWN_BACKBONE &&
    publicBackboneName(recorded) === null
  ) {
    leaked.add(recorded);
    config = { ...config, backbone: { ...config.backbone, nameOrPath: UNKNOWN_BACKBONE } };
  }
  let cardMeta = meta.cardMeta;
  const base = cardMeta['base_model'];
  const bases = typeof base === 'string' ? [base] : Array.isArray(base) ? base : [];
  const local = bases.filter((b): b is string => typeof b === 'string' && publicBackboneName(b) === null);
  if (local.length) {
    for (const path of local) leaked.add(path);
    const kept = bases.filter((b) => typeof b === 'string' && !local.includes(b));
    const { base_model: _dropped, ...rest } = cardMeta;
    cardMeta = kept.length ? { ...rest, base_model: typeof base === 'string' ? kept[0] : kept } : rest;
  }
  let card = meta.card;
  for (const path of [...leaked].filter((p) => p.trim() !== '')) {
    // As written in prose, and inside the usage snippet's JSON string (backslashes doubled).
    for (const form of new Set([path, JSON.stringify(path).slice(1, -1)]))
      card = card.split(form).join(REDACTED_BACKBONE);
  }
  return { config, card, cardMeta };
}
