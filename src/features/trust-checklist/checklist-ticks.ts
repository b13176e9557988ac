import { emptyReportRecord, type ManagerDocument } from '../../domain/model/document';

/** The ticked checklist items of one report's meeting (keyed by the occurrence's iCalUId, docs/contracts.md §6). */
export const ticksOf = (doc: ManagerDocument | undefined, reportId: string, meetingId: string): ReadonlySet<string> =>
  new Set(Object.keys(doc?.reports[reportId]?.checklist[meetingId] ?? {}));

/**
 * Ticks or unticks one item and touches nothing else, so that re-applied to a newer copy after a 412 it keeps what
 * another tab ticked meanwhile. Pure: the document port may run it more than once.
 */
export function withTick(doc: ManagerDocument, reportId: string, meetingId: string, itemId: string, ticked: boolean): ManagerDocument {
  const report = doc.reports[reportId] ?? emptyReportRecord();
  const meeting = { ...(report.checklist[meetingId] ?? {}) };
  if (ticked) meeting[itemId] = true;
  else delete meeting[itemId];
  const checklist = { ...report.checklist };
  if (Object.keys(meeting).length) checklist[meetingId] = meeting;
  else delete checklist[meetingId];
  return { ...doc, reports: { ...doc.reports, [reportId]: { ...report, checklist } } };
}
