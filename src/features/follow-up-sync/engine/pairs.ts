import type { ManagerDocument, PairRecord } from '../../../domain/model/document';
import type { Person } from '../../../domain/model/people';
import type { PairPlan } from '../../../domain/model/tasks';
import type { ManagerDocumentPort, TasksPort } from '../../../ports/graph-ports';

const toPair = (reportId: string, record: PairRecord): PairPlan => ({
  reportId,
  planId: record.planId,
  ...(record.rosterId ? { rosterId: record.rosterId } : {}),
  buckets: { ...record.buckets },
});

const toRecord = (pair: PairPlan): PairRecord => ({
  ...(pair.rosterId ? { rosterId: pair.rosterId } : {}),
  planId: pair.planId,
  buckets: { ...pair.buckets },
});

const samePair = (a: PairRecord | undefined, b: PairRecord): boolean =>
  !!a && a.planId === b.planId && a.buckets.followUps === b.buckets.followUps && a.buckets.topics === b.buckets.topics;

/**
 * The plan a manager shares with one report, created on first use and recorded in the document's `pairs`.
 * Pair mode: the document's record is checked (findPairPlan verifies the plan and buckets still exist, or finds
 * a roster plan made earlier) before a new roster plan is made. Group mode: a bucket pair in the group plan.
 * `forget` drops a stale record first (its plan or bucket was deleted).
 */
export async function ensurePair(
  ports: { tasks: TasksPort; document: ManagerDocumentPort },
  doc: ManagerDocument,
  manager: Person,
  report: Person,
  options: { forget?: boolean } = {},
): Promise<{ pair: PairPlan; doc: ManagerDocument }> {
  const { settings } = doc;
  const known = options.forget ? undefined : doc.pairs[report.id];
  let pair: PairPlan | null;
  if (settings.planMode === 'group' && settings.groupPlanId) {
    pair = known && !options.forget ? toPair(report.id, known) : await ports.tasks.ensureGroupPlanBuckets(settings.groupPlanId, report);
  } else {
    pair = await ports.tasks.findPairPlan(manager, report, known ? toPair(report.id, known) : undefined);
    pair ??= await ports.tasks.createPairPlan(manager, report);
  }
  const record = toRecord(pair);
  if (samePair(doc.pairs[report.id], record)) return { pair, doc };
  const written = await ports.document.update((current) => ({ ...current, pairs: { ...current.pairs, [report.id]: record } }));
  return { pair, doc: written };
}
