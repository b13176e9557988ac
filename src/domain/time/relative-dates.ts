import { DateTime } from 'luxon';
import type { Locale } from '../../i18n/locale';
import { HEBREW, LEAD_WORDS, MONTHS, NUMBER_WORDS, TRAIL_WORDS, WEEKDAYS } from './date-words';
import { endOfDayUtc, zoneOrUtc } from './zones';
import { dateOrderOfMeeting, type DateOrder } from './date-order';
import { numericDate, valid, withYear, type Found } from './numeric-dates';

/** A day read from a "by when": YYYY-MM-DD in the meeting's zone and the end of that day as a UTC instant. */
export interface DueDay {
  date: string;
  dueDateTime: string;
  ambiguous?: undefined;
}

/**
 * A numeric date that reads both ways ("4/12" with no date order known): both days and no date. Callers list it for
 * the manager to choose; it is never guessed (docs/reading-notes.md "Numeric dates").
 */
export interface AmbiguousDue {
  date: null;
  dueDateTime: null;
  ambiguous: true;
  /** The day-first and the month-first reading, YYYY-MM-DD. */
  readings: [string, string];
}

export type ResolvedDue = DueDay | AmbiguousDue;

interface Context {
  day: DateTime;
  locale: Locale;
  hebrew: boolean;
  order: DateOrder | null;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
const WEEKDAY_MAP = new Map(WEEKDAYS);
const MONTH_MAP = new Map(MONTHS);
const MONTH_RE = alternation(MONTHS.map(([w]) => w));
const LEAD_RE = new RegExp(`^(?:${alternation(LEAD_WORDS)})(?:\\s+|-|$)`, 'u');
const TRAIL_RE = new RegExp(`(?:\\s+|,\\s*)(?:${alternation(TRAIL_WORDS)})$`, 'u');

const nextWeekday = (day: DateTime, weekday: number) => day.plus({ days: ((weekday - day.weekday + 7) % 7) || 7 });
/** Start of the week after `day`: Sunday in Hebrew, Monday otherwise (docs/contracts.md §8). */
const nextWeekStart = (ctx: Context) =>
  ctx.hebrew ? ctx.day.plus({ days: 7 - (ctx.day.weekday % 7) }) : ctx.day.startOf('week').plus({ weeks: 1 });
/** Last working day of the week that holds `day`: Thursday in Israel, Friday otherwise. */
function endOfWeek(ctx: Context, day: DateTime): DateTime {
  const last = ctx.hebrew ? 4 : 5;
  const sinceStart = ctx.hebrew ? day.weekday % 7 : day.weekday - 1;
  // Sunday + 4 = Thursday, Monday + 4 = Friday.
  const end = day.minus({ days: sinceStart }).plus({ days: 4 });
  return end < day ? nextWeekday(day, last) : end;
}

const numeric = (s: string, ctx: Context): Found => numericDate(s, ctx.day, ctx.order);

const DAY_MONTH = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th|:e|:a)?\\.?\\s*(?:of\\s+|ב|ל|-)?(${MONTH_RE})\\.?(?:,?\\s+(\\d{4}))?$`, 'u');
const MONTH_DAY = new RegExp(`^(${MONTH_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?$`, 'u');

function monthName(s: string, ctx: Context): Found {
  const dayFirst = DAY_MONTH.exec(s);
  const monthFirst = dayFirst ? null : MONTH_DAY.exec(s);
  const [dayText, month, yearText] = dayFirst ? [dayFirst[1], dayFirst[2], dayFirst[3]] : monthFirst ? [monthFirst[2], monthFirst[1], monthFirst[3]] : [];
  if (dayText === undefined || month === undefined) return null;
  return valid(withYear(ctx.day, MONTH_MAP.get(month)!, +dayText, yearText !== undefined ? +yearText : undefined));
}

function weekday(s: string, ctx: Context): Found {
  const bare = s.replace(/^(?:next|this|coming|nästa|kommande|nu på)\s+/u, '').replace(/\s+(?:הבא|הקרוב|הזה)$/u, '');
  const target = WEEKDAY_MAP.get(bare);
  return target === undefined ? null : { date: nextWeekday(ctx.day, target) };
}

const unitCount = (word: string): number | null => (/^\d{1,3}$/.test(word) ? +word : (NUMBER_WORDS[word] ?? null));

/**
 * Phrases about weeks (docs/reading-notes.md "Weeks and weekends"). Weeks start on Sunday in Hebrew and Monday
 * otherwise; their last working day is Thursday in Israel and Friday otherwise.
 * - "next week", "early next week": the first day of the week after the meeting's week (docs/contracts.md §8: the day
 *   the promise becomes due).
 * - "this week", "end of the week", "before the weekend" ("innan helgen", "לפני סוף השבוע"): the last working day
 *   of the meeting's week, or of the next one when the meeting is after it (a Saturday).
 * - "end of next week": the last working day of the week after the meeting's week, whatever the meeting's weekday.
 * - "after the weekend" ("efter helgen"): the first day of the next week.
 */
function weekPhrase(s: string, ctx: Context): DateTime | null {
  if (/^(?:(?:early |beginning of )?next week|(?:i )?början av nästa vecka|nästa vecka|(?:ב)?תחילת השבוע הבא|שבוע הבא|השבוע הבא)$/u.test(s)) return nextWeekStart(ctx);
  if (/^(?:after the weekend|efter helgen|אחרי סוף השבוע|אחרי הסופ"ש)$/u.test(s)) return nextWeekStart(ctx);
  if (
    /^(?:(?:the )?end of (?:the |this )?week|this week|later this week|eow|the weekend|weekend|(?:i )?slutet av veckan|veckans slut|helgen|i veckan|denna vecka|den här veckan|senare i veckan|סוף השבוע|סוף שבוע|הסופ"ש|סופ"ש|השבוע)$/u.test(s)
  )
    return endOfWeek(ctx, ctx.day);
  if (/^(?:(?:the )?end of next week|(?:i )?slutet av nästa vecka|סוף השבוע הבא)$/u.test(s)) return nextWeekStart(ctx).plus({ days: 4 });
  return null;
}

function relative(s: string, ctx: Context): Found {
  const day = ctx.day;
  if (/^(?:today|idag|i dag|היום|eod)$/u.test(s)) return { date: day };
  if (/^(?:tomorrow|imorgon|i morgon|imorn|i morn|מחר)$/u.test(s)) return { date: day.plus({ days: 1 }) };
  if (/^(?:the day after tomorrow|day after tomorrow|i övermorgon|övermorgon|מחרתיים)$/u.test(s)) return { date: day.plus({ days: 2 }) };
  const week = weekPhrase(s, ctx);
  if (week) return { date: week };
  if (/^(?:end of (?:the )?month|month end|eom|slutet av månaden|månadens slut|månadsskiftet|sista i månaden|סוף החודש|סוף חודש)$/u.test(s))
    return { date: day.endOf('month').startOf('day') };
  if (/^(?:end of next month|slutet av nästa månad|סוף החודש הבא)$/u.test(s)) return { date: day.plus({ months: 1 }).endOf('month').startOf('day') };
  if (/^(?:end of (?:the )?quarter|eoq|kvartalsslut|slutet av kvartalet|סוף הרבעון)$/u.test(s)) return { date: day.endOf('quarter').startOf('day') };
  if (/^(?:next month|nästa månad|חודש הבא|החודש הבא)$/u.test(s)) return { date: day.plus({ months: 1 }).startOf('month') };
  const duals: Record<string, { days?: number; weeks?: number; months?: number }> = {
    יומיים: { days: 2 }, שבועיים: { weeks: 2 }, חודשיים: { months: 2 }, יום: { days: 1 }, שבוע: { weeks: 1 }, חודש: { months: 1 },
  };
  const dual = /^בעוד (יומיים|שבועיים|חודשיים|יום|שבוע|חודש)$/u.exec(s);
  if (dual) return { date: day.plus(duals[dual[1]!]!) };
  const counted = /^(?:in|within|om|inom|בעוד|תוך)\s+(\S+)\s+(days?|weeks?|months?|dag(?:ar)?|veck(?:a|or)|månad(?:er)?|ימים|שבועות|חודשים)$/u.exec(s);
  if (!counted) return null;
  const n = unitCount(counted[1]!);
  if (n === null) return null;
  const unit = counted[2]!;
  if (/^(?:day|dag|ימים)/u.test(unit)) return { date: day.plus({ days: n }) };
  if (/^(?:week|veck|שבועות)/u.test(unit)) return { date: day.plus({ weeks: n }) };
  return { date: day.plus({ months: n }) };
}

function weekNumber(s: string, ctx: Context): Found {
  const m = /^(?:(?:the )?end of |(?:i )?slutet av |סוף )?(?:v|v\.|vecka|veckan|week|wk|w|שבוע)\s*\.?\s*(\d{1,2})$/u.exec(s);
  if (!m) return null;
  const week = +m[1]!;
  if (week < 1 || week > 53) return null;
  const at = (weekYear: number) => DateTime.fromObject({ weekYear, weekNumber: week, weekday: ctx.hebrew ? 4 : 5 }, { zone: 'utc' });
  const candidate = at(ctx.day.weekYear);
  return valid(candidate < ctx.day.minus({ days: 30 }) ? at(ctx.day.weekYear + 1) : candidate);
}

const MATCHERS = [numeric, monthName, weekday, relative, weekNumber];

function match(s: string, ctx: Context): Found {
  for (const matcher of MATCHERS) {
    const found = matcher(s, ctx);
    if (found) return found;
  }
  // "Friday 4/12", "fre 4 dec": the explicit date wins over the weekday.
  const withWeekday = /^([^\s,]+(?:\s+[^\s,]')?)[,\s]+(.+)$/u.exec(s);
  if (withWeekday && WEEKDAY_MAP.has(withWeekday[1]!)) return numeric(withWeekday[2]!, ctx) ?? monthName(withWeekday[2]!, ctx);
  return null;
}

/** Lower case, quotes, gereshes and gershayim unified, brackets and trailing full stops gone, lead and trail words stripped. */
function clean(text: string): string {
  let s = text.normalize('NFKC').toLowerCase().replace(/[\p{Cf}\p{M}]/gu, '');
  s = s.replace(/[\u05f3\u2019\u2018`´]/g, "'").replace(/[\u05f4\u201c\u201d]/g, '"').replace(/[()[\]]/g, ' ').replace(/\s+/g, ' ').trim().replace(/[.,;!]+$/u, '').trim();
  for (let i = 0; i < 4; i += 1) {
    const before = s;
    s = s.replace(LEAD_RE, '').replace(TRAIL_RE, '').trim();
    if (s === before) break;
  }
  return s;
}

/**
 * Resolves the "by when" of a next step to a day in the meeting's zone (docs/contracts.md §8): weekdays (the next such
 * day after the meeting day), today/tomorrow, next week (its first day), in N days/weeks/months, end of
 * week/month/quarter, week numbers (the week's last working day), ISO dates, day/month numbers and month names, in
 * English, Hebrew and Swedish. The whole text must be a date; anything else gives null. Numeric dates read in
 * `dateOrder` (the manager's regional settings), else in the order the meeting's language and zone say; a numeric
 * date that still reads both ways comes back ambiguous, without a date.
 */
export function resolveDue(text: string, meetingStart: string, timeZone: string, locale: Locale = 'en', dateOrder?: DateOrder | null): ResolvedDue | null {
  return dueResolver(meetingStart, timeZone, locale, dateOrder)(text);
}

/**
 * resolveDue for one meeting, with the meeting day worked out once and answers remembered: the parser asks about
 * many candidate phrases per body.
 */
export function dueResolver(
  meetingStart: string,
  timeZone: string,
  locale: Locale = 'en',
  dateOrder?: DateOrder | null,
): (text: string) => ResolvedDue | null {
  const zone = zoneOrUtc(timeZone);
  const meeting = DateTime.fromISO(meetingStart, { zone: 'utc' }).setZone(zone);
  if (!meeting.isValid) return () => null;
  const day = DateTime.fromISO(meeting.toISODate()!, { zone: 'utc' });
  const memo = new Map<string, ResolvedDue | null>();
  return (text) => {
    if (text.length > 80) return null;
    const s = clean(text);
    if (!s) return null;
    if (memo.has(s)) return memo.get(s)!;
    const hebrew = locale === 'he' || HEBREW.test(s);
    const ctx: Context = { day, locale, hebrew, order: dateOrder ?? dateOrderOfMeeting(hebrew ? 'he' : locale, zone) };
    // Hebrew attaches ב/ל/ה to the word that follows ("ביום שישי", "לסוף החודש", "ב-3.12", "ה-5 בדצמבר").
    const attempts = /^[בלה]/u.test(s) ? [s, s.replace(/^[בלה]-?/u, ''), s.replace(/^[בל]ה-?/u, '')] : [s];
    let result: ResolvedDue | null = null;
    for (const attempt of attempts) {
      const found = match(attempt, ctx);
      if (found && 'readings' in found) {
        const readings = found.readings.map((d) => d.toISODate()!) as [string, string];
        result = { date: null, dueDateTime: null, ambiguous: true, readings };
        break;
      }
      if (found) {
        const date = found.date.toISODate()!;
        result = { date, dueDateTime: endOfDayUtc(date, zone) };
        break;
      }
    }
    if (memo.size < 10_000) memo.set(s, result);
    return result;
  };
}
