import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiClient, sha256 } from '@deltahub/testing';
import { startTestHub } from './test-support/hub.js';

const TSX = createRequire(import.meta.url).resolve('tsx');

/** Runs `src/main.ts` as `npm start` does, until it logs its URL; `stop` sends SIGTERM. */
async function startMain(
  env: NodeJS.ProcessEnv,
): Promise<{ url: string; output: () => string; stop: () => Promise<number | null> }> {
  const dir = await mkdtemp(join(tmpdir(), 'deltahub-main-'));
  const child = spawn(process.execPath, ['--import', TSX, new URL('./main.ts', import.meta.url).pathname], {
    env: { ...process.env, DELTAHUB_DATA: dir, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const m = /deltahub listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', () => reject(new Error(`server exited early:\n${output}`)));
  }).catch(async (err: unknown) => {
    await rm(dir, { recursive: true, force: true });
    throw err;
  });
  return {
    url,
    output: () => output,
    async stop() {
      child.kill('SIGTERM');
      const [code] = (await once(child, 'exit')) as [number | null];
      await rm(dir, { recursive: true, force: true });
      return code;
    },
  };
}

describe('server lifecycle', () => {
  it('starts from the environment with migrations, logs its URL, and stops on SIGTERM', async () => {
    const main = await startMain({});
    try {
      expect(main.output()).toContain('applied index migration');
      expect((await fetch(`${main.url}/health`)).status).toBe(200);
    } finally {
      expect(await main.stop()).toBe(0);
    }
  });

  it('logs lines a person can read on a terminal, the first saying where the data lives', async () => {
    const main = await startMain({ LOG_FORMAT: 'pretty', LOG_LEVEL: 'info' });
    try {
      await new Promise((resolve) => setTimeout(resolve, 200)); // the line after the URL
      const lines = main.output().trimEnd().split('\n');
      expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d INFO {2}index: SQLite .*index\.db; blobs: files under /);
      expect(lines).toContainEqual(
        expect.stringMatching(/^\d\d:\d\d:\d\d INFO {2}deltahub listening on http:/),
      );
      expect(lines).toContainEqual(expect.stringMatching(/INFO {2}no accounts yet: /));
      expect(main.output()).not.toContain('{"level"');
    } finally {
      await main.stop();
    }
  });

  it('lets an in-flight upload finish during graceful shutdown', async () => {
    const hub = await startTestHub({ db: 'sqlite', storage: 'fs' });
    try {
      const alice = new ApiClient(hub.url, await hub.user('alice'));
      await alice.json('POST', '/api/repos', { name: 'slow' });
      const chunk = new Uint8Array(64 * 1024).fill(7);
      const chunks = 10;
      const whole = new Uint8Array(chunk.length * chunks).fill(7);
      let sent = 0;
      let closing: Promise<void> | undefined;
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (sent === chunks) return controller.close();
          await new Promise((r) => setTimeout(r, 30));
          if (sent === 3) closing = hub.close(10_000); // shutdown starts mid-upload
          sent++;
          controller.enqueue(chunk);
        },
      });
      const res = await fetch(`${hub.url}/api/repos/alice/slow/blobs/${sha256(whole)}?size=${whole.length}`, {
        method: 'PUT',
        headers: alice.headers(),
        body,
        duplex: 'half',
      } as RequestInit);
      expect(res.status).toBe(201);
      await res.arrayBuffer();
      await closing;
      // New connections are refused once the server has stopped.
      await expect(fetch(`${hub.url}/health`)).rejects.toThrow();
    } finally {
      await hub.stop();
    }
  });
});
