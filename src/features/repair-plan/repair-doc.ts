import { emptyReportRecord, type ManagerDocument, type RepairPlan } from '../../domain/model/document';
import type { PairPlan } from '../../domain/model/tasks';

const withRepair = (doc: ManagerDocument, reportId: string, change: (repair: RepairPlan | null) => RepairPlan | null): ManagerDocument => {
  const record = doc.reports[reportId] ?? emptyReportRecord();
  return { ...doc, reports: { ...doc.reports, [reportId]: { ...record, repair: change(record.repair ?? null) } } };
};

/** Starts a plan unless one is already running (another tab may have started it). */
export const withRepairStarted = (doc: ManagerDocument, reportId: string, today: string) =>
  withRepair(doc, reportId, (repair) => repair ?? { startedOn: today, reflections: '', commitments: [] });

/** The manager's private reflections: stored in the document only, never sent anywhere else. */
export const withReflections = (doc: ManagerDocument, reportId: string, reflections: string) =>
  withRepair(doc, reportId, (repair) => (repair ? { ...repair, reflections } : repair));

/** Records a commitment's promise task: its key in the plan and the ledger entry that points to the task. */
export function withCommitment(doc: ManagerDocument, reportId: string, hash: string, entry: { taskId: string; planId: string; createdAt: string }): ManagerDocument {
  const next = withRepair(doc, reportId, (repair) =>
    repair && !repair.commitments.includes(hash) ? { ...repair, commitments: [...repair.commitments, hash] } : repair,
  );
  return { ...next, ledger: { ...next.ledger, [hash]: next.ledger[hash] ?? entry } };
}

export const withPair = (doc: ManagerDocument, pair: PairPlan): ManagerDocument =>
  doc.pairs[pair.reportId]
    ? doc
    : { ...doc, pairs: { ...doc.pairs, [pair.reportId]: { ...(pair.rosterId ? { rosterId: pair.rosterId } : {}), planId: pair.planId, buckets: pair.buckets } } };
