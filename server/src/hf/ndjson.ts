import type { Readable } from 'node:stream';
import { badRequest, HubError } from '../errors.js';

/** Limits of an NDJSON body: the whole body, one line, and how many lines (blank ones included). */
export interface NdjsonLimits {
  maxBytes: number;
  maxLineBytes: number;
  /** Blank lines cost no operation but still take work to skip: they count here. */
  maxLines: number;
}

/** One parsed line, numbered from 1. */
export interface NdjsonLine {
  line: number;
  value: unknown;
}

const NEWLINE = 0x0a;

const lineTooLong = (line: number, limits: NdjsonLimits): HubError =>
  new HubError(413, 'too_large', `line ${line} is over the ${limits.maxLineBytes}-byte limit`);

/**
 * Parses a newline-delimited JSON stream line by line, without buffering more than one line. A
 * body, line or line count over its limit is refused with 413 as soon as it is seen; a line that
 * is not JSON is a 400 naming its number. Blank lines are skipped.
 */
export async function* readNdjson(body: Readable, limits: NdjsonLimits): AsyncGenerator<NdjsonLine> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let total = 0;
  let line = 0;
  const parse = (bytes: Buffer): NdjsonLine | undefined => {
    if (++line > limits.maxLines)
      throw new HubError(413, 'too_large', `the commit body has more than ${limits.maxLines} lines`);
    const text = bytes.toString('utf8').trim();
    if (text === '') return undefined;
    try {
      return { line, value: JSON.parse(text) as unknown };
    } catch (err) {
      throw badRequest('invalid_ndjson', `line ${line}: not valid JSON (${(err as Error).message})`);
    }
  };
  for await (const chunk of body as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > limits.maxBytes)
      throw new HubError(413, 'too_large', `the commit body is over the ${limits.maxBytes}-byte limit`);
    let start = 0;
    for (let nl = chunk.indexOf(NEWLINE); nl !== -1; nl = chunk.indexOf(NEWLINE, start)) {
      if (pendingBytes + nl - start > limits.maxLineBytes) throw lineTooLong(line + 1, limits);
      pending.push(chunk.subarray(start, nl));
      const parsed = parse(Buffer.concat(pending));
      pending = [];
      pendingBytes = 0;
      start = nl + 1;
      if (parsed) yield parsed;
    }
    if (start < chunk.length) {
      pending.push(chunk.subarray(start));
      pendingBytes += chunk.length - start;
    }
    if (pendingBytes > limits.maxLineBytes) throw lineTooLong(line + 1, limits);
  }
  if (pendingBytes > 0) {
    const parsed = parse(Buffer.concat(pending));
    if (parsed) yield parsed;
  }
}
