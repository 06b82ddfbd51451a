import { describe, expect, it } from 'vitest';
import { StorageUnavailableError } from '../storage/outage.js';
import { unavailableError } from './unavailable.js';

describe('unavailableError', () => {
  it.each([
    ['the store unreachable', new StorageUnavailableError('down'), 503, 'storage_unavailable'],
    [
      'PostgreSQL ending the connection',
      Object.assign(new Error('wrapped'), { cause: { code: '57P01', message: 'terminating connection' } }),
      503,
      'database_unavailable',
    ],
    [
      'a refused database connect',
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED', syscall: 'connect' }),
      503,
      'database_unavailable',
    ],
    ['Prisma P1001', Object.assign(new Error("Can't reach"), { code: 'P1001' }), 503, 'database_unavailable'],
    ['a full disk', Object.assign(new Error('no space'), { code: 'ENOSPC' }), 507, 'insufficient_storage'],
  ])('maps %s', (_name, err, status, code) => {
    expect(unavailableError(err)).toMatchObject({ status, code });
  });

  it.each([
    ['a programming error', new TypeError('x is undefined')],
    // A client hanging up mid-upload is not an outage of ours.
    ['a client reset', Object.assign(new Error('aborted'), { code: 'ECONNRESET' })],
    ['a unique violation', Object.assign(new Error('Unique constraint failed'), { code: 'P2002' })],
  ])('leaves %s alone', (_name, err) => {
    expect(unavailableError(err)).toBeUndefined();
  });
});
