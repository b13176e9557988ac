import { isTaskDone } from '../follow-ups/carry-over';
import type { OccurrenceRecord } from '../follow-ups/occurrences';
import type { PlannerTask } from '../model/tasks';
import { calendarDaysBetween } from '../time/calendar-days';

export interface CadenceStats {
  /** Held 1:1s in a row, counted back from the latest past occurrence; a cancellation breaks it, a move does not. */
  streak: number;
  /** Calendar days (in the given zone) since the last held 1:1, or null if none was held. */
  daysSinceLast: number | null;
  lastHeld: string | null;
  /** The next occurrence still to come, or null. */
  next: string | null;
  /** Counts in the window [now − weeks, now]. */
  window: { weeks: number; held: number; cancelled: number; moved: number };
}

const WEEK_MS = 7 * 86_400_000;

/** Cadence of one pair's 1:1s from their occurrence records (see follow-ups/occurrenceTimeline). */
export function cadenceStats(
  records: readonly OccurrenceRecord[],
  now: string,
  options: { windowWeeks?: number; timeZone?: string } = {},
): CadenceStats {
  const weeks = options.windowWeeks ?? 8;
  const nowMs = Date.parse(now);
  const from = nowMs - weeks * WEEK_MS;
  const sorted = [...records].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const past = sorted.filter((r) => Date.parse(r.start) <= nowMs && r.state !== 'upcoming');
  let streak = 0;
  for (let i = past.length - 1; i >= 0 && past[i]!.state === 'held'; i -= 1) streak += 1;
  const held = past.filter((r) => r.state === 'held');
  const lastHeld = held.length > 0 ? held[held.length - 1]!.start : null;
  const inWindow = past.filter((r) => Date.parse(r.start) >= from);
  return {
    streak,
    daysSinceLast: lastHeld === null ? null : calendarDaysBetween(lastHeld, now, options.timeZone ?? 'UTC'),
    lastHeld,
    next: sorted.find((r) => r.state === 'upcoming' && Date.parse(r.start) > nowMs)?.start ?? null,
    window: {
      weeks,
      held: inWindow.filter((r) => r.state === 'held').length,
      cancelled: inWindow.filter((r) => r.state === 'cancelled').length,
      moved: inWindow.filter((r) => r.moved).length,
    },
  };
}

export interface SayDo {
  /** Promise tasks whose due date has passed. */
  due: number;
  /** Done by their due date. */
  keptOnTime: number;
  /** Done, but after their due date. */
  late: number;
  /** Not done and past their due date. */
  openPastDue: number;
  /** keptOnTime / due, or null when nothing was due yet. */
  ratio: number | null;
}

const isDone = isTaskDone;

/**
 * The manager's say/do ratio with one report: of the promise tasks (category "Promise") due by `now`, how many were
 * done by their due date. A task marked 100% without a completion time counts as done on time (Planner always
 * writes completedDateTime; its absence means data we cannot date).
 */
export function sayDoRatio(tasks: readonly PlannerTask[], now: string): SayDo {
  const nowMs = Date.parse(now);
  const due = tasks.filter((t) => t.isPromise && t.dueDateTime !== null && Date.parse(t.dueDateTime) <= nowMs);
  let keptOnTime = 0;
  let late = 0;
  let openPastDue = 0;
  for (const task of due) {
    if (!isDone(task)) openPastDue += 1;
    else if (task.completedDateTime !== null && Date.parse(task.completedDateTime) > Date.parse(task.dueDateTime!)) late += 1;
    else keptOnTime += 1;
  }
  return { due: due.length, keptOnTime, late, openPastDue, ratio: due.length === 0 ? null : keptOnTime / due.length };
}
