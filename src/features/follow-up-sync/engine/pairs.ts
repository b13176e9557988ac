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

/** The plan a manager shares with one report, created on first use and recorded in the document's `pairs`. */
export async function ensurePair(
  ports: { tasks: TasksPort; document: ManagerDocumentPort },
  doc: ManagerDocument,
  manager: Person,
  report: Person,
  options: { forget?: boolean } = {},
): Promise<{ pair: PairPlan; doc: ManagerDocument }> {
  const pair = await findOrMakePair(ports.tasks, doc, manager, report, options);
  const record = toRecord(pair);
  if (samePair(doc.pairs[report.id], record)) return { pair, doc };
  const written = await ports.document.update((current) => ({ ...current, pairs: { ...current.pairs, [report.id]: record } }));
  return { pair, doc: written };
}

/**
 * ensurePair for many reports at once: the lookups and plan creations run side by side (so their listings share
 * envelopes), and every new or changed record goes into the document in one write. A report whose plan could
 * not be found or made comes back as its error.
 */
export async function ensurePairs(
  ports: { tasks: TasksPort; document: ManagerDocumentPort },
  doc: ManagerDocument,
  manager: Person,
  reports: Person[],
): Promise<{ pairs: Map<string, PairPlan | Error>; doc: ManagerDocument }> {
  const settled = await Promise.all(reports.map((report) => findOrMakePair(ports.tasks, doc, manager, report).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))));
  const pairs = new Map(reports.map((report, index) => [report.id, settled[index] as PairPlan | Error]));
  const changed: Record<string, PairRecord> = {};
  for (const [reportId, pair] of pairs) {
    if (pair instanceof Error) continue;
    const record = toRecord(pair);
    if (!samePair(doc.pairs[reportId], record)) changed[reportId] = record;
  }
  if (Object.keys(changed).length === 0) return { pairs, doc };
  const written = await ports.document.update((current) => ({ ...current, pairs: { ...current.pairs, ...changed } }));
  return { pairs, doc: written };
}

/**
 * Pair mode: the document's record is checked (findPairPlan verifies the plan and buckets still exist, or finds
 * a roster plan made earlier) before a new roster plan is made. Group mode: a bucket pair in the group plan.
 * `forget` drops a stale record first (its plan or bucket was deleted).
 */
async function findOrMakePair(tasks: TasksPort, doc: ManagerDocument, manager: Person, report: Person, options: { forget?: boolean } = {}): Promise<PairPlan> {
  const { settings } = doc;
  const known = options.forget ? undefined : doc.pairs[report.id];
  if (settings.planMode === 'group' && settings.groupPlanId) {
    return known && !options.forget ? toPair(report.id, known) : tasks.ensureGroupPlanBuckets(settings.groupPlanId, report);
  }
  return (await tasks.findPairPlan(manager, report, known ? toPair(report.id, known) : undefined)) ?? (await tasks.createPairPlan(manager, report));
}
