import { Generator } from '../random/generator.js';
import { DatasetError } from './errors.js';
import { MemorySource, type Row, type RowSource } from './row-source.js';

/** Columns of a batch: column name → one value per row (what a batched `map` function receives). */
export type ColumnBatch = Record<string, unknown[]>;

/** A per-read transformation of rows (map, rename, remove), applied when rows are read. */
type RowTransform = (rows: Row[]) => Row[];

/** Options of {@link Dataset.map}. */
export interface MapOptions {
  /** Call the function with a {@link ColumnBatch} instead of one row at a time (default false). */
  batched?: boolean;
  /** Columns to drop from the result (e.g. the raw text once tokenized). */
  removeColumns?: readonly string[];
}

/**
 * A table of examples read lazily from a {@link RowSource} (a JSON Lines, CSV or Parquet file, or
 * rows in memory), with the operations of Hugging Face `datasets`: `map`, `filter`, `shuffle`,
 * `select`, `trainTestSplit`, column renames, and iteration in batches. A dataset never holds its
 * file: it keeps an order of row indices (4 bytes a row, only once shuffled, selected or filtered)
 * and the list of `map` functions, which run on each batch as it is read. So a `map` function must
 * treat rows independently (tokenize without padding: the data collator pads each batch), and runs
 * again on every pass; {@link materialize} keeps the results in memory instead.
 */
export class Dataset {
  private constructor(
    private readonly source: RowSource,
    private readonly order: Uint32Array | null,
    private readonly transforms: readonly RowTransform[],
    /** The columns every row has after the transforms. */
    readonly columnNames: readonly string[],
  ) {}

  /** A dataset over rows in memory. */
  static fromRows(rows: readonly Row[]): Dataset {
    const source = new MemorySource(rows);
    return new Dataset(source, null, [], source.columnNames);
  }

  /** A dataset over columns in memory (every column as long as the others). */
  static fromDict(columns: ColumnBatch): Dataset {
    return Dataset.fromRows(toRows(columns, 'Dataset.fromDict'));
  }

  /** A dataset over a {@link RowSource}. */
  static fromSource(source: RowSource): Dataset {
    return new Dataset(source, null, [], source.columnNames);
  }

  /** Number of rows. */
  get numRows(): number {
    return this.order ? this.order.length : this.source.numRows;
  }

  /** The rows at positions `positions` of this dataset, transformed. */
  async rows(positions: ArrayLike<number>): Promise<Row[]> {
    const indices = new Uint32Array(positions.length);
    for (let k = 0; k < positions.length; k++) {
      const p = positions[k]!;
      if (!Number.isInteger(p) || p < 0 || p >= this.numRows) {
        throw new DatasetError(
          'DATASET_BAD_ARGUMENT',
          `Row ${p} is out of range: the dataset has ${this.numRows} rows.`,
        );
      }
      indices[k] = this.order ? this.order[p]! : p;
    }
    let rows = (await this.source.read(indices)).map((row) => ({ ...row }));
    for (const transform of this.transforms) rows = transform(rows);
    return rows;
  }

  /** Row `position`. */
  async row(position: number): Promise<Row> {
    return (await this.rows([position]))[0]!;
  }

  /** The rows in order, `batchSize` at a time (the last batch may be shorter unless `dropLast`). */
  async *iter(options: { batchSize?: number; dropLast?: boolean } = {}): AsyncGenerator<Row[]> {
    const batchSize = positiveInteger(options.batchSize ?? 1000, 'batchSize');
    const end = options.dropLast ? this.numRows - (this.numRows % batchSize) : this.numRows;
    for (let start = 0; start < end; start += batchSize) {
      const positions = range(start, Math.min(start + batchSize, end));
      yield await this.rows(positions);
    }
  }

  /** Every row, in memory. */
  async toArray(): Promise<Row[]> {
    const all: Row[] = [];
    for await (const batch of this.iter()) all.push(...batch);
    return all;
  }

  /** The values of one column. */
  async column(name: string): Promise<unknown[]> {
    this.requireColumns([name]);
    const values: unknown[] = [];
    for await (const batch of this.iter()) values.push(...batch.map((row) => row[name]));
    return values;
  }

  /**
   * Applies `fn` to every row (or, `batched`, to columns of rows) when rows are read; the result's
   * columns are added to (or replace) the row's. The first row is mapped now, to learn the columns
   * and to fail early on a function that does not fit the data.
   */
  async map(fn: (row: Row) => object, options?: MapOptions & { batched?: false }): Promise<Dataset>;
  async map(fn: (batch: ColumnBatch) => object, options: MapOptions & { batched: true }): Promise<Dataset>;
  async map(
    fn: ((row: Row) => object) | ((batch: ColumnBatch) => object),
    options: MapOptions = {},
  ): Promise<Dataset> {
    const remove = options.removeColumns ?? [];
    this.requireColumns(remove);
    const transform: RowTransform = (rows) => {
      const mapped = options.batched
        ? mapBatch(fn as (b: ColumnBatch) => object, rows)
        : rows.map((row) => {
            const out = (fn as (r: Row) => object)(row) as Row;
            if (out === null || typeof out !== 'object') {
              throw new DatasetError(
                'DATASET_MAP_INVALID',
                'A map function must return an object of columns.',
              );
            }
            return out;
          });
      return rows.map((row, i) => {
        const merged: Row = { ...row, ...mapped[i] };
        for (const column of remove) if (!(column in mapped[i]!)) delete merged[column];
        return merged;
      });
    };
    const next = new Dataset(this.source, this.order, [...this.transforms, transform], this.columnNames);
    const columns =
      next.numRows > 0 ? Object.keys(await next.row(0)) : this.columnNames.filter((c) => !remove.includes(c));
    return new Dataset(this.source, this.order, next.transforms, columns);
  }

  /** The rows for which `predicate` is true (reads the whole dataset once, keeps 4 bytes a kept row). */
  async filter(predicate: (row: Row) => boolean): Promise<Dataset> {
    const kept: number[] = [];
    let position = 0;
    for await (const batch of this.iter()) {
      for (const row of batch) {
        if (predicate(row)) kept.push(this.order ? this.order[position]! : position);
        position++;
      }
    }
    return new Dataset(this.source, Uint32Array.from(kept), this.transforms, this.columnNames);
  }

  /** The rows in a random order drawn from `seed` (the same seed gives the same order). */
  shuffle(options: { seed: number }): Dataset {
    const permutation = new Generator(options.seed).permutation(this.numRows);
    return this.select(permutation);
  }

  /** The rows at `positions`, in that order. */
  select(positions: ArrayLike<number>): Dataset {
    const order = new Uint32Array(positions.length);
    for (let k = 0; k < positions.length; k++) {
      const p = positions[k]!;
      if (!Number.isInteger(p) || p < 0 || p >= this.numRows) {
        throw new DatasetError(
          'DATASET_BAD_ARGUMENT',
          `select: row ${p} is out of range (${this.numRows} rows).`,
        );
      }
      order[k] = this.order ? this.order[p]! : p;
    }
    return new Dataset(this.source, order, this.transforms, this.columnNames);
  }

  /**
   * Splits into `train` and `test`: `testSize` is a fraction in (0, 1) or a row count; the rows are
   * shuffled first with `seed` unless `shuffle` is false (then `test` is the last rows).
   */
  trainTestSplit(options: { testSize: number; seed?: number; shuffle?: boolean }): {
    train: Dataset;
    test: Dataset;
  } {
    const { testSize } = options;
    const n = this.numRows;
    const testRows = testSize > 0 && testSize < 1 ? Math.ceil(testSize * n) : testSize;
    if (!Number.isInteger(testRows) || testRows <= 0 || testRows >= n) {
      throw new DatasetError(
        'DATASET_BAD_ARGUMENT',
        `trainTestSplit: testSize ${testSize} leaves no rows on one side of ${n} rows.`,
      );
    }
    const order = options.shuffle === false ? range(0, n) : new Generator(options.seed ?? 0).permutation(n);
    return {
      train: this.select(order.subarray(0, n - testRows)),
      test: this.select(order.subarray(n - testRows)),
    };
  }

  /** The same rows with column `from` named `to`. */
  renameColumn(from: string, to: string): Dataset {
    return this.renameColumns({ [from]: to });
  }

  /** The same rows with columns renamed (`{ old: 'new' }`). */
  renameColumns(names: Record<string, string>): Dataset {
    this.requireColumns(Object.keys(names));
    const rename: RowTransform = (rows) =>
      rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [names[k] ?? k, v])));
    return new Dataset(
      this.source,
      this.order,
      [...this.transforms, rename],
      this.columnNames.map((c) => names[c] ?? c),
    );
  }

  /** The same rows without `columns`. */
  removeColumns(columns: readonly string[]): Dataset {
    this.requireColumns(columns);
    const remove: RowTransform = (rows) =>
      rows.map((row) => Object.fromEntries(Object.entries(row).filter(([k]) => !columns.includes(k))));
    return new Dataset(
      this.source,
      this.order,
      [...this.transforms, remove],
      this.columnNames.filter((c) => !columns.includes(c)),
    );
  }

  /** The rows, transformed, held in memory: `map` functions then run once instead of on every pass. */
  async materialize(): Promise<Dataset> {
    return Dataset.fromRows(await this.toArray());
  }

  /** Throws `DATASET_MISSING_COLUMN` naming the first of `columns` this dataset lacks. */
  requireColumns(columns: readonly string[]): void {
    for (const column of columns) {
      if (!this.columnNames.includes(column)) {
        throw new DatasetError(
          'DATASET_MISSING_COLUMN',
          `The dataset has no column '${column}'; its columns are ${this.columnNames.map((c) => `'${c}'`).join(', ') || '(none)'}.`,
        );
      }
    }
  }
}

function mapBatch(fn: (batch: ColumnBatch) => object, rows: Row[]): Row[] {
  const columns: ColumnBatch = {};
  for (const key of new Set(rows.flatMap((row) => Object.keys(row))))
    columns[key] = rows.map((row) => row[key]);
  const out = fn(columns) as ColumnBatch;
  if (out === null || typeof out !== 'object') {
    throw new DatasetError('DATASET_MAP_INVALID', 'A batched map function must return an object of columns.');
  }
  const mapped = toRows(out, 'A batched map function');
  if (mapped.length !== rows.length && Object.keys(out).length > 0) {
    throw new DatasetError(
      'DATASET_MAP_INVALID',
      `A batched map function returned ${mapped.length} rows for ${rows.length}: deltahub maps lazily, row for row.`,
    );
  }
  return Object.keys(out).length > 0 ? mapped : rows.map(() => ({}));
}

function toRows(columns: ColumnBatch, what: string): Row[] {
  const entries = Object.entries(columns);
  const lengths = new Set(entries.map(([, values]) => (Array.isArray(values) ? values.length : -1)));
  if (lengths.has(-1) || lengths.size > 1) {
    throw new DatasetError(
      'DATASET_MAP_INVALID',
      `${what} must give arrays of equal length for every column; got ${entries.map(([k, v]) => `${k}: ${Array.isArray(v) ? v.length : typeof v}`).join(', ')}.`,
    );
  }
  const n = entries[0]?.[1].length ?? 0;
  return Array.from({ length: n }, (_, i) =>
    Object.fromEntries(entries.map(([k, values]) => [k, values[i]])),
  );
}

function range(start: number, end: number): Uint32Array {
  const out = new Uint32Array(end - start);
  for (let i = 0; i < out.length; i++) out[i] = start + i;
  return out;
}

function positiveInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value <= 0) {
    throw new DatasetError('DATASET_BAD_ARGUMENT', `${name} must be a positive integer; got ${value}.`);
  }
  return value;
}
