import { keyHashOf, normaliseWhat } from './key-hash';
import { endOfDueDay, taskTitle } from './task-shape';
import type { FollowUp, FollowUpRow, MeetingRef } from './types';

/** A row of a 1:1 turned into a follow-up: its key (docs/contracts.md §7) and the task's title, owner and due date. */
export async function followUpOf(meeting: MeetingRef, row: FollowUpRow, managerId: string): Promise<FollowUp> {
  const title = taskTitle(row.what);
  return {
    meeting,
    keyHash: keyHashOf(meeting.iCalUId, row.what),
    normalisedTitle: normaliseWhat(title),
    title,
    ownerId: row.ownerId,
    due: row.due,
    dueDateTime: endOfDueDay(row.due, meeting.timeZone),
    isPromise: row.ownerId === managerId,
  };
}

/** The follow-ups of a 1:1's rows: empty rows dropped, one follow-up per key (the same words twice are one). */
export async function followUpsOfRows(meeting: MeetingRef, rows: FollowUpRow[], managerId: string): Promise<FollowUp[]> {
  const all = await Promise.all(rows.filter((row) => row.what.trim() !== '').map((row) => followUpOf(meeting, row, managerId)));
  return [...new Map(all.map((f) => [f.keyHash, f])).values()];
}
