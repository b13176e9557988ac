import type { PairPlan } from '../../domain/model/tasks';
import { attentionOf } from './attention';
import { meetingsWith } from './meeting-history';
import type { ReportOverview } from './report-overview';
import { taskFigures } from './task-figures';
import type { CalendarData, TasksData } from './use-team-data';
import type { Team } from '../../domain/model/people';

const DAY_MS = 86_400_000;
const EIGHT_WEEKS_MS = 8 * 7 * DAY_MS;

/**
 * The Team page's cards, who needs attention first (ties: longest since the last 1:1, then by name). Task figures
 * are null while the pair plans' tasks are unavailable; the cadence figures stand on the calendar alone.
 */
export function buildOverviews(team: Team, calendar: CalendarData, tasks: TasksData | undefined, now: Date, locale: string): ReportOverview[] {
  const overviews = team.reports.map((report): ReportOverview => {
    const { past, next } = meetingsWith(calendar.events, calendar.cancellations, team.manager, report, now);
    const recent = past.filter((e) => now.getTime() - Date.parse(e.start) <= EIGHT_WEEKS_MS);
    let streak = 0;
    for (let i = past.length - 1; i >= 0 && past[i]!.status !== 'cancelled'; i--) streak++;
    const lastHeld = [...past].reverse().find((e) => e.status !== 'cancelled');
    const lastHeldAt = lastHeld ? Date.parse(lastHeld.movedTo ?? lastHeld.start) : null;
    const plan: PairPlan | undefined = tasks?.pairs.find((p) => p.reportId === report.id);
    const figures = tasks ? taskFigures(plan, tasks.tasks, team.manager, report, now) : null;
    const base = {
      next,
      streak,
      cancelledLast8Weeks: recent.filter((e) => e.status === 'cancelled').length,
      movedLast8Weeks: recent.filter((e) => e.status === 'moved').length,
      daysSinceLast: lastHeldAt === null ? null : Math.max(0, Math.floor((now.getTime() - lastHeldAt) / DAY_MS)),
      followUps: figures?.followUps ?? null,
      sayDo: figures?.sayDo ?? null,
      topics: figures?.topics ?? null,
    };
    return { report, history: [...past].reverse(), ...base, attention: attentionOf(base, now) };
  });
  const gap = (o: ReportOverview) => o.daysSinceLast ?? Number.MAX_SAFE_INTEGER;
  return overviews.sort(
    (a, b) => b.attention.score - a.attention.score || gap(b) - gap(a) || a.report.displayName.localeCompare(b.report.displayName, locale),
  );
}
