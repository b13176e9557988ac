import type { Clock } from '../../../domain/model/clock';
import { emptyReportRecord, type ManagerDocument, type ReportRecord } from '../../../domain/model/document';
import type { ManagerDocumentPort } from '../../../ports/graph-ports';
import type { FollowUpRow } from './types';

/**
 * A wrap-up saved in Rapport, kept in the manager's document under `reports[<id>].wrapUps[<iCalUId>]`: the rows as
 * the manager corrected them (they win over the notes in the invite from then on). Private notes stay in
 * `reports[<id>].notes[<iCalUId>]` (docs/contracts.md §6) and never leave the document.
 */
export interface SavedWrapUp {
  rows: FollowUpRow[];
  savedAt: string;
}

const wrapUpsOf = (record: ReportRecord | undefined): Record<string, SavedWrapUp> =>
  (record?.wrapUps as Record<string, SavedWrapUp> | undefined) ?? {};

export const wrapUpOf = (doc: ManagerDocument, reportId: string, iCalUId: string): SavedWrapUp | null =>
  wrapUpsOf(doc.reports[reportId])[iCalUId] ?? null;

export const privateNotesOf = (doc: ManagerDocument, reportId: string, iCalUId: string): string =>
  doc.reports[reportId]?.notes[iCalUId] ?? '';

export function saveWrapUp(
  document: ManagerDocumentPort,
  input: { reportId: string; iCalUId: string; rows: FollowUpRow[]; notes: string },
  clock: Clock,
): Promise<ManagerDocument> {
  return document.update((doc) => {
    const record = doc.reports[input.reportId] ?? emptyReportRecord();
    const notes = { ...record.notes };
    if (input.notes.trim() === '') delete notes[input.iCalUId];
    else notes[input.iCalUId] = input.notes;
    const wrapUps = { ...wrapUpsOf(record), [input.iCalUId]: { rows: input.rows, savedAt: clock.now().toISOString() } };
    return { ...doc, reports: { ...doc.reports, [input.reportId]: { ...record, notes, wrapUps } } };
  });
}
