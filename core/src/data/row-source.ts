/** One example: column name → value. */
export type Row = Record<string, unknown>;

/**
 * Random access to the rows of a file or an array, without holding the file in memory: what a
 * {@link Dataset} reads through. Indices are the source's own row numbers, 0..numRows-1.
 */
export interface RowSource {
  readonly numRows: number;
  readonly columnNames: readonly string[];
  /** The rows at `indices`, in that order. */
  read(indices: ArrayLike<number>): Promise<Row[]>;
  /** Releases open files. */
  close?(): Promise<void>;
}

/** Rows already in memory. */
export class MemorySource implements RowSource {
  readonly columnNames: readonly string[];

  constructor(private readonly rows: readonly Row[]) {
    this.columnNames = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  }

  get numRows(): number {
    return this.rows.length;
  }

  read(indices: ArrayLike<number>): Promise<Row[]> {
    return Promise.resolve(Array.from(indices, (i) => this.rows[i]!));
  }
}

/** Several sources one after the other (the files of a folder). */
export class ConcatSource implements RowSource {
  readonly numRows: number;
  readonly columnNames: readonly string[];
  private readonly starts: number[];

  constructor(private readonly parts: readonly RowSource[]) {
    this.starts = [];
    let total = 0;
    for (const part of parts) {
      this.starts.push(total);
      total += part.numRows;
    }
    this.numRows = total;
    this.columnNames = [...new Set(parts.flatMap((p) => p.columnNames))];
  }

  async read(indices: ArrayLike<number>): Promise<Row[]> {
    const rows = new Array<Row>(indices.length);
    // Group by part, keeping each index's position in the answer.
    const byPart = new Map<number, { local: number[]; at: number[] }>();
    for (let k = 0; k < indices.length; k++) {
      const i = indices[k]!;
      const part = this.partOf(i);
      const group = byPart.get(part) ?? { local: [], at: [] };
      group.local.push(i - this.starts[part]!);
      group.at.push(k);
      byPart.set(part, group);
    }
    for (const [part, { local, at }] of byPart) {
      const read = await this.parts[part]!.read(local);
      read.forEach((row, j) => (rows[at[j]!] = row));
    }
    return rows;
  }

  async close(): Promise<void> {
    for (const part of this.parts) await part.close?.();
  }

  private partOf(index: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
