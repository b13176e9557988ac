import { DateTime } from 'luxon';
import type { DateOrder } from './date-order';

/** What a date matcher found: a day, or two readings of a numeric date that nothing chooses between. */
export type Found = { date: DateTime } | { readings: [DateTime, DateTime] } | null;

export const valid = (date: DateTime): Found => (date.isValid ? { date } : null);

/** A day/month without a year is the next such date, unless it lies at most 30 days before the meeting. */
export function withYear(today: DateTime, month: number, dayOfMonth: number, year?: number): DateTime {
  if (year !== undefined) return DateTime.fromObject({ year: year < 100 ? 2000 + year : year, month, day: dayOfMonth }, { zone: 'utc' });
  const candidate = DateTime.fromObject({ year: today.year, month, day: dayOfMonth }, { zone: 'utc' });
  return candidate.isValid && candidate < today.minus({ days: 30 }) ? candidate.plus({ years: 1 }) : candidate;
}

const NUMERIC = /^(\d{1,2})\s*([./-])\s*(\d{1,2})(?:\2(\d{4}|\d{2}))?\.?$/;

/**
 * "2026-12-04", "4/12", "4.12.2026", "12-4": a numeric date. A dot always puts the day first (no month-first
 * region writes one); with "/" or "-" the order decides. Without an order, a date that reads both ways ("4/12",
 * both numbers at most 12 and different) gives both readings for the caller to list, never one guessed; one that
 * reads one way only ("24/12", "4/4") gives that day, whatever the order.
 */
export function numericDate(s: string, today: DateTime, order: DateOrder | null): Found {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (iso) return valid(DateTime.fromObject({ year: +iso[1]!, month: +iso[2]!, day: +iso[3]! }, { zone: 'utc' }));
  const m = NUMERIC.exec(s);
  if (!m) return null;
  const [a, b] = [+m[1]!, +m[3]!];
  const year = m[4] !== undefined ? +m[4] : undefined;
  const dayFirst = withYear(today, b, a, year);
  const monthFirst = withYear(today, a, b, year);
  // A reading that is no date ("24/12" month first) leaves the other.
  if (!dayFirst.isValid || !monthFirst.isValid) return valid(dayFirst.isValid ? dayFirst : monthFirst);
  if (m[2] === '.' || order === 'dayFirst' || a === b) return { date: dayFirst };
  if (order === 'monthFirst') return { date: monthFirst };
  return { readings: [dayFirst, monthFirst] };
}
