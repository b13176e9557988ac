import { DateTime } from 'luxon';
import type { When } from './seed-types';
import { localToInstant } from './time';

const WEEKDAYS = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 } as const;

/** Resolves a relative time against `now` in the seed's zone. */
export function resolveWhen(when: When, now: number, zone: string): DateTime {
  const today = DateTime.fromMillis(now, { zone }).startOf('day');
  const date = 'week' in when ? today.startOf('week').plus({ weeks: when.week, days: WEEKDAYS[when.day] - 1 }) : today.plus({ days: when.days });
  if (!when.time) return 'week' in when ? date : DateTime.fromMillis(now, { zone }).plus({ days: when.days });
  return DateTime.fromMillis(localToInstant(date, when.time, zone), { zone });
}

