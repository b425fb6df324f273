// Small helpers for the benchmark: timing, percentiles, a results table.
export const now = () => performance.now();

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export interface Figure { name: string; value: number; unit: string; goal?: string; met?: boolean }

export function printFigures(figures: Figure[]): void {
  const rows = figures.map((f) => [f.name, `${Number.isInteger(f.value) ? f.value : f.value.toFixed(2)} ${f.unit}`, f.goal ?? '', f.met === undefined ? '' : f.met ? 'met' : 'NOT met']);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), 4));
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
}
