import {
  checkDeltaConfig,
  DELTA_CONFIG_FILE,
  MODEL_CARD_FILE,
  parseModelCard,
  type DeltaConfig,
} from '@deltahub/core/checkpoint';
import type { HubConfig } from '../config/config.js';
import { badRequest, HubError } from '../errors.js';
import type { BlobRef, BlobStore } from '../storage/blob-store.js';
import type { FileEntry } from './files.js';
import { withoutLocalPaths } from '../read/local-paths.js';
import { checkSafetensorsHeader, HeaderParseError } from './header-parser.js';
import {
  PEFT_CONFIG_FILE,
  PEFT_WEIGHTS_FILE,
  readPeftAdapter,
  type PeftAdapterSummary,
} from './peft-adapter.js';

/** A file of a revision with where its blob is stored. */
export type StoredFile = FileEntry & BlobRef;

/** The searchable metadata a revision carries, read from its files. */
export interface RevisionMetadata {
  /**
   * Null for a revision without `delta_config.json` (a PEFT adapter, a backbone or other files).
   * A backbone recorded as a local path reads `unknown` (see `withoutLocalPaths`).
   */
  config: DeltaConfig | null;
  /** The PEFT adapter (`adapter_config.json`), with or without a delta config; null without one. */
  peft: PeftAdapterSummary | null;
  configWarnings: string[];
  card: string;
  cardMeta: Record<string, unknown>;
  /** Tags of the config and of the card front matter, deduplicated. */
  tags: string[];
  task: string | undefined;
  dataset: string | undefined;
  license: string | undefined;
}

/** Limits of what the server reads into memory to validate. */
export interface InspectLimits {
  maxMetadataBytes: number;
  maxSafetensorsHeaderBytes: number;
  /** Safetensors header bytes read for one revision, all distinct blobs together. */
  maxTotalHeaderBytes: number;
  /**
   * Refuse a revision without `delta_config.json` (default true: the deltahub push protocol).
   * Hugging Face uploads set it to false, since any repo may hold a backbone or other files.
   */
  requireDeltaConfig?: boolean;
}

/**
 * A safetensors header larger than this is refused at push time, by the native API and the
 * Hugging Face commit alike (the format allows 100 MB: `SAFETENSORS_MAX_HEADER_BYTES` in core).
 */
export const MAX_SAFETENSORS_HEADER_BYTES = 16 * 1024 * 1024;

/**
 * The limits of a commit under the hub's configuration. `requireDeltaConfig` is false for
 * Hugging Face uploads (see {@link InspectLimits.requireDeltaConfig}).
 */
export function commitLimits(
  config: Pick<HubConfig, 'maxMetadataBytes' | 'maxCommitHeaderBytes'>,
  requireDeltaConfig = true,
): InspectLimits {
  return {
    maxMetadataBytes: config.maxMetadataBytes,
    maxSafetensorsHeaderBytes: MAX_SAFETENSORS_HEADER_BYTES,
    maxTotalHeaderBytes: config.maxCommitHeaderBytes,
    requireDeltaConfig,
  };
}

async function readSmallFile(store: BlobStore, file: StoredFile, limit: number): Promise<string> {
  if (file.size > limit)
    throw badRequest('too_large', `${file.path} is over the ${limit}-byte limit for metadata files`);
  if (file.size === 0) return '';
  return (await store.read(file, { start: 0, end: file.size - 1 })).toString('utf8');
}

function stringOrUndefined(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/**
 * Safetensors blobs whose headers are read at once: enough to hide the store's round trips, few
 * enough that one commit does not hold many headers in memory.
 */
const CONCURRENT_HEADER_READS = 8;

/** What is left of a revision's header budget ({@link InspectLimits.maxTotalHeaderBytes}). */
class HeaderBudget {
  #left: number;

  constructor(private readonly limit: number) {
    this.#left = limit;
  }

  /** Takes `bytes` from the budget before they are read; 413 when they do not fit. */
  take(bytes: number, file: StoredFile): void {
    if (bytes > this.#left) {
      throw new HubError(
        413,
        'too_large',
        `${file.path}: the safetensors headers of this revision are over the ${this.limit}-byte limit ` +
          'for one commit (DELTAHUB_MAX_COMMIT_HEADER_BYTES)',
      );
    }
    this.#left -= bytes;
  }
}

async function checkSafetensors(
  store: BlobStore,
  file: StoredFile,
  limits: InspectLimits,
  budget: HeaderBudget,
): Promise<void> {
  if (file.size < 8)
    throw badRequest('invalid_safetensors', `${file.path}: file is shorter than the 8-byte header length`);
  const lengthField = await store.read(file, { start: 0, end: 7 });
  const headerLength = lengthField.readBigUInt64LE(0);
  if (headerLength > BigInt(limits.maxSafetensorsHeaderBytes)) {
    throw badRequest(
      'invalid_safetensors',
      `${file.path}: header of ${headerLength} bytes is over the ${limits.maxSafetensorsHeaderBytes}-byte limit`,
    );
  }
  const end = Math.min(file.size, 8 + Number(headerLength)) - 1;
  budget.take(end + 1, file);
  const prefix = await store.read(file, { start: 0, end });
  try {
    await checkSafetensorsHeader(prefix, file.size);
  } catch (err) {
    if (!(err instanceof HeaderParseError)) throw err;
    throw badRequest('invalid_safetensors', `${file.path}: ${err.message}`, err);
  }
}

/**
 * Checks the header of every distinct safetensors blob ONCE (many paths may name the same
 * digest, and the bytes, hence the verdict, are the same), a few at a time, within one budget.
 * On a failure no further check starts; the answer is the failure first in file order.
 */
async function checkSafetensorsFiles(
  store: BlobStore,
  files: StoredFile[],
  limits: InspectLimits,
): Promise<void> {
  const byDigest = new Map<string, StoredFile>();
  for (const f of files)
    if (f.path.endsWith('.safetensors') && !byDigest.has(f.sha256)) byDigest.set(f.sha256, f);
  const distinct = [...byDigest.values()];
  const budget = new HeaderBudget(limits.maxTotalHeaderBytes);
  const failures: { index: number; err: unknown }[] = [];
  let next = 0;
  const checkNext = async (): Promise<void> => {
    while (next < distinct.length && failures.length === 0) {
      const index = next++;
      try {
        await checkSafetensors(store, distinct[index] as StoredFile, limits, budget);
      } catch (err) {
        failures.push({ index, err });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_HEADER_READS, distinct.length) }, checkNext));
  const first = failures.reduce<(typeof failures)[number] | undefined>(
    (a, b) => (a === undefined || b.index < a.index ? b : a),
    undefined,
  );
  if (first) throw first.err;
}

async function readDeltaConfig(
  store: BlobStore,
  file: StoredFile,
  limits: InspectLimits,
): Promise<ReturnType<typeof checkDeltaConfig>> {
  let json: unknown;
  try {
    json = JSON.parse(await readSmallFile(store, file, limits.maxMetadataBytes));
  } catch (err) {
    if (err instanceof SyntaxError)
      throw badRequest('invalid_delta_config', `${DELTA_CONFIG_FILE} is not valid JSON: ${err.message}`);
    throw err;
  }
  try {
    return checkDeltaConfig(json);
  } catch (err) {
    throw badRequest('invalid_delta_config', (err as Error).message, err);
  }
}

/** A model card and its parsed front matter. */
interface ModelCard {
  card: string;
  cardMeta: Record<string, unknown>;
}

/**
 * Longest model card front matter parsed. The YAML parser compares a mapping's keys pairwise
 * (duplicate check): 64 KiB of `key: value` lines parse in under half a second, 1 MiB (the
 * metadata file limit) in minutes, holding the event loop all along, here and on every page view.
 */
export const MAX_FRONT_MATTER_BYTES = 64 * 1024;
// The front matter block as core's parseModelCard finds it: `---` on the first line, up to the
// next line that is exactly `---` (this only measures it).
const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

async function readModelCard(store: BlobStore, file: StoredFile, limits: InspectLimits): Promise<ModelCard> {
  return checkModelCard(await readSmallFile(store, file, limits.maxMetadataBytes), file.path);
}

/**
 * A model card's front matter, parsed as a push parses it: 400 `too_large` over
 * {@link MAX_FRONT_MATTER_BYTES} (before parsing), 400 `invalid_model_card` when it does not parse.
 * `path` names the file in messages.
 */
export function checkModelCard(card: string, path: string): ModelCard {
  const frontMatter = FRONT_MATTER.exec(card)?.[1] ?? '';
  const frontMatterBytes = Buffer.byteLength(frontMatter);
  if (frontMatterBytes > MAX_FRONT_MATTER_BYTES) {
    throw badRequest(
      'too_large',
      `${path}: the front matter is ${frontMatterBytes} bytes, over the ${MAX_FRONT_MATTER_BYTES}-byte limit`,
    );
  }
  try {
    return { card, cardMeta: parseModelCard(card).frontMatter };
  } catch (err) {
    throw badRequest('invalid_model_card', (err as Error).message, err);
  }
}

/**
 * Validates the content of a revision about to be committed: `delta_config.json` (or a PEFT
 * adapter's `adapter_config.json`) must exist and validate, every `.safetensors` header must
 * validate against its file size, and the model card's front matter must parse. Returns the
 * metadata to index, without local paths recorded as the backbone (`withoutLocalPaths`). The work is bounded whatever the
 * revision: each blob is read once, headers within {@link InspectLimits.maxTotalHeaderBytes}.
 */
export async function inspectRevision(
  store: BlobStore,
  files: StoredFile[],
  limits: InspectLimits,
): Promise<RevisionMetadata> {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const configFile = byPath.get(DELTA_CONFIG_FILE);
  const peftFile = byPath.get(PEFT_CONFIG_FILE);
  if (!configFile && !peftFile && limits.requireDeltaConfig !== false)
    throw badRequest(
      'missing_delta_config',
      `a revision must contain ${DELTA_CONFIG_FILE} (or a PEFT adapter's ${PEFT_CONFIG_FILE})`,
    );
  const cardFile = byPath.get(MODEL_CARD_FILE);
  // Every check reads from the store (a round trip each), so they go out together; the answer is
  // the first failure in check order, the same whatever finishes first.
  const configCheck = configFile ? readDeltaConfig(store, configFile, limits) : Promise.resolve(null);
  const cardCheck = cardFile
    ? readModelCard(store, cardFile, limits)
    : Promise.resolve<ModelCard>({ card: '', cardMeta: {} });
  const safetensorsCheck = checkSafetensorsFiles(store, files, limits);
  const failed = (await Promise.allSettled([configCheck, cardCheck, safetensorsCheck])).find(
    (r) => r.status === 'rejected',
  );
  if (failed) throw failed.reason;
  // Read once the weights file has been validated: its header lists the adapter's modules.
  const peft = peftFile
    ? await readPeftAdapter(store, peftFile, byPath.get(PEFT_WEIGHTS_FILE), (f) =>
        readSmallFile(store, f, limits.maxMetadataBytes),
      )
    : null;
  const checked = await configCheck;
  const { config, card, cardMeta } = withoutLocalPaths({
    config: checked?.config ?? null,
    ...(await cardCheck),
  });

  const cardTags = Array.isArray(cardMeta['tags'])
    ? cardMeta['tags'].filter((t): t is string => typeof t === 'string')
    : [];
  return {
    config,
    peft,
    configWarnings: (checked?.warnings ?? []).map((w) => `${w.path}: ${w.message}`),
    card,
    cardMeta,
    tags: [...new Set([...(config?.tags ?? []), ...(peft ? ['peft'] : []), ...cardTags])],
    task: config?.task ?? stringOrUndefined(cardMeta['task']) ?? stringOrUndefined(cardMeta['pipeline_tag']),
    dataset: config?.dataset ?? stringOrUndefined(cardMeta['dataset']),
    license: config?.license ?? stringOrUndefined(cardMeta['license']),
  };
}
