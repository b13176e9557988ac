import type { Clock } from '../../../domain/model/clock';
import type { LedgerEntry } from '../../../domain/model/document';
import type { Person } from '../../../domain/model/people';
import { isRapportError, RapportError, RosterRefusedError } from '../../../ports/errors';
import { adopt, adoptOrCreate, createAndRecord } from './apply';
import { converge } from './converge';
import { writePendingDetails } from './details';
import { leaseOwner, releaseLease, takeLease, type LeaseHolder } from './lease';
import { ensurePairs } from './pairs';
import { emptyMeetingSummary, indexTasks, summaryOf, type RunState, type SyncPorts } from './run-state';
import { applyLedger, retryAfterReconcile } from './steps';
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
 * The exactly-once sync (docs/contracts.md §7). Take the lease; then per follow-up: the ledger, else adopt a task of
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
    await ensureReportPairs(state, request, followUps);
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

async function ensureReportPairs(state: RunState, request: SyncRequest, followUps: FollowUp[]): Promise<void> {
  const reportIds = new Set(followUps.map((f) => f.meeting.reportId));
  const reports = request.reports.filter((r) => reportIds.has(r.id));
  const { pairs, doc } = await ensurePairs(state.ports, state.doc, request.manager, reports);
  state.doc = doc;
  for (const [reportId, pair] of pairs) {
    if (!(pair instanceof Error)) {
      state.pairs.set(reportId, pair);
      continue;
    }
    if (!isRapportError(pair)) throw pair;
    const reason = pair instanceof RosterRefusedError ? (pair.reason === 'label-required' ? 'roster-label' : 'roster-disabled') : 'failed';
    for (const f of followUps.filter((x) => x.meeting.reportId === reportId)) summaryOf(state, f).pending.push({ title: f.title, reason });
  }
}

/** Tasks Rapport created earlier (ledger origin 'created') tell its app id when the options do not. */
function learnAppIds(state: RunState): void {
  for (const entry of Object.values(state.doc.ledger)) {
    const appId = entry.origin === 'created' ? state.tasksById.get(entry.taskId)?.createdByAppId : null;
    if (appId) state.appIds.add(appId);
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
