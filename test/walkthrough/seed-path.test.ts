import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const testRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('walkthrough/seed-path.ts (embedded hub)', () => {
  let output: string;

  beforeAll(async () => {
    // As a user runs it; no DELTAHUB_URL, so the script starts its own hub. A failed check exits 1,
    // which rejects here with the script's output.
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env['DELTAHUB_URL'];
    delete env['DELTAHUB_TOKEN'];
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'walkthrough/seed-path.ts'],
      {
        cwd: testRoot,
        env,
        timeout: 170_000,
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    output = stdout;
  }, 180_000);

  it('starts an embedded hub and signs a user up', () => {
    expect(output).toMatch(
      /^hub: http:\/\/127\.0\.0\.1:\d+ \(embedded, SQLite \+ files in a temp folder\) as alice$/m,
    );
  });

  it('BART: structure graph, adapter on fc2, log, freeze with the seed exclusions', () => {
    expect(output).toMatch(/^\[bart\] model: BartForSequenceClassification/m);
    expect(output).toMatch(/── fc2 \(Linear\) weight:\[32, 37\] bias:\[32\]/);
    expect(output).toMatch(/^\[bart\] delta: AdapterModel on fc2 -> 4 modules$/m);
    // log() marks the adapter's parameters and prints the ratios.
    expect(output).toMatch(/── adapter \(AdapterLayer\)$/m);
    expect(output).toMatch(/── down_proj \(Linear\) weight:\[12, 32\] bias:\[12\] \[delta\]$/m);
    expect(output).toMatch(/^Delta Parameter Ratio: \d+\/\d+=/m);
    expect(output).toMatch(
      /^\[bart\] frozen all but deltas, layernorm_embedding: \d+ of \d+ parameters trainable$/m,
    );
  });

  it('BERT: the adapter at its default placement', () => {
    expect(output).toMatch(/^\[bert\] delta: AdapterModel on .* \(default placement\) -> 4 modules$/m);
  });

  it.each(['bart', 'bert'])('%s: training lowers the loss and leaves frozen weights alone', (arch) => {
    const loss = output.match(
      new RegExp(`^\\[${arch}\\] loss: (\\d+\\.\\d+) -> (\\d+\\.\\d+) over 30 Adam steps$`, 'm'),
    );
    expect(loss).not.toBeNull();
    expect(Number(loss![2])).toBeLessThan(Number(loss![1]));
    expect(output).toMatch(new RegExp(`^\\[${arch}\\] frozen weights unchanged: yes$`, 'm'));
  });

  it.each(['bart', 'bert'])('%s: saves the three checkpoint files and pushes a revision', (arch) => {
    expect(output).toMatch(
      new RegExp(`^\\[${arch}\\] saved: README\\.md, delta\\.safetensors, delta_config\\.json$`, 'm'),
    );
    expect(output).toMatch(
      new RegExp(
        `^\\[${arch}\\] pushed: alice/${arch}-adapter-toy revision [0-9a-f]{64} \\(\\d+ bytes uploaded\\)$`,
        'm',
      ),
    );
  });

  it.each(['bart', 'bert'])('%s: the delta pulled in another process predicts identically', (arch) => {
    const here = output.match(new RegExp(`^\\[${arch}\\] predictions here: +(\\[.*\\])$`, 'm'));
    const pulled = output.match(
      new RegExp(`^\\[${arch}\\] predictions pulled: (\\[.*\\]) \\(separate process, empty cache\\)$`, 'm'),
    );
    expect(here).not.toBeNull();
    expect(pulled?.[1]).toBe(here![1]);
    expect(output).toMatch(
      new RegExp(`^\\[${arch}\\] identical predictions: yes \\(logits equal bit for bit\\)$`, 'm'),
    );
  });

  it('ends with every check passed', () => {
    expect(output).toMatch(/^seed path: all checks passed$/m);
  });
});
