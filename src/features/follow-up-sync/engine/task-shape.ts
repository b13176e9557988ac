import { DateTime } from 'luxon';
import { endOfDayUtc, isValidZone, localDate } from '../../../domain/time';
import type { LedgerEntry } from '../../../domain/model/document';
import type { NewTask, PairPlan, TaskChange } from '../../../domain/model/tasks';
import type { FollowUp, MeetingRef } from './types';

/** Planner refuses titles over 255 characters; cut on a code point boundary. */
export const MAX_TITLE = 255;
export const taskTitle = (what: string): string => {
  const points = Array.from(what.trim().replace(/\s+/gu, ' '));
  return points.length <= MAX_TITLE ? points.join('') : points.slice(0, MAX_TITLE - 1).join('') + '…';
};

/** The end of the due day in the meeting's zone, as a UTC instant (docs/contracts.md §7). */
export function endOfDueDay(due: string | null, timeZone: string): string | null {
  if (!due || !isValidZone(timeZone) || !DateTime.fromISO(due, { zone: timeZone }).isValid) return null;
  return endOfDayUtc(due, timeZone);
}

export const meetingDay = (meeting: Pick<MeetingRef, 'start' | 'timeZone'>): string => localDate(meeting.start, meeting.timeZone) || meeting.start.slice(0, 10);

/**
 * The details description both people see: neutral facts only (subject, date, link) and the key that lets
 * Rapport recognise its task. Nothing from the manager's private document goes here.
 */
export function taskDescription(followUp: FollowUp): string {
  const { meeting } = followUp;
  const link = meeting.webLink && /^https:\/\//i.test(meeting.webLink) ? meeting.webLink : null;
  return [meeting.subject, meetingDay(meeting), ...(link ? [link] : []), `Rapport key ${followUp.keyHash}`].join('\n');
}

export const newTaskFor = (followUp: FollowUp, pair: PairPlan): NewTask => ({
  planId: pair.planId,
  bucketId: pair.buckets.followUps,
  title: followUp.title,
  assigneeIds: [followUp.ownerId],
  startDateTime: followUp.meeting.start,
  dueDateTime: followUp.dueDateTime,
  isPromise: followUp.isPromise,
});

const sameInstant = (a: string | null | undefined, b: string | null | undefined): boolean =>
  (a ?? null) === (b ?? null) || (a != null && b != null && Date.parse(a) === Date.parse(b));

/**
 * What to change on the ledger's task when the notes' who or when changed since the sync last applied them
 * (compared with the ledger, not the task, so a change made in Planner is never undone); null when nothing did.
 */
export function changeFor(followUp: FollowUp, applied: Pick<LedgerEntry, 'ownerId' | 'dueDateTime'>): TaskChange | null {
  if (applied.ownerId === undefined) return null;
  const change: TaskChange = {};
  if (applied.ownerId !== followUp.ownerId) {
    change.assigneeIds = [followUp.ownerId];
    change.isPromise = followUp.isPromise;
  }
  if (!sameInstant(applied.dueDateTime, followUp.dueDateTime)) change.dueDateTime = followUp.dueDateTime;
  return Object.keys(change).length > 0 ? change : null;
}

/** The match used for adoption: same start instant and the same normalised title. */
export const matchKey = (planId: string, startDateTime: string | null, normalisedTitle: string): string =>
  `${planId}|${startDateTime ? new Date(startDateTime).toISOString() : ''}|${normalisedTitle}`;

export { normaliseWhat as normaliseTitleOf } from './key-hash';
