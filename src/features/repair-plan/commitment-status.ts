import type { ManagerDocument } from '../../domain/model/document';
import type { PlannerTask } from '../../domain/model/tasks';

export type CommitmentStatus = 'kept' | 'late' | 'open' | 'overdue' | 'unknown';

export interface CommitmentView {
  hash: string;
  title: string | null;
  status: CommitmentStatus;
}

/** Step 4, proving it by actions: each commitment's promise task, found through the ledger, and whether it was kept. */
export function commitmentsOf(doc: ManagerDocument, reportId: string, tasks: readonly PlannerTask[], now: Date): CommitmentView[] {
  const hashes = doc.reports[reportId]?.repair?.commitments ?? [];
  return hashes.map((hash) => {
    const task = tasks.find((t) => t.id === doc.ledger[hash]?.taskId);
    if (!task) return { hash, title: null, status: 'unknown' };
    const done = task.completedDateTime !== null || task.percentComplete >= 100;
    const due = task.dueDateTime ? Date.parse(task.dueDateTime) : null;
    let status: CommitmentStatus;
    if (done) status = due !== null && task.completedDateTime !== null && Date.parse(task.completedDateTime) > due ? 'late' : 'kept';
    else status = due !== null && due < now.getTime() ? 'overdue' : 'open';
    return { hash, title: task.title, status };
  });
}
