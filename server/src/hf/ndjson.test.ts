import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readNdjson, type NdjsonLimits } from './ndjson.js';

const LIMITS: NdjsonLimits = { maxBytes: 1000, maxLineBytes: 100, maxLines: 50 };

async function collect(chunks: string[], limits = LIMITS): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const line of readNdjson(Readable.from(chunks.map((c) => Buffer.from(c))), limits))
    out.push(line);
  return out;
}

describe('readNdjson', () => {
  it('numbers lines across chunk boundaries, skips blank lines, reads a last line without newline', async () => {
    expect(await collect(['{"a":', '1}\n\n{"b"', ':2}\n[3', ']'])).toEqual([
      { line: 1, value: { a: 1 } },
      { line: 3, value: { b: 2 } },
      { line: 4, value: [3] },
    ]);
  });

  it('names the line that is not JSON', async () => {
    await expect(collect(['{"a":1}\n{"b":\n'])).rejects.toMatchObject({
      status: 400,
      code: 'invalid_ndjson',
      message: expect.stringMatching(/^line 2: /),
    });
  });

  it('refuses a line over the limit with 413, within one chunk or across chunks', async () => {
    const long = `"${'x'.repeat(120)}"`;
    await expect(collect([`1\n${long}\n`])).rejects.toMatchObject({ status: 413, message: /line 2/ });
    await expect(collect(['1\n', long.slice(0, 60), long.slice(60)])).rejects.toMatchObject({ status: 413 });
  });

  it('refuses a body over the limit with 413 before reading the rest', async () => {
    let pulled = 0;
    const body = Readable.from(
      (function* () {
        for (let i = 0; i < 100; i++) {
          pulled++;
          yield Buffer.from('{"k":"0123456789012345678901234567890123456789"}\n');
        }
      })(),
    );
    const lines = (async () => {
      for await (const line of readNdjson(body, LIMITS)) void line;
    })();
    await expect(lines).rejects.toMatchObject({ status: 413, code: 'too_large' });
    expect(pulled).toBeLessThan(100);
  });

  it('refuses more lines than the limit, blank ones included, before parsing the next', async () => {
    const lines = collect(['1\n', '\n'.repeat(48), '2\n', '3\n'], { ...LIMITS, maxLines: 50 });
    await expect(lines).rejects.toMatchObject({
      status: 413,
      code: 'too_large',
      message: 'the commit body has more than 50 lines',
    });
    expect(await collect(['1\n', '\n'.repeat(48), '2\n'], { ...LIMITS, maxLines: 50 })).toHaveLength(2);
  });
});
