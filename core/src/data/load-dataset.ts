import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Dataset } from './dataset.js';
import { DatasetError } from './errors.js';
import { ConcatSource, type RowSource } from './row-source.js';
import { CsvSource } from './sources/csv.js';
import { JsonLinesSource } from './sources/jsonl.js';
import { ParquetSource } from './sources/parquet.js';

/** A file format {@link loadDataset} reads. */
export type DatasetFormat = 'json' | 'csv' | 'parquet';

const EXTENSIONS: Record<string, DatasetFormat> = {
  '.jsonl': 'json',
  '.json': 'json',
  '.ndjson': 'json',
  '.csv': 'csv',
  '.parquet': 'parquet',
};

/** Options of {@link loadDataset}. */
export interface LoadDatasetOptions {
  /** The format, when the file names do not say it (`.jsonl`/`.json`, `.csv`, `.parquet`). */
  format?: DatasetFormat;
}

/**
 * A dataset from a JSON Lines, CSV or Parquet file, or from a folder of them (its files in name order,
 * one after the other). Files are indexed, not loaded: rows are read when iterated (see
 * {@link Dataset}). Dataset repos on a hub are the `deltahub` package's business (core has no network).
 */
export async function loadDataset(path: string, options: LoadDatasetOptions = {}): Promise<Dataset> {
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    throw new DatasetError('DATASET_NOT_FOUND', `No dataset file or folder at ${path}.`, { cause: error });
  }
  const files = stats.isDirectory()
    ? readdirSync(path)
        .filter(
          (name) => options.format !== undefined || EXTENSIONS[extname(name).toLowerCase()] !== undefined,
        )
        .sort()
        .map((name) => join(path, name))
    : [path];
  if (files.length === 0) {
    throw new DatasetError(
      'DATASET_NOT_FOUND',
      `${path} holds no ${Object.keys(EXTENSIONS).join(', ')} files.`,
    );
  }
  const sources: RowSource[] = [];
  for (const file of files) sources.push(await openSource(file, options.format ?? formatOf(file)));
  return Dataset.fromSource(sources.length === 1 ? sources[0]! : new ConcatSource(sources));
}

function formatOf(file: string): DatasetFormat {
  const format = EXTENSIONS[extname(file).toLowerCase()];
  if (!format) {
    throw new DatasetError(
      'DATASET_UNSUPPORTED_FORMAT',
      `Cannot tell the format of ${file} from its name: pass { format: 'json' | 'csv' | 'parquet' }.`,
    );
  }
  return format;
}

async function openSource(file: string, format: DatasetFormat): Promise<RowSource> {
  if (format === 'json') return JsonLinesSource.open(file);
  if (format === 'csv') return CsvSource.open(file);
  return ParquetSource.open(file);
}
