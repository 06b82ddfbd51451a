import {
  asyncBufferFromFile,
  parquetMetadataAsync,
  parquetReadObjects,
  parquetSchema,
  type AsyncBuffer,
  type FileMetaData,
} from 'hyparquet';
import { DatasetError } from '../errors.js';
import type { Row, RowSource } from '../row-source.js';

/**
 * A Parquet file read with hyparquet (pure JavaScript): one row group is decoded at a time and kept
 * until a row of another group is asked for, so sequential reads decode each group once. 64-bit
 * integers become numbers when they are safe integers (labels, ids), bigints otherwise.
 */
export class ParquetSource implements RowSource {
  readonly numRows: number;
  readonly columnNames: readonly string[];
  private readonly groupStarts: number[] = [];
  private cached: { group: number; rows: Row[] } | undefined;

  private constructor(
    readonly path: string,
    private readonly file: AsyncBuffer,
    private readonly metadata: FileMetaData,
  ) {
    let start = 0;
    for (const group of metadata.row_groups) {
      this.groupStarts.push(start);
      start += Number(group.num_rows);
    }
    this.numRows = start;
    this.columnNames = parquetSchema(metadata).children.map((child) => child.element.name);
  }

  static async open(path: string): Promise<ParquetSource> {
    const file = await asyncBufferFromFile(path);
    let metadata: FileMetaData;
    try {
      metadata = await parquetMetadataAsync(file);
    } catch (error) {
      throw new DatasetError(
        'DATASET_BAD_ROW',
        `${path} is not a readable Parquet file (${(error as Error).message}).`,
        {
          cause: error,
        },
      );
    }
    return new ParquetSource(path, file, metadata);
  }

  async read(indices: ArrayLike<number>): Promise<Row[]> {
    const rows: Row[] = [];
    for (let k = 0; k < indices.length; k++) {
      const i = indices[k]!;
      const group = this.groupOf(i);
      const groupRows = await this.groupRows(group);
      rows.push(groupRows[i - this.groupStarts[group]!]!);
    }
    return rows;
  }

  private async groupRows(group: number): Promise<Row[]> {
    if (this.cached?.group === group) return this.cached.rows;
    const rowStart = this.groupStarts[group]!;
    const rowEnd = rowStart + Number(this.metadata.row_groups[group]!.num_rows);
    const raw = (await parquetReadObjects({
      file: this.file,
      metadata: this.metadata,
      rowStart,
      rowEnd,
    })) as Row[];
    const rows = raw.map((row) => {
      const out: Row = {};
      for (const [key, value] of Object.entries(row)) {
        out[key] =
          typeof value === 'bigint' &&
          value <= BigInt(Number.MAX_SAFE_INTEGER) &&
          value >= BigInt(Number.MIN_SAFE_INTEGER)
            ? Number(value)
            : value;
      }
      return out;
    });
    this.cached = { group, rows };
    return rows;
  }

  private groupOf(index: number): number {
    let lo = 0;
    let hi = this.groupStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.groupStarts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
