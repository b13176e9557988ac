/**
 * One measured figure of `npm run bench`: its value beside its budget and the baseline measured in the same run.
 * A figure whose code is not there yet says so (`notMeasured`) instead of showing a number.
 */
export interface Figure {
  group: string;
  figure: string;
  unit: string;
  value: number | null;
  /** `max`: value ≤ limit passes; `equals`: value = limit passes; null: reported only. */
  budget: { kind: 'max' | 'equals'; limit: number } | null;
  baseline: number | null;
  baselineLabel?: string;
  notMeasured?: string;
  note?: string;
  /** Shown instead of the number (a yes/no figure is 1 or 0 against `equals 1`). */
  valueText?: string;
}

export const passes = (f: Figure): boolean | null => {
  if (f.value === null || !f.budget) return null;
  return f.budget.kind === 'max' ? f.value <= f.budget.limit : f.value === f.budget.limit;
};

const show = (value: number | null, unit: string): string => {
  if (value === null) return '–';
  const digits = Math.abs(value) >= 100 || Number.isInteger(value) ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)}${unit ? ` ${unit}` : ''}`;
};

export function tableRows(figures: Figure[]): Array<Record<string, string>> {
  return figures.map((f) => {
    const pass = passes(f);
    return {
      figure: `${f.group}: ${f.figure}`,
      value: f.notMeasured ? `not measured (${f.notMeasured})` : (f.valueText ?? show(f.value, f.unit)),
      budget: f.budget ? (f.valueText && f.budget.kind === 'equals' ? (f.budget.limit === 1 ? 'yes' : 'no') : `${f.budget.kind === 'max' ? '≤' : '='} ${show(f.budget.limit, f.unit)}`) : 'report',
      baseline: f.baseline === null ? '–' : `${show(f.baseline, f.unit)}${f.baselineLabel ? ` (${f.baselineLabel})` : ''}`,
      pass: pass === null ? (f.notMeasured ? '–' : 'report') : pass ? 'yes' : 'NO',
    };
  });
}

/** A plain-text table (console.table prints quotes and indexes; this is for people). */
export function formatTable(figures: Figure[]): string {
  const rows = tableRows(figures);
  const columns = ['figure', 'value', 'budget', 'baseline', 'pass'] as const;
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] as number)).join('  ');
  return [line([...columns]), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(columns.map((c) => r[c] ?? '')))].join('\n');
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
