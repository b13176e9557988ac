import { createDateDisplay, type DateDisplay } from '../../../domain/time';
import { followUps as catalogue } from '../../../i18n/catalogues/follow-up-sync';
import type { Locale } from '../../../i18n/locale';
import { translator } from '../../../i18n/translate';
import type { MeetingRef, MeetingSummary, SyncSummary, TaskLink, UnreadableRow } from '../engine/types';

export interface SummaryLink {
  label: string;
  href: string;
}

export interface SummaryLine {
  id: string;
  tone: 'success' | 'info' | 'warning';
  text: string;
  links: SummaryLink[];
  /** Rows to fix, with the reason in words. */
  rows: Array<{ text: string; reason: string }>;
  /** The 1:1 the line is about (to open its wrap-up). */
  meeting: MeetingRef | null;
}

/** Planner on the web opens a task by its id; only https links are ever shown. */
export const plannerTaskUrl = (task: Pick<TaskLink, 'taskId'>): string =>
  `https://tasks.office.com/Home/Task/${encodeURIComponent(task.taskId)}`;

/** The 1:1's day in its own zone, long ("Tuesday 17 November"), in the manager's format when `display` has it. */
export const meetingDayLabel = (meeting: Pick<MeetingRef, 'start' | 'timeZone'>, locale: Locale, display: DateDisplay = createDateDisplay(locale, null)): string => {
  try {
    return display.longDate(meeting.start, meeting.timeZone);
  } catch {
    return display.longDate(meeting.start, 'UTC');
  }
};

const REASONS = { who: 'reasonWho', when: 'reasonWhen', what: 'reasonWhat' } as const;

/**
 * The summary in words: one line per kind of outcome per 1:1 ("3 follow-ups created from your 1:1 with Dana on
 * Tuesday, 17 November", with links to the tasks), the rows that could not be read, and what waits for the next
 * sync. Nothing happened → a single "up to date" line.
 */
export function describeSummary(summary: SyncSummary, locale: Locale, taskUrl = plannerTaskUrl, display?: DateDisplay): SummaryLine[] {
  const t = translator(catalogue, locale);
  if (summary.status === 'skipped-elsewhere') return [line('elsewhere', 'info', t('skippedElsewhere'))];
  const lines: SummaryLine[] = [];
  const links = (tasks: TaskLink[]) => tasks.map((task) => ({ label: task.title, href: taskUrl(task) }));
  const reason = (row: UnreadableRow) => t((REASONS as Record<string, 'reasonWho' | 'reasonWhen' | 'reasonWhat'>)[row.reason] ?? 'reasonOther');
  for (const m of summary.meetings) {
    const values = { name: m.meeting.reportName, day: meetingDayLabel(m.meeting, locale, display) };
    const id = m.meeting.iCalUId;
    const add = (kind: string, tone: SummaryLine['tone'], text: string, extra: Partial<SummaryLine> = {}) =>
      lines.push({ ...line(`${id}:${kind}`, tone, text), meeting: m.meeting, ...extra });
    if (m.created.length) add('created', 'success', t('created', { count: m.created.length, ...values }), { links: links(m.created) });
    if (m.updated.length) add('updated', 'success', t('updated', { count: m.updated.length, ...values }), { links: links(m.updated) });
    if (m.adopted.length) add('found', 'info', t('found', { count: m.adopted.length, ...values }), { links: links(m.adopted) });
    m.noLongerInNotes.forEach((task, i) => add(`gone${i}`, 'info', t('noLongerInNotes', { title: task.title, name: values.name }), { links: links([task]) }));
    if (m.removedDuplicates) add('duplicates', 'info', t('duplicatesRemoved', { count: m.removedDuplicates }));
    const refusal = m.pending.find((p) => p.reason === 'roster-disabled' || p.reason === 'roster-label')?.reason;
    if (refusal) add('roster', 'warning', t(refusal === 'roster-label' ? 'rosterLabelRequired' : 'rosterDisabled', values));
    else if (m.pending.length) add('pending', 'warning', t('pending', { count: m.pending.length }));
    if (m.unreadable.length) {
      add('unreadable', 'warning', t('unreadableTitle', values), { rows: m.unreadable.map((row) => ({ text: row.text, reason: reason(row) })) });
    }
  }
  return lines.length > 0 || summary.status === 'failed' ? lines : [line('upToDate', 'success', t('upToDate'))];
}

const line = (id: string, tone: SummaryLine['tone'], text: string): SummaryLine => ({ id, tone, text, links: [], rows: [], meeting: null });

export const countOf = (meetings: MeetingSummary[], pick: (m: MeetingSummary) => unknown[]): number =>
  meetings.reduce((sum, m) => sum + pick(m).length, 0);
