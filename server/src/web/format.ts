/** Display formats of the web pages (numbers, sizes, dates), independent of the visitor's locale. */

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];
// Formatters are built once: constructing an Intl.NumberFormat costs more than formatting a page.
const COUNT = new Intl.NumberFormat('en-US');
const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** `1536` → `1.5 KB` (powers of 1024, like file browsers). */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(value < 10 ? 1 : 0)} ${UNITS[unit]}`;
}

/** `1234567` → `1,234,567`. */
export function formatCount(n: number): string {
  return COUNT.format(n);
}

/** `1234567` → `1.2M` for compact badges. */
export function formatCompact(n: number): string {
  return COMPACT.format(n);
}

/** A ratio as a percentage with enough digits to be non-zero: `0.00042` → `0.042%`. */
export function formatPercent(ratio: number): string {
  const pct = ratio * 100;
  if (pct === 0) return '0%';
  const digits = pct >= 10 ? 1 : pct >= 1 ? 2 : Math.min(6, 1 - Math.floor(Math.log10(pct)));
  return `${pct.toFixed(digits)}%`;
}

/** An ISO date as `2026-11-26` (UTC). */
export function formatDate(iso: string): string {
  return iso.slice(0, 10);
}

/** A relative age such as `3 days ago`, from an ISO date and the rendering time. */
export function formatAge(iso: string, now = Date.now()): string {
  const seconds = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  const steps: [number, string][] = [
    [60, 'second'],
    [60, 'minute'],
    [24, 'hour'],
    [30, 'day'],
    [12, 'month'],
  ];
  let value = seconds;
  for (const [size, unit] of steps) {
    if (value < size) return `${value} ${unit}${value === 1 ? '' : 's'} ago`;
    value = Math.floor(value / size);
  }
  return `${value} year${value === 1 ? '' : 's'} ago`;
}
