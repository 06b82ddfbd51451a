import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK = 1 << 20;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const QUOTE = 0x22;

/**
 * Byte ranges of a text file's records, found in one streaming pass that holds one 1 MiB chunk at a
 * time: 16 bytes per record stay in memory, never the file. A record ends at a newline (`\n` or
 * `\r\n`); with `quoted`, newlines inside double quotes do not end it (CSV). Blank records are
 * skipped.
 */
export class RecordIndex {
  private starts: Float64Array = new Float64Array(1024);
  private ends: Float64Array = new Float64Array(1024);
  count = 0;

  static build(path: string, options: { quoted: boolean }): RecordIndex {
    const index = new RecordIndex();
    const fd = openSync(path, 'r');
    try {
      const chunk = Buffer.allocUnsafe(CHUNK);
      let position = 0;
      let start = 0;
      let inQuotes = false;
      let blank = true;
      for (;;) {
        const read = readSync(fd, chunk, 0, CHUNK, position);
        if (read === 0) break;
        for (let i = 0; i < read; i++) {
          const byte = chunk[i]!;
          if (options.quoted && byte === QUOTE) inQuotes = !inQuotes;
          if (byte === NEWLINE && !inQuotes) {
            const offset = position + i;
            if (!blank) index.push(start, offset);
            start = offset + 1;
            blank = true;
          } else if (blank && byte !== CARRIAGE_RETURN && byte !== 0x20 && byte !== 0x09) {
            blank = false;
          }
        }
        position += read;
      }
      if (!blank) index.push(start, position);
    } finally {
      closeSync(fd);
    }
    return index;
  }

  /** Start and end (exclusive, before any `\r`) byte offsets of record `i`. */
  range(i: number): [number, number] {
    return [this.starts[i]!, this.ends[i]!];
  }

  private push(start: number, end: number): void {
    if (this.count === this.starts.length) {
      const grow = (a: Float64Array): Float64Array => {
        const b = new Float64Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count++;
  }
}

/** Reads records by index from a file through a {@link RecordIndex}, one positioned read each. */
export class RecordReader {
  private fd: number | undefined;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  constructor(
    readonly path: string,
    readonly index: RecordIndex,
  ) {}

  text(i: number): string {
    this.fd ??= openSync(this.path, 'r');
    const [start, end] = this.index.range(i);
    const bytes = Buffer.allocUnsafe(end - start);
    readSync(this.fd, bytes, 0, bytes.length, start);
    const length =
      bytes.length > 0 && bytes[bytes.length - 1] === CARRIAGE_RETURN ? bytes.length - 1 : bytes.length;
    return this.decoder.decode(bytes.subarray(0, length));
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
