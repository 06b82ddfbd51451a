#!/usr/bin/env node
// `deltahub`: the command line of the hub client (login, push, pull, info, ls, search).
import { runCli } from './cli.js';

const readStdin = async (): Promise<string> => {
  if (process.stdin.isTTY) process.stderr.write('Paste your token and press Enter, then Ctrl-D: ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  env: process.env,
  isTTY: process.stderr.isTTY === true,
});
