// s3rver in its own process, for benchmarks (started by lib.mjs's startS3rverProcess): S3 is
// another service than the hub and its clients, so it gets its own event loop as it would in a
// deployment. Stores under argv[2], with a bucket `bench`; reports { port } over IPC once
// listening; closes on 'stop'. With BENCH_S3RVER_CPUS (a taskset CPU list), it first pins all its
// threads to those CPUs; threads started later inherit that.
import S3rver from 's3rver';
import { pinProcess } from './lib.mjs';

if (process.env.BENCH_S3RVER_CPUS) pinProcess(process.pid, process.env.BENCH_S3RVER_CPUS);

const server = new S3rver({
  address: '127.0.0.1',
  port: 0,
  silent: true,
  directory: process.argv[2],
  configureBuckets: [{ name: 'bench' }],
});
const { port } = await server.run();
process.on('message', async (message) => {
  if (message !== 'stop') return;
  await server.close();
  process.exit(0);
});
process.send?.({ port });
