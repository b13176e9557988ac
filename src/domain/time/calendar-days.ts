/**
 * Zone arithmetic on the platform's own Intl (no luxon): what the Team page and the Graph gateways need in the first
 * render of the Teams tab (docs/performance.md, "Bundle budget"). Same results as the luxon versions they replace.
 */

const formats = new Map<string, Intl.DateTimeFormat>();
const formatIn = (zone: string): Intl.DateTimeFormat => {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(zone, format);
  }
  return format;
};

/** Whether the platform knows this IANA zone (as luxon's IANAZone.isValidZone decides it). */
export function isValidZone(zone: string): boolean {
  if (!zone) return false;
  try {
    formatIn(zone);
    return true;
  } catch {
    return false;
  }
}

/** A usable IANA zone: the given one when valid, else UTC (the domain never guesses the machine's zone). */
export const zoneOrUtc = (zone: string | null | undefined): string => (zone && isValidZone(zone) ? zone : 'UTC');

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock time in `zone` at an instant (ms since the epoch). */
export function wallTimeAt(ms: number, zone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of formatIn(zone).formatToParts(new Date(ms))) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour! % 24, minute: parts.minute!, second: parts.second! };
}

/** The zone's offset from UTC in ms at an instant. */
const offsetAt = (ms: number, zone: string): number => {
  const w = wallTimeAt(ms, zone);
  const whole = ms - (((ms % 1000) + 1000) % 1000);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - whole;
};

/**
 * The instant (ms) of a wall-clock time in a zone (luxon's offset correction: a time skipped by a DST change moves
 * forward by the gap; a repeated one resolves to one of its two readings).
 */
export function wallTimeToUtc(wall: WallTime, zone: string, millisecond = 0): number {
  const local = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, millisecond);
  const o1 = offsetAt(local, zone);
  let guess = local - o1;
  const o2 = offsetAt(guess, zone);
  if (o1 === o2) return guess;
  guess -= o2 - o1;
  const o3 = offsetAt(guess, zone);
  if (o2 === o3) return guess;
  return local - Math.max(o2, o3);
}

/** An ISO instant; one without an offset is UTC. NaN when it does not parse. */
const instantMs = (instant: string): number => Date.parse(/T.*([zZ]|[+-]\d\d:?\d\d)$/.test(instant) || !instant.includes('T') ? instant : `${instant}Z`);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The calendar date (YYYY-MM-DD) of an instant in a zone ('' when the instant does not parse). */
export function localDate(instant: string, zone: string): string {
  const ms = instantMs(instant);
  if (Number.isNaN(ms)) return '';
  const w = wallTimeAt(ms, zoneOrUtc(zone));
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** Whole calendar days from one instant's date to another's, both seen in `zone`. */
export function calendarDaysBetween(fromInstant: string, toInstant: string, zone: string): number {
  const from = Date.parse(localDate(fromInstant, zone));
  const to = Date.parse(localDate(toInstant, zone));
  return Math.round((to - from) / 86_400_000);
}
