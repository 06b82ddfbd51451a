/**
 * Run in a fresh process (`node --import tsx pull-child.ts <arch>=<repo>...`) with DELTAHUB_URL,
 * DELTAHUB_TOKEN and an empty DELTAHUB_CACHE: pulls each delta from the hub onto a freshly loaded
 * tiny backbone of `arch` and prints one line `@@RESULT@@` + JSON {@link PullChildResult}: per repo,
 * the outputs as base64 of their float32 bytes, or the error that reapplying threw (so one failing
 * case does not hide the others).
 */
import { AutoDeltaModel } from '../index.js';
import { ARCHS, loadTiny, outputsOf, type Arch } from './tiny.js';

/** What the child reports for one repo. */
export type PullChildOutcome =
  { outputs: Record<string, string> } | { error: { code: string | undefined; message: string } };

/** What the child prints after `@@RESULT@@`: outcomes by repo id. */
export type PullChildResult = Record<string, PullChildOutcome>;

const result: PullChildResult = {};
for (const arg of process.argv.slice(2)) {
  const [arch, repo] = arg.split('=') as [Arch, string];
  if (!ARCHS.includes(arch) || !repo) throw new Error(`pull-child: expected <arch>=<repo>, got '${arg}'`);
  const model = await loadTiny(arch);
  try {
    await AutoDeltaModel.fromFinetuned(repo, { backboneModel: model, onWarning: () => {} });
    const outputs: Record<string, string> = {};
    for (const [name, values] of outputsOf(model, arch)) {
      outputs[name] = Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
    }
    result[repo] = { outputs };
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    result[repo] = { error: { code, message } };
  } finally {
    model.dispose();
  }
}
process.stdout.write(`\n@@RESULT@@${JSON.stringify(result)}\n`);
