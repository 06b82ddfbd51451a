import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AutoTokenizer, tokenizerFolderSource, type PreTrainedTokenizer } from '@deltahub/core';

/**
 * The tokenizer saved in a delta checkpoint folder (`tokenizer.json`, as `saveFinetuned` writes it
 * with `{ tokenizer }`), or undefined when the checkpoint carries none.
 */
export async function readSavedTokenizer(folder: string): Promise<PreTrainedTokenizer | undefined> {
  const saved = await stat(join(folder, 'tokenizer.json')).catch(() => undefined);
  if (!saved?.isFile()) return undefined;
  // The folder itself, never the hub: a checkpoint's tokenizer is part of the checkpoint.
  return AutoTokenizer.fromPretrained(await tokenizerFolderSource(folder));
}
