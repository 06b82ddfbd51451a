import { DatasetError } from '../errors.js';
import type { Row, RowSource } from '../row-source.js';
import { RecordIndex, RecordReader } from './record-index.js';

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * A CSV file (RFC 4180: comma-separated, double quotes around fields holding commas, quotes or
 * newlines, `""` for a quote) with a header row. Indexed in one pass that also types the columns as
 * pandas does: a column whose every value is a number (or empty) holds numbers, any other holds strings.
 */
export class CsvSource implements RowSource {
  readonly numRows: number;
  readonly columnNames: readonly string[];
  private readonly reader: RecordReader;
  private readonly numeric: boolean[];

  private constructor(
    readonly path: string,
    index: RecordIndex,
  ) {
    this.reader = new RecordReader(path, index);
    if (index.count === 0)
      throw new DatasetError('DATASET_BAD_ROW', `${path}: a CSV file needs a header row.`);
    this.columnNames = parseCsvRecord(this.reader.text(0), path, 1);
    this.numRows = index.count - 1;
    this.numeric = this.columnNames.map(() => true);
    for (let i = 0; i < this.numRows; i++) {
      this.fields(i).forEach((value, c) => {
        if (value !== '' && !NUMBER.test(value)) this.numeric[c] = false;
      });
    }
  }

  static open(path: string): CsvSource {
    return new CsvSource(path, RecordIndex.build(path, { quoted: true }));
  }

  read(indices: ArrayLike<number>): Promise<Row[]> {
    return Promise.resolve(
      Array.from(indices, (i) => {
        const fields = this.fields(i);
        const row: Row = {};
        this.columnNames.forEach((name, c) => {
          const value = fields[c]!;
          row[name] = this.numeric[c] ? (value === '' ? null : Number(value)) : value;
        });
        return row;
      }),
    );
  }

  close(): Promise<void> {
    this.reader.close();
    return Promise.resolve();
  }

  private fields(i: number): string[] {
    const fields = parseCsvRecord(this.reader.text(i + 1), this.path, i + 2);
    if (fields.length !== this.columnNames.length) {
      throw new DatasetError(
        'DATASET_BAD_ROW',
        `${this.path}: record ${i + 2} has ${fields.length} fields; the header has ${this.columnNames.length}.`,
      );
    }
    return fields;
  }
}

/** The fields of one CSV record; `where` and `recordNumber` name it in errors. */
export function parseCsvRecord(text: string, where: string, recordNumber: number): string[] {
  const fields: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i <= text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === undefined) {
        throw new DatasetError('DATASET_BAD_ROW', `${where}: record ${recordNumber} has an unclosed quote.`);
      }
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === undefined || ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '"' && field === '') quoted = true;
    else field += ch;
    i++;
  }
  return fields;
}
