import { describe, expect, it } from 'vitest';
import { REGENERATE, checkReports } from '../../scripts/api-report.mjs';

/**
 * The public surface of every published package (core, client-sdk, server) is committed in its
 * `api-report.md`: changing an export is a deliberate act that shows in review, never a side effect.
 */
describe('the committed API reports', () => {
  it('list exactly what the built packages export', async () => {
    const stale = await checkReports();
    expect(
      stale,
      `The public API changed. If that is intended, run \`${REGENERATE}\` and commit the reports.`,
    ).toEqual([]);
  });
});
