import { attentionOrder, cadenceStats, sayDoRatio, type AttentionInput } from '../../domain/cadence';
import type { Team } from '../../domain/model/people';
import { oneOnOnesIn } from '../../domain/one-on-ones';
import { meetingsWith } from './meeting-history';
import type { AttentionLevel, ReportOverview, TeamExtraReason } from './report-overview';
import { taskFigures } from './task-figures';
import type { CalendarData, TasksData } from './use-team-data';

const DAY_MS = 86_400_000;
/** An agenda matters when the 1:1 is this close and has none yet. */
const SOON_DAYS = 2;

const levelOf = (score: number): AttentionLevel => (score >= 3 ? 'attention' : score >= 1 ? 'watch' : 'on-track');

/**
 * The Team page's cards in the order of src/domain/cadence (who needs attention first, with the reasons), from the
 * 1:1s the classifier finds (src/domain/one-on-ones). Task figures are null while the pair plans' tasks are
 * unavailable; the cadence stands on the calendar alone. Two lighter notes the domain does not weigh are added per
 * card: an agenda missing for a 1:1 within two days, and topics the report raised.
 */
export function buildOverviews(
  team: Team,
  calendar: CalendarData,
  tasks: TasksData | undefined,
  now: Date,
  options: { extraSubjectWords?: readonly string[]; timeZone?: string } = {},
): ReportOverview[] {
  const nowIso = now.toISOString();
  const oneOnOnes = oneOnOnesIn(calendar.events, team, { extraSubjectWords: options.extraSubjectWords ?? [] });
  const inputs: Array<AttentionInput & { overview: Omit<ReportOverview, 'attention'> }> = team.reports.map((report) => {
    const meetings = meetingsWith(oneOnOnes, calendar.cancellations, report, now);
    const cadence = cadenceStats(meetings.records, nowIso, { windowWeeks: 8, timeZone: options.timeZone ?? 'UTC' });
    const plan = tasks?.pairs.find((p) => p.reportId === report.id);
    const figures = tasks ? taskFigures(plan, tasks.tasks, team.manager, report) : null;
    const sayDo = sayDoRatio(figures?.promises ?? [], nowIso);
    const overview = {
      report,
      next: meetings.next,
      history: meetings.history,
      streak: cadence.streak,
      cancelledLast8Weeks: cadence.window.cancelled,
      movedLast8Weeks: cadence.window.moved,
      daysSinceLast: cadence.daysSinceLast,
      followUps: figures?.followUps ?? null,
      sayDo: figures ? { kept: sayDo.keptOnTime, due: sayDo.due, latePastDue: sayDo.openPastDue } : null,
      topics: figures?.topics ?? null,
    };
    return { id: report.id, name: report.displayName, cadence, sayDo, overview };
  });
  const byId = new Map(inputs.map((i) => [i.id, i.overview]));
  return attentionOrder(inputs).map((entry) => {
    const overview = byId.get(entry.id)!;
    const extra: TeamExtraReason[] = [];
    if (overview.next && !overview.next.hasAgenda && Date.parse(overview.next.start) - now.getTime() <= SOON_DAYS * DAY_MS) extra.push({ code: 'noAgenda' });
    if (overview.topics?.length) extra.push({ code: 'topics', count: overview.topics.length });
    const level = levelOf(entry.score) === 'on-track' && extra.length ? 'watch' : levelOf(entry.score);
    return { ...overview, attention: { level, score: entry.score, reasons: [...entry.reasons, ...extra] } };
  });
}
