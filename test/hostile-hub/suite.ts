import { afterAll, beforeAll, vi } from 'vitest';
import { honest } from './attacks.js';
import { startHostileHub, type HostileHub } from './hostile-hub.js';
import { CLIENT_ENV } from './pullers.js';
import { makeVictim, type Victim } from './victim.js';

/** What a hostile-hub suite works with; `hub` is set once the suite has started. */
export interface HostileSuite {
  hub: HostileHub;
  /** A fresh cache, pull target and sentinel folders, removed when the suite ends. */
  victim(): Promise<Victim>;
}

/**
 * Registers what every hostile-hub suite shares: the client settings of {@link CLIENT_ENV}, one
 * hostile hub (honest until a test sets its scenario), and victims removed at the end.
 */
export function useHostileHub(): HostileSuite {
  const victims: Victim[] = [];
  const suite = {
    async victim() {
      const v = await makeVictim();
      victims.push(v);
      return v;
    },
  } as HostileSuite;
  beforeAll(async () => {
    for (const [name, value] of Object.entries(CLIENT_ENV)) vi.stubEnv(name, value);
    suite.hub = await startHostileHub(honest());
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await suite.hub?.stop();
    for (const v of victims) await v.cleanup();
  });
  return suite;
}
