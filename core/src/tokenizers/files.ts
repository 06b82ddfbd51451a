import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DeltahubError } from '../errors.js';
import type { AutoTokenizerOptions } from './auto.js';

/**
 * Where a tokenizer's files come from. The loader only asks for files by name, so a local folder
 * and (later) a hub revision are interchangeable: a hub source implements `readFile` by fetching
 * `resolve/<revision>/<name>` through the client's cache and answering `undefined` on a 404.
 */
export interface TokenizerFileSource {
  /** Human-readable location used in error messages (a folder path, `owner/name@revision`...). */
  readonly location: string;
  /** The bytes of file `name`, or `undefined` when the source has no such file. */
  readFile(name: string): Promise<Uint8Array | undefined>;
}

/**
 * Every file `AutoTokenizer` may read from a source: what a hub-backed source downloads, and what a
 * tokenizer saved with a delta is made of (a subset).
 */
export const TOKENIZER_FILE_NAMES: readonly string[] = [
  'tokenizer.json',
  'tokenizer_config.json',
  'special_tokens_map.json',
  'added_tokens.json',
  'chat_template.jinja',
  'config.json',
  'vocab.txt',
  'vocab.json',
  'merges.txt',
  'spiece.model',
  'tokenizer.model',
];

/** A {@link TokenizerFileSource} over a local folder (a Hugging Face model folder). */
export async function tokenizerFolderSource(folder: string): Promise<TokenizerFileSource> {
  const info = await stat(folder).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new DeltahubError(
      'TOKENIZER_NOT_FOUND',
      `Tokenizer folder '${folder}' does not exist. @deltahub/core loads tokenizers from local folders; ` +
        'hub ids (owner/name) are resolved by the deltahub package.',
    );
  }
  return {
    location: folder,
    async readFile(name) {
      try {
        return await readFile(join(folder, name));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw err;
      }
    },
  };
}

/**
 * Turns a name that is not a local folder (a hub id such as `owner/name`) into a
 * {@link TokenizerFileSource}, or answers undefined when it does not handle the name. Core has no
 * network: the `deltahub` package installs one that downloads a hub repo's tokenizer files into its
 * cache. `options` are those of `AutoTokenizer.fromPretrained` (the package adds `hubUrl`, `revision`...).
 */
export type TokenizerSourceResolver = (
  name: string,
  options: AutoTokenizerOptions,
) => Promise<TokenizerFileSource | undefined>;

let sourceResolver: TokenizerSourceResolver | undefined;

/** Installs (or, with undefined, removes) the resolver of tokenizer names that are not local folders. */
export function setTokenizerSourceResolver(resolver: TokenizerSourceResolver | undefined): void {
  sourceResolver = resolver;
}

/**
 * The files of `name`: the local folder when it exists or no resolver is installed (local paths
 * behave exactly as without one), else what the resolver makes of the name.
 */
export async function resolveTokenizerSource(
  name: string,
  options: AutoTokenizerOptions,
): Promise<TokenizerFileSource> {
  const isFolder = (await stat(name).catch(() => undefined))?.isDirectory() ?? false;
  const resolved = !isFolder && sourceResolver ? await sourceResolver(name, options) : undefined;
  return resolved ?? tokenizerFolderSource(name);
}

const utf8 = new TextDecoder();

/** The UTF-8 text of file `name` of `source`, or `undefined` when the file is absent. */
export async function readTextFile(source: TokenizerFileSource, name: string): Promise<string | undefined> {
  const bytes = await source.readFile(name);
  return bytes === undefined ? undefined : utf8.decode(bytes);
}

/** Parses the JSON file `name` of `source`, or answers `undefined` when the file is absent. */
export async function readJsonFile<T = Record<string, unknown>>(
  source: TokenizerFileSource,
  name: string,
): Promise<T | undefined> {
  const text = await readTextFile(source, name);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch (err) {
    throw new DeltahubError(
      'TOKENIZER_BAD_JSON',
      `${name} in '${source.location}' is not valid JSON: ${(err as Error).message}`,
      { cause: err },
    );
  }
}
