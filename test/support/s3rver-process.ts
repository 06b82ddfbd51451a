/**
 * s3rver in its own process, as S3 is for a real hub. Under the two-hub load, s3rver 3.7 shows
 * filesystem races of its own that real S3 does not have: it lazily hashes a just-written object
 * the hub may already have deleted (an unhandled error), and it removes directories a concurrent
 * put is writing into (worked around below). In a separate process that keeps running past stray
 * errors, these stay s3rver's noise; every byte the hub stored is still verified through the hub.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUCKET = 'deltahub-test';
const SCRIPT = `
import S3rver from 's3rver';
// Keep serving after s3rver's own stray errors, as it does inside a test runner.
process.on('uncaughtException', (err) => console.error('s3rver:', err.message));
const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: process.argv[1],
  configureBuckets: [{ name: '${BUCKET}' }] });
const { port } = await server.run();
console.log('PORT ' + port);
`;

/** A running s3rver process and the settings the hub needs for it. */
export interface S3rverProcess {
  config: { endpoint: string; bucket: string; prefix: string };
  close(): Promise<void>;
}

/** Starts s3rver (from this repository's node_modules) on an ephemeral loopback port. */
export async function startS3rverProcess(): Promise<S3rverProcess> {
  const directory = await mkdtemp(join(tmpdir(), 'deltahub-s3rver-'));
  const child = spawn(
    process.execPath,
    ['--unhandled-rejections=warn', '--input-type=module', '-e', SCRIPT, directory],
    { cwd: dirname(fileURLToPath(import.meta.url)), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /PORT (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`s3rver exited (${code}):\n${out}`)));
  });
  const exited = once(child, 'exit');
  return {
    config: { endpoint: `http://127.0.0.1:${port}`, bucket: BUCKET, prefix: 'hub/' },
    async close() {
      child.kill('SIGTERM');
      await exited;
      await rm(directory, { recursive: true, force: true });
    },
  };
}
