import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DeltahubError } from '../errors.js';

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
