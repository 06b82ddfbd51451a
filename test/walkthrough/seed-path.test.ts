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

  it('BART: training lowers the loss and leaves frozen weights alone', () => {
    const loss = output.match(/^\[bart\] loss: (\d+\.\d+) -> (\d+\.\d+) over 30 Adam steps$/m);
    expect(loss).not.toBeNull();
    expect(Number(loss![2])).toBeLessThan(Number(loss![1]));
    expect(output).toMatch(/^\[bart\] frozen weights unchanged: yes$/m);
  });

  it('BART: saves the three checkpoint files, pushes, and the pulled delta predicts identically', () => {
    expect(output).toMatch(/^\[bart\] saved: README\.md, delta\.safetensors, delta_config\.json$/m);
    expect(output).toMatch(
      /^\[bart\] pushed: alice\/bart-adapter-toy revision [0-9a-f]{64} \(\d+ bytes uploaded\)$/m,
    );
    const here = output.match(/^\[bart\] predictions here: +(\[.*\])$/m);
    const pulled = output.match(/^\[bart\] predictions pulled: (\[.*\]) \(separate process, empty cache\)$/m);
    expect(here).not.toBeNull();
    expect(pulled?.[1]).toBe(here![1]);
    expect(output).toMatch(/^\[bart\] identical predictions: yes \(logits equal bit for bit\)$/m);
  });

  it('BERT on text: reviews tokenized with the real tokenizer, a LoRA at its default placement', () => {
    expect(output).toMatch(/^\[bert\] tokenized "[^"]+" -> \[101, (\d+, )+102\]$/m);
    expect(output).toMatch(
      /^\[bert\] delta: LoraModel on attention\.self\.query, attention\.self\.value \(default placement\) -> 4 modules$/m,
    );
  });

  it('BERT on text: training lowers the loss and lifts held-out accuracy by at least 15 points', () => {
    const loss = output.match(/^\[bert\] loss: (\d+\.\d+) -> (\d+\.\d+) over 16 epochs of 256 reviews$/m);
    expect(loss).not.toBeNull();
    expect(Number(loss![2])).toBeLessThan(Number(loss![1]));
    const accuracy = output.match(
      /^\[bert\] accuracy on 64 held-out reviews: (\d\.\d+) before training -> (\d\.\d+) after$/m,
    );
    expect(accuracy).not.toBeNull();
    expect(Number(accuracy![2])).toBeGreaterThanOrEqual(Number(accuracy![1]) + 0.15);
    expect(output).toMatch(/^\[bert\] frozen weights unchanged: yes$/m);
  });

  it('BERT on text: saves and pushes the delta with its tokenizer', () => {
    expect(output).toMatch(
      /^\[bert\] saved: README\.md, delta\.safetensors, delta_config\.json, tokenizer\.json, tokenizer_config\.json$/m,
    );
    expect(output).toMatch(
      /^\[bert\] pushed: alice\/bert-lora-reviews revision [0-9a-f]{64} \(\d+ bytes uploaded\)$/m,
    );
  });

  it('BERT on text: pipeline() in another process classifies as the trained delta, and labels new sentences', () => {
    expect(output).toMatch(
      /^\[bert\] pulled pipeline: identical labels and scores on the 64 held-out reviews \(separate process, empty cache\)$/m,
    );
    const fresh = [
      ...output.matchAll(/^\[bert\] pulled pipeline: "[^"]+" -> (positive|negative) \((\d\.\d+)\)$/gm),
    ];
    expect(fresh).toHaveLength(4);
  });

  it('ends with every check passed', () => {
    expect(output).toMatch(/^seed path: all checks passed$/m);
  });
});
