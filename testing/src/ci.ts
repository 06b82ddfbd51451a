/**
 * Whether the tests run in CI, where a missing service (PostgreSQL, Chromium, a tmpfs) must fail the
 * run instead of skipping its suites. CI systems spell it differently (`CI=true` on GitHub Actions,
 * `CI=1` elsewhere), so every usual truthy value counts; unset, empty, `0`, `false`, `no` and `off`
 * do not.
 */
export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = (env['CI'] ?? '').trim().toLowerCase();
  return value !== '' && !['0', 'false', 'no', 'off'].includes(value);
}
