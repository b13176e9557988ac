/**
 * The one list of instants and machine time zones the date-sensitive tests run under (docs/testing.md, "The pinned
 * clock and the clock matrix"). `npm test` runs one instant, chosen from the real date so that a week of CI covers
 * every weekday; `npm run test:clock` runs them all, under every zone. Nothing else in the tests reads the real date.
 *
 * The times are chosen where a date bug shows: each weekday in the seed's zone (Europe/Stockholm) in the morning and in
 * the evening (when Auckland is already on the next day and Los Angeles still on the previous one), the turn of the
 * year in an ISO week-53 year (2026 has a week 53: 28 Dec 2026 to 3 Jan 2027), and the hours after each spring and
 * autumn DST change of Europe/Stockholm, Asia/Jerusalem and America/Los_Angeles.
 */
export interface ClockInstant {
  /** A short name to ask for the instant by (`RAPPORT_TEST_NOW=thu-evening`) and to print. */
  label: string;
  /** The instant, UTC. */
  iso: string;
}

export const CLOCK_INSTANTS: readonly ClockInstant[] = [
  // One week, Monday 30 Nov to Sunday 6 Dec 2026: 08:30 and 21:30 in Stockholm (UTC+1).
  { label: 'mon-morning', iso: '2026-11-30T07:30:00Z' },
  { label: 'mon-evening', iso: '2026-11-30T20:30:00Z' },
  { label: 'tue-morning', iso: '2026-12-01T07:30:00Z' },
  { label: 'tue-evening', iso: '2026-12-01T20:30:00Z' },
  { label: 'wed-morning', iso: '2026-12-02T07:30:00Z' },
  { label: 'wed-evening', iso: '2026-12-02T20:30:00Z' },
  { label: 'thu-morning', iso: '2026-12-03T07:30:00Z' },
  { label: 'thu-evening', iso: '2026-12-03T20:30:00Z' },
  { label: 'fri-morning', iso: '2026-12-04T07:30:00Z' },
  { label: 'fri-evening', iso: '2026-12-04T20:30:00Z' },
  { label: 'sat-morning', iso: '2026-12-05T07:30:00Z' },
  { label: 'sat-evening', iso: '2026-12-05T20:30:00Z' },
  { label: 'sun-morning', iso: '2026-12-06T07:30:00Z' },
  { label: 'sun-evening', iso: '2026-12-06T20:30:00Z' },
  // The turn of the year, inside ISO week 53 of 2026.
  { label: 'dec-30-afternoon', iso: '2026-12-30T15:00:00Z' },
  { label: 'dec-31-late', iso: '2026-12-31T22:45:00Z' },
  { label: 'jan-1-morning', iso: '2027-01-01T09:00:00Z' },
  { label: 'jan-3-week-53-sunday', iso: '2027-01-03T11:00:00Z' },
  // DST changes, a few hours after each (autumn 2026, spring 2027).
  { label: 'dst-stockholm-autumn', iso: '2026-10-25T06:00:00Z' },
  { label: 'dst-jerusalem-autumn', iso: '2026-10-25T05:00:00Z' },
  { label: 'dst-los-angeles-autumn', iso: '2026-11-01T17:00:00Z' },
  { label: 'dst-los-angeles-spring', iso: '2027-03-14T17:00:00Z' },
  { label: 'dst-jerusalem-spring', iso: '2027-03-26T06:00:00Z' },
  { label: 'dst-stockholm-spring', iso: '2027-03-28T06:00:00Z' },
];

/** The machine time zones (`TZ`) the node processes run under in the matrix. */
export const CLOCK_ZONES: readonly string[] = ['UTC', 'Asia/Jerusalem', 'Pacific/Auckland', 'America/Los_Angeles'];

/** The browser's time zone in e2e: the seed's, as a manager of the seeded team would have it. */
export const BROWSER_ZONE = 'Europe/Stockholm';

const DAY_MS = 86_400_000;

/** The instant `npm test` uses on a given real day: the list in turn, one per day, so a week of runs covers a week. */
export function instantOfTheDay(realNow: number): ClockInstant {
  const dayNumber = Math.floor(realNow / DAY_MS);
  return CLOCK_INSTANTS[dayNumber % CLOCK_INSTANTS.length]!;
}

/** An instant by label or ISO text (`RAPPORT_TEST_NOW`); an unknown label is an error, not a silent default. */
export function findInstant(text: string): ClockInstant {
  const byLabel = CLOCK_INSTANTS.find((i) => i.label === text);
  if (byLabel) return byLabel;
  if (!Number.isNaN(Date.parse(text)) && /\d{4}-\d\d-\d\dT/.test(text)) return { label: text, iso: new Date(text).toISOString() };
  throw new Error(`RAPPORT_TEST_NOW=${text} is neither an ISO instant nor one of: ${CLOCK_INSTANTS.map((i) => i.label).join(', ')}`);
}

/**
 * The instant this run is pinned to: `RAPPORT_TEST_NOW` when set (the matrix sets it; a failing run prints it, so set
 * it to replay), else the instant of the day. Reading the real date here, once, is the only place tests do.
 */
export function pinnedInstant(env: Record<string, string | undefined> = process.env): ClockInstant {
  const asked = env.RAPPORT_TEST_NOW;
  return asked ? findInstant(asked) : instantOfTheDay(Date.now());
}

/**
 * The instants a date-sensitive suite runs under: all of them when `RAPPORT_CLOCK_MATRIX=all` (the matrix), else the
 * pinned one. Suites use it as `describe.each(clockInstants())('at %s', …)`.
 */
export function clockInstants(env: Record<string, string | undefined> = process.env): ClockInstant[] {
  return env.RAPPORT_CLOCK_MATRIX === 'all' ? [...CLOCK_INSTANTS] : [pinnedInstant(env)];
}
