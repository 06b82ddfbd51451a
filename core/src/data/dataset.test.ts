import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REVIEWS_CSV } from '../training/test-support/setup.js';
import { Dataset } from './dataset.js';
import { loadDataset } from './load-dataset.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deltahub-datasets-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ROWS = Array.from({ length: 25 }, (_, i) => ({ text: `row ${i}`, label: i % 3 }));

describe('loadDataset', () => {
  it('reads JSON Lines lazily by row index, skipping blank lines and CRLF endings', async () => {
    const path = join(dir, 'rows.jsonl');
    await writeFile(path, ROWS.map((r) => JSON.stringify(r)).join('\r\n') + '\n\n');
    const ds = await loadDataset(path);
    expect(ds.numRows).toBe(25);
    expect(ds.columnNames).toEqual(['text', 'label']);
    expect(await ds.rows([24, 0, 7])).toEqual([ROWS[24], ROWS[0], ROWS[7]]);
    expect(await ds.toArray()).toEqual(ROWS);
  });

  it('reads CSV with quoted commas, quotes and newlines, typing all-number columns as numbers', async () => {
    const path = join(dir, 'rows.csv');
    await writeFile(path, 'text,label,score\n"a, b",1,0.5\n"say ""hi""\nthen go",0,\nplain,2,-1e3\n');
    const ds = await loadDataset(path);
    expect(await ds.toArray()).toEqual([
      { text: 'a, b', label: 1, score: 0.5 },
      { text: 'say "hi"\nthen go', label: 0, score: null },
      { text: 'plain', label: 2, score: -1000 },
    ]);
    const reviews = await loadDataset(REVIEWS_CSV);
    expect(reviews.numRows).toBe(300);
    expect(await reviews.row(1)).toEqual({
      text: 'the ending was so brilliant, would watch again',
      label: 1,
    });
  });

  it('reads Parquet across row groups (hyparquet), 64-bit integers as numbers', async () => {
    const path = join(dir, 'rows.parquet');
    const buffer = parquetWriteBuffer({
      columnData: [
        { name: 'text', data: ROWS.map((r) => r.text), type: 'STRING' },
        { name: 'label', data: ROWS.map((r) => BigInt(r.label)), type: 'INT64' },
      ],
      rowGroupSize: 10,
    });
    await writeFile(path, new Uint8Array(buffer));
    const ds = await loadDataset(path);
    expect(ds.numRows).toBe(25);
    expect(await ds.rows([3, 21, 12])).toEqual([ROWS[3], ROWS[21], ROWS[12]]);
  });

  it('reads a folder of files in name order, and names what is wrong', async () => {
    const folder = join(dir, 'folder');
    await mkdir(folder);
    await writeFile(join(folder, 'b.jsonl'), JSON.stringify({ text: 'second', label: 1 }) + '\n');
    await writeFile(join(folder, 'a.csv'), 'text,label\nfirst,0\n');
    await writeFile(join(folder, 'notes.txt'), 'ignored');
    expect(await (await loadDataset(folder)).toArray()).toEqual([
      { text: 'first', label: 0 },
      { text: 'second', label: 1 },
    ]);
    await expect(loadDataset(join(dir, 'missing.jsonl'))).rejects.toMatchObject({
      code: 'DATASET_NOT_FOUND',
    });
    await writeFile(join(dir, 'data.txt'), 'x');
    await expect(loadDataset(join(dir, 'data.txt'))).rejects.toMatchObject({
      code: 'DATASET_UNSUPPORTED_FORMAT',
    });
    const broken = join(dir, 'broken.jsonl');
    await writeFile(broken, '{"text": "ok"}\n{"text": \n');
    const ds = await loadDataset(broken);
    await expect(ds.row(1)).rejects.toMatchObject({
      code: 'DATASET_BAD_ROW',
      message: expect.stringMatching(/broken\.jsonl: record 2/),
    });
    const ragged = join(dir, 'ragged.csv');
    await writeFile(ragged, 'a,b\n1,2\n3\n');
    await expect(loadDataset(ragged)).rejects.toMatchObject({
      code: 'DATASET_BAD_ROW',
      message: expect.stringMatching(/record 3 has 1 fields/),
    });
  });
});

describe('Dataset', () => {
  const ds = Dataset.fromRows(ROWS);

  it('maps row by row or in batches, lazily, with removed columns', async () => {
    let calls = 0;
    const mapped = await ds.map(
      (batch) => {
        calls++;
        return { length: (batch['text'] as string[]).map((t) => t.length) };
      },
      { batched: true, removeColumns: ['text'] },
    );
    expect(mapped.columnNames).toEqual(['label', 'length']);
    expect(calls).toBe(1); // only the first row, to learn the columns
    expect(await mapped.rows([0, 12])).toEqual([
      { label: 0, length: 5 },
      { label: 0, length: 6 },
    ]);
    const doubled = await ds.map((row) => ({ label: (row['label'] as number) * 2 }));
    expect((await doubled.column('label')).slice(0, 4)).toEqual([0, 2, 4, 0]);
    await expect(
      ds.map(() => ({ x: [1] }), { batched: true }).then((d) => d.rows([0, 1])),
    ).rejects.toMatchObject({
      code: 'DATASET_MAP_INVALID',
    });
  });

  it('filters, shuffles with a seed, selects, splits and renames', async () => {
    const twos = await ds.filter((row) => row['label'] === 2);
    expect(await twos.column('text')).toEqual([
      'row 2',
      'row 5',
      'row 8',
      'row 11',
      'row 14',
      'row 17',
      'row 20',
      'row 23',
    ]);
    const a = await ds.shuffle({ seed: 7 }).column('text');
    const b = await ds.shuffle({ seed: 7 }).column('text');
    const c = await ds.shuffle({ seed: 8 }).column('text');
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect([...a].sort()).toEqual(ROWS.map((r) => r.text).sort());
    expect(await ds.select([4, 2]).column('label')).toEqual([1, 2]);
    const { train, test } = ds.trainTestSplit({ testSize: 0.2, seed: 1 });
    expect([train.numRows, test.numRows]).toEqual([20, 5]);
    const all = [...(await train.column('text')), ...(await test.column('text'))];
    expect(new Set(all).size).toBe(25);
    const renamed = ds.renameColumn('label', 'labels');
    expect(renamed.columnNames).toEqual(['text', 'labels']);
    expect(await renamed.row(4)).toEqual({ text: 'row 4', labels: 1 });
    expect(() => ds.renameColumn('nope', 'x')).toThrow(
      expect.objectContaining({ code: 'DATASET_MISSING_COLUMN' }),
    );
    expect(() => ds.trainTestSplit({ testSize: 25 })).toThrow(
      expect.objectContaining({ code: 'DATASET_BAD_ARGUMENT' }),
    );
  });

  it('iterates in batches, dropping the last short one on request', async () => {
    const sizes: number[] = [];
    for await (const batch of ds.iter({ batchSize: 10 })) sizes.push(batch.length);
    expect(sizes).toEqual([10, 10, 5]);
    const dropped: number[] = [];
    for await (const batch of ds.iter({ batchSize: 10, dropLast: true })) dropped.push(batch.length);
    expect(dropped).toEqual([10, 10]);
  });
});
