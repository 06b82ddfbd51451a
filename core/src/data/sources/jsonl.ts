import { DatasetError } from '../errors.js';
import type { Row, RowSource } from '../row-source.js';
import { RecordIndex, RecordReader } from './record-index.js';

/**
 * A JSON Lines file: one JSON object per line, read line by line when asked (the file is indexed
 * once, never held in memory). Column names come from the first row.
 */
export class JsonLinesSource implements RowSource {
  readonly numRows: number;
  readonly columnNames: readonly string[];
  private readonly reader: RecordReader;

  private constructor(
    readonly path: string,
    index: RecordIndex,
  ) {
    this.reader = new RecordReader(path, index);
    this.numRows = index.count;
    this.columnNames = index.count > 0 ? Object.keys(this.parse(0)) : [];
  }

  static open(path: string): JsonLinesSource {
    return new JsonLinesSource(path, RecordIndex.build(path, { quoted: false }));
  }

  read(indices: ArrayLike<number>): Promise<Row[]> {
    return Promise.resolve(Array.from(indices, (i) => this.parse(i)));
  }

  close(): Promise<void> {
    this.reader.close();
    return Promise.resolve();
  }

  private parse(i: number): Row {
    let value: unknown;
    try {
      value = JSON.parse(this.reader.text(i));
    } catch (error) {
      throw new DatasetError(
        'DATASET_BAD_ROW',
        `${this.path}: record ${i + 1} is not valid JSON (${(error as Error).message}).`,
        {
          cause: error,
        },
      );
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new DatasetError('DATASET_BAD_ROW', `${this.path}: record ${i + 1} is not a JSON object.`);
    }
    return value as Row;
  }
}
