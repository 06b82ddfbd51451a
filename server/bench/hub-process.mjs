// A hub in its own process, for benchmarks (started by lib.mjs's startHubProcess): configured by
// the environment as `main.js` would be, with a user `bench`, so that the process's memory and
// CPU are the server's alone. Reports { url, token } over IPC once listening; closes on 'stop'.
import { loadConfig, startServer } from '../dist/index.js';
import { addUser, createToken } from '../dist/auth/accounts.js';
import { createLogger } from '../dist/log.js';

const hub = await startServer(loadConfig(process.env), createLogger('silent'));
await addUser(hub.context.db, 'bench');
const { token } = await createToken(hub.context.db, 'bench');
process.on('message', async (message) => {
  if (message !== 'stop') return;
  await hub.close();
  process.exit(0);
});
process.send?.({ url: hub.url, token });
