import type { Clock } from '../../domain/model/clock';
import type { LedgerEntry } from '../../domain/model/document';
import type { Person } from '../../domain/model/people';
import { isRapportError, RapportError } from '../../ports/errors';
import { adopt, adoptOrCreate, createAndRecord, type CreateFailure } from './apply';
import { converge } from './converge';
import { writePendingDetails } from './details';
import { leaseOwner, releaseLease, takeLease, type LeaseHolder } from './lease';
import { ensurePair } from './pairs';
import { emptyMeetingSummary, indexTasks, linkOf, summaryOf, writeLedger, type RunState, type SyncPorts } from './run-state';
import { changeFor } from './task-shape';
import type { FollowUp, MeetingFollowUps, SyncSummary } from './types';

export interface SyncRequest {
  manager: Person;
  /** The reports whose 1:1s are in `meetings`, by id. */
  reports: Person[];
  meetings: MeetingFollowUps[];
}

export interface SyncOptions {
  holder: LeaseHolder;
  clock: Clock;
  /** Rapport's app id when known (the tenant's client id); tasks Rapport creates teach it otherwise. */
  appId?: string | null;
}

/** Lease owners running in this page: a lease of our session not in here was left by a reload. */
const running = new Set<string>();
/**
 * One run per page session at a time: a second call with the same request (a double click) joins the run in
 * progress; a call with another request (a wrap-up saved while the background sync runs) waits for it, then runs.
 */
const inFlight = new Map<string, { request: SyncRequest; run: Promise<SyncSummary> }>();

/**
 * The exactly-once sync (CONTRACTS.md §7). Take the lease; then per follow-up: the ledger, else adopt a task of
 * the plan with the same start and normalised title, else create ($batch) and record in the ledger at once.
 * Ambiguous create failures are reconciled (re-list, adopt) before the one further create this run allows.
 * Then converge duplicates, write pending details, and release the lease with `lastSync`.
 */
export function syncFollowUps(ports: SyncPorts, request: SyncRequest, options: SyncOptions): Promise<SyncSummary> {
  const session = options.holder.session;
  const before = inFlight.get(session);
  if (before?.request === request) return before.run;
  const owner = leaseOwner(options.holder);
  const entry = { request, run: Promise.resolve(null as unknown as SyncSummary) };
  // The entry is removed before the run's promise settles, so a later call never joins a finished run.
  const start = async () => {
    running.add(owner);
    try {
      return await runOnce(ports, request, options);
    } finally {
      running.delete(owner);
      if (inFlight.get(session) === entry) inFlight.delete(session);
    }
  };
  entry.run = before ? before.run.catch(() => undefined).then(start) : start();
  inFlight.set(session, entry);
  return entry.run;
}

async function runOnce(ports: SyncPorts, request: SyncRequest, options: SyncOptions): Promise<SyncSummary> {
  const at = () => options.clock.now().toISOString();
  let doc;
  try {
    doc = await takeLease(ports.document, options.holder, options.clock, running);
  } catch (error) {
    return { status: 'failed', at: at(), meetings: [], error: asRapportError(error) };
  }
  if (!doc) return { status: 'skipped-elsewhere', at: at(), meetings: [], error: null };
  const state: RunState = {
    ports,
    holder: options.holder,
    clock: options.clock,
    doc,
    pairs: new Map(),
    tasksById: new Map(),
    summaries: new Map(request.meetings.map((m) => [m.meeting.iCalUId, { ...emptyMeetingSummary(m.meeting), unreadable: [...m.unreadable] }])),
    appIds: new Set(options.appId ? [options.appId] : []),
  };
  let error: RapportError | null = null;
  const doneDetails: string[] = [];
  try {
    const followUps = uniqueByKey(request.meetings.flatMap((m) => m.followUps));
    await ensurePairs(state, request, followUps);
    const planIds = [...new Set([...state.pairs.values()].map((pair) => pair.planId))];
    indexTasks(state, planIds.length > 0 ? await ports.tasks.listTasks(planIds) : []);
    learnAppIds(state);
    const ready = followUps.filter((f) => state.pairs.has(f.meeting.reportId));
    const fresh = await applyLedger(state, ready);
    const { toAdopt, toCreate } = adoptOrCreate(state, fresh);
    await adopt(state, toAdopt);
    const failures = await createAndRecord(state, toCreate);
    await retryAfterReconcile(state, request, failures);
    await converge(state, ready);
    doneDetails.push(...(await writePendingDetails(state, ready)));
    noLongerInNotes(state, request);
  } catch (caught) {
    error = asRapportError(caught);
  } finally {
    const finished = at();
    await releaseLease(ports.document, options.holder, (current) => ({
      ...current,
      ...(error ? {} : { lastSync: finished }),
      ledger: clearPending(current.ledger, doneDetails),
    })).catch(() => undefined); // an unreleased lease expires on its own
  }
  const meetings = [...state.summaries.values()];
  const partial = meetings.some((m) => m.pending.length > 0);
  return { status: error ? 'failed' : partial ? 'partial' : 'done', at: at(), meetings, error };
}

const uniqueByKey = (followUps: FollowUp[]): FollowUp[] => [...new Map(followUps.map((f) => [f.keyHash, f])).values()];

async function ensurePairs(state: RunState, request: SyncRequest, followUps: FollowUp[]): Promise<void> {
  const reportIds = new Set(followUps.map((f) => f.meeting.reportId));
  for (const report of request.reports.filter((r) => reportIds.has(r.id))) {
    try {
      const { pair, doc } = await ensurePair(state.ports, state.doc, request.manager, report);
      state.pairs.set(report.id, pair);
      state.doc = doc;
    } catch (error) {
      if (!isRapportError(error)) throw error;
      for (const f of followUps.filter((x) => x.meeting.reportId === report.id)) summaryOf(state, f).pending.push({ title: f.title, reason: 'failed' });
    }
  }
}

/** Tasks Rapport created earlier (ledger origin 'created') tell its app id when the options do not. */
function learnAppIds(state: RunState): void {
  for (const entry of Object.values(state.doc.ledger)) {
    const appId = entry.origin === 'created' ? state.tasksById.get(entry.taskId)?.createdByAppId : null;
    if (appId) state.appIds.add(appId);
  }
}

/** Follow-ups the ledger knows in the current plan: updated when who or when changed; the rest go on. */
async function applyLedger(state: RunState, followUps: FollowUp[]): Promise<FollowUp[]> {
  const fresh: FollowUp[] = [];
  const changes: Record<string, Partial<LedgerEntry>> = {};
  for (const followUp of followUps) {
    const entry = state.doc.ledger[followUp.keyHash];
    const pair = state.pairs.get(followUp.meeting.reportId);
    if (!entry || entry.planId !== pair?.planId) {
      fresh.push(followUp);
      continue;
    }
    const task = state.tasksById.get(entry.taskId);
    const change = changeFor(followUp, entry);
    // A task deleted in Planner stays deleted: the ledger says it was made once.
    if (!task || !change) {
      if (entry.ownerId === undefined) changes[followUp.keyHash] = { iCalUId: followUp.meeting.iCalUId, title: followUp.title, ownerId: followUp.ownerId, dueDateTime: followUp.dueDateTime };
      summaryOf(state, followUp).unchanged += 1;
      continue;
    }
    try {
      const updated = await state.ports.tasks.updateTask(task, change);
      state.tasksById.set(updated.id, updated);
      changes[followUp.keyHash] = { ownerId: followUp.ownerId, dueDateTime: followUp.dueDateTime };
      summaryOf(state, followUp).updated.push(linkOf(updated, followUp));
    } catch (error) {
      if (!isRapportError(error)) throw error;
      summaryOf(state, followUp).pending.push({ title: followUp.title, reason: error.kind === 'conflict' ? 'conflict' : 'failed' });
    }
  }
  await writeLedger(state, changes);
  return fresh;
}

/**
 * After an ambiguous create (504, network error) the task may exist: re-list the plan, adopt what is there, and
 * only then create the rest once more. A deleted bucket or plan is made again first. Whatever fails in this
 * second round waits for the next sync.
 */
async function retryAfterReconcile(state: RunState, request: SyncRequest, failures: CreateFailure[]): Promise<void> {
  const again = failures.filter((f) => f.kind === 'ambiguous' || f.kind === 'stale-plan');
  for (const f of failures.filter((x) => !again.includes(x))) summaryOf(state, f.followUp).pending.push({ title: f.followUp.title, reason: f.kind as never });
  if (again.length === 0) return;
  for (const reportId of new Set(again.filter((f) => f.kind === 'stale-plan').map((f) => f.followUp.meeting.reportId))) {
    const report = request.reports.find((r) => r.id === reportId);
    if (!report) continue;
    const { pair, doc } = await ensurePair(state.ports, state.doc, request.manager, report, { forget: true });
    state.pairs.set(reportId, pair);
    state.doc = doc;
  }
  const planIds = new Set(again.map((f) => state.pairs.get(f.followUp.meeting.reportId)?.planId).filter((id): id is string => !!id));
  const seenBefore = new Set(state.tasksById.keys());
  indexTasks(state, await state.ports.tasks.listTasks([...planIds]), planIds);
  const { toAdopt, toCreate } = adoptOrCreate(state, again.map((f) => f.followUp));
  // A matching task that appeared since our last listing is the ambiguous create itself: it tells Rapport's app id.
  for (const { task } of toAdopt) if (!seenBefore.has(task.id) && task.createdByAppId) state.appIds.add(task.createdByAppId);
  await adopt(state, toAdopt);
  const stillFailing = await createAndRecord(state, toCreate);
  for (const f of stillFailing) {
    summaryOf(state, f.followUp).pending.push({ title: f.followUp.title, reason: f.kind === 'ambiguous' ? 'outcome-unknown' : f.kind === 'stale-plan' ? 'failed' : f.kind });
  }
}

function noLongerInNotes(state: RunState, request: SyncRequest): void {
  for (const { meeting, followUps } of request.meetings) {
    const current = new Set(followUps.map((f) => f.keyHash));
    const summary = state.summaries.get(meeting.iCalUId);
    for (const [hash, entry] of Object.entries(state.doc.ledger)) {
      if (entry.iCalUId !== meeting.iCalUId || current.has(hash) || !summary) continue;
      summary.noLongerInNotes.push({ taskId: entry.taskId, planId: entry.planId, title: entry.title ?? '', ownerId: entry.ownerId ?? '' });
    }
  }
}

const clearPending = (ledger: Record<string, LedgerEntry>, done: string[]): Record<string, LedgerEntry> => {
  if (done.length === 0) return ledger;
  const next = { ...ledger };
  for (const hash of done) if (next[hash]) next[hash] = { ...next[hash], pendingDetails: false };
  return next;
};

const asRapportError = (error: unknown): RapportError =>
  isRapportError(error) ? error : new RapportError('graph', error instanceof Error ? error.message : String(error), { cause: error });
