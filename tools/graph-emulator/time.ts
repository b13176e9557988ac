import { DateTime, IANAZone } from 'luxon';
import { findIana } from 'windows-iana';
import { GraphError } from './http';

/** The zone a response is rendered in: the `Prefer: outlook.timezone` value as sent, and its IANA equivalent. */
export interface OutputZone {
  label: string;
  iana: string;
}

export const UTC_ZONE: OutputZone = { label: 'UTC', iana: 'UTC' };

/** Graph accepts Windows names ("W. Europe Standard Time") and IANA names; unknown names are a 400. */
export function resolveZone(name: string | undefined): OutputZone {
  if (!name) return UTC_ZONE;
  if (name === 'UTC' || name === 'Etc/UTC') return { label: name, iana: 'UTC' };
  if (IANAZone.isValidZone(name)) return { label: name, iana: name };
  const iana = findIana(name)[0];
  if (iana && IANAZone.isValidZone(iana)) return { label: name, iana };
  throw new GraphError(
    400,
    'TimeZoneNotSupportedException',
    `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${name}'.`,
  );
}

/** Graph's dateTimeTimeZone text: local wall time without offset, seven fractional digits. */
export function wallTime(instant: number, zone: string): string {
  return `${DateTime.fromMillis(instant, { zone }).toFormat("yyyy-MM-dd'T'HH:mm:ss")}.0000000`;
}

/** UTC ISO with 'Z' as Graph writes DateTimeOffset values (createdDateTime, originalStart). */
export function offsetTime(instant: number): string {
  return new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * A query-string or body time: with an offset or 'Z' it is absolute; without, it is wall time in `zone`.
 * Returns NaN when unreadable.
 */
export function parseInstant(text: string, zone: string): number {
  const hasOffset = /([zZ]|[+-]\d\d:?\d\d)$/.test(text);
  const parsed = hasOffset ? DateTime.fromISO(text, { setZone: true }) : DateTime.fromISO(text, { zone });
  return parsed.isValid ? parsed.toMillis() : Number.NaN;
}

/** A body's `{ dateTime, timeZone }` to an instant. */
export function fromDateTimeTimeZone(value: unknown): number {
  const dtz = value as { dateTime?: unknown; timeZone?: unknown } | null;
  if (!dtz || typeof dtz.dateTime !== 'string') return Number.NaN;
  const zone = resolveZone(typeof dtz.timeZone === 'string' ? dtz.timeZone : 'UTC');
  return parseInstant(dtz.dateTime, zone.iana);
}

/** Local wall-clock parts to an instant (DST-correct). */
export function localToInstant(date: DateTime, time: string, zone: string): number {
  const [hour, minute] = time.split(':').map(Number);
  return DateTime.fromObject(
    { year: date.year, month: date.month, day: date.day, hour: hour ?? 0, minute: minute ?? 0 },
    { zone },
  ).toMillis();
}

/** The floating date (YYYY-MM-DD) of an all-day event stored as UTC midnight. */
export function floatingDate(instant: number): string {
  return new Date(instant).toISOString().slice(0, 10);
}

/** The instant a floating date's midnight falls on in `zone` (all-day events are not converted, only placed). */
export function floatingToInstant(instant: number, zone: string): number {
  return DateTime.fromISO(floatingDate(instant), { zone }).toMillis();
}

export function localDate(instant: number, zone: string): string {
  return DateTime.fromMillis(instant, { zone }).toFormat('yyyy-MM-dd');
}
