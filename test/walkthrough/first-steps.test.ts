import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const testRoot = join(here, '..');
const coreDist = join(testRoot, '..', 'core', 'dist', 'index.js');

/** Runs the walkthrough as a user would (`node --import tsx walkthrough/first-steps.ts`). */
async function runWalkthrough(env: Record<string, string> = {}): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'walkthrough/first-steps.ts'],
    {
      cwd: testRoot,
      env: { ...process.env, ...env },
      timeout: 110_000,
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  return stdout;
}

describe('walkthrough/first-steps.ts', () => {
  let output: string;

  beforeAll(async () => {
    if (!existsSync(coreDist)) {
      throw new Error(
        `@deltahub/core is not built (${coreDist} missing): run \`npx tsc -p tsconfig.build.json\` in core.`,
      );
    }
    output = await runWalkthrough();
  }, 120_000);

  it('prints the selected backend', () => {
    expect(output).toMatch(/^backend: (tensorflow|wasm|cpu)\b/m);
  });

  it('loads the tiny BART as BartForSequenceClassification and says the head is new', () => {
    expect(output).toMatch(
      /^model: BartForSequenceClassification from .*hf-tiny[/\\]bart \([\d,]+ parameters\)$/m,
    );
    expect(output).toMatch(/newly initialised/);
    expect(output).toContain('classification_head.out_proj.weight');
  });

  it('prints the folded structure graph with types, shapes and marks', () => {
    expect(output).toMatch(/^structure graph:\nroot$/m);
    // Identical layers fold into one line; the names on it are what delta methods target.
    expect(output).toMatch(/└── 0-1\(BartEncoderLayer\)$/m);
    expect(output).toMatch(/^.*── fc2 \(Linear\) weight:\[32, 37\] bias:\[32\] \[trainable\]$/m);
    expect(output).toMatch(/── self_attn,encoder_attn\(BartAttention\)$/m);
    expect(output).toMatch(
      /── k_proj,v_proj,q_proj,out_proj\(Linear\) weight:\[32, 32\] bias:\[32\] \[trainable\]$/m,
    );
    expect(output).toMatch(/^└── classification_head \(BartClassificationHead\)$/m);
  });

  it('prints logits with 2 rows of 3 labels and a predicted label per row', () => {
    expect(output).toMatch(/^logits \[2, 3\]:$/m);
    const rows = output.match(/^ {2}row \d: \[\s?-?\d+\.\d{4}(, \s?-?\d+\.\d{4}){2}\]$/gm);
    expect(rows).toHaveLength(2);
    expect(output).toMatch(/^predicted labels: row 0 -> LABEL_\d \(id \d\), row 1 -> LABEL_\d \(id \d\)$/m);
  });

  it('honours DELTAHUB_BACKEND', async () => {
    const cpu = await runWalkthrough({ DELTAHUB_BACKEND: 'cpu' });
    expect(cpu).toMatch(/^backend: cpu$/m);
    expect(cpu).toMatch(/^logits \[2, 3\]:$/m);
  }, 120_000);
});
