/**
 * A TCP relay in front of a dependency (PostgreSQL, S3) that a test can cut: `cut()` resets every
 * open connection and refuses new ones, as a network partition or a dead host would; `restore()`
 * accepts again. The relay keeps its port, so the hub's configuration never changes.
 */
import { createConnection, createServer, type Server, type Socket } from 'node:net';

/** A cuttable relay to `127.0.0.1:targetPort`. */
export interface TcpProxy {
  port: number;
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

/** Starts a relay on an ephemeral loopback port. */
export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let up = true;
  const server: Server = createServer((client) => {
    if (!up) {
      client.resetAndDestroy();
      return;
    }
    const upstream = createConnection({ host: '127.0.0.1', port: targetPort });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    port,
    cut() {
      up = false;
      for (const s of sockets) s.resetAndDestroy();
    },
    restore() {
      up = true;
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
