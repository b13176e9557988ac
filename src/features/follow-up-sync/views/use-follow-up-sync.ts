import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { regionalSettingsOf } from '../engine/regional';
import type { Clock } from '../../../domain/model/clock';
import { isRapportError, RapportError } from '../../../ports/errors';
import type { CalendarPort, DirectoryPort } from '../../../ports/graph-ports';
import type { ReadNextSteps } from '../engine/collect';
import type { SyncPorts } from '../engine/run-state';
import { lazySessionStore, lastRunOf, markRun, newRunId, sessionIdOf, type SessionStore } from './session';
import type { FollowUpSyncState, MeetingFollowUps } from '../engine/types';

export type { FollowUpSyncState } from '../engine/types';

export interface FollowUpSyncPorts extends SyncPorts {
  calendar: CalendarPort;
  directory: DirectoryPort;
}

export interface UseFollowUpSyncOptions {
  /** A stable function (default: the domain's parser). */
  readNextSteps?: ReadNextSteps;
  /** The user's zone (due dates of events without one resolve there). */
  timeZone: string;
  clock?: Clock;
  /** The automatic sync runs at most this often (default 5 minutes). */
  minIntervalMs?: number;
  storage?: SessionStore | null;
  appId?: string | null;
  /** False: no automatic run (the shell is not signed in yet). */
  enabled?: boolean;
}

const systemClock: Clock = { now: () => new Date() };

/**
 * The engine, the collector and the next-steps parser (htmlparser2, luxon) load when a run starts, never with the
 * page: the hook sits in the first render of the task pane and the Teams tab (docs/performance.md, "Bundle budget").
 */
const loadEngine = () => Promise.all([import('../engine/collect'), import('../engine/sync-follow-ups'), import('../engine/reading')]);
export const AUTO_SYNC_INTERVAL_MS = 5 * 60_000;

/**
 * Runs the follow-up sync in the background after the first render (at most once every few minutes per tab, and
 * not when the document's lastSync is that fresh), and on `syncNow` (the "Sync follow-ups" action). With
 * settings.autoFollowUps false ("ask me first") the automatic run only counts what would be created, and
 * `syncNow` is the approval.
 */
export function useFollowUpSync(ports: FollowUpSyncPorts, options: UseFollowUpSyncOptions) {
  const { readNextSteps: givenReader, timeZone, appId = null, enabled = true } = options;
  const clock = options.clock ?? systemClock;
  const minInterval = options.minIntervalMs ?? AUTO_SYNC_INTERVAL_MS;
  const storage = useMemo(() => (options.storage === undefined ? lazySessionStore() : options.storage), [options.storage]);
  const [state, setState] = useState<FollowUpSyncState>({ phase: 'idle' });
  /** The run in progress: an automatic run joins it; an explicit one waits for it, then runs (never swallowed). */
  const current = useRef<Promise<void> | null>(null);

  const runOnce = useCallback(
    async (mode: 'auto' | 'manual') => {
      if (mode === 'manual') setState({ phase: 'working' });
      try {
        const doc = await ports.document.read();
        const now = clock.now().getTime();
        const fresh = (at: number) => now - at < minInterval;
        if (mode === 'auto' && (fresh(lastRunOf(storage)) || (doc.lastSync && fresh(Date.parse(doc.lastSync))))) return;
        setState({ phase: 'working' });
        markRun(storage, now);
        const [team, [{ collectFollowUps }, { syncFollowUps }, { readNextStepsFromBody }]] = await Promise.all([ports.directory.team(), loadEngine()]);
        const regional = await regionalSettingsOf(ports, doc, sessionIdOf(storage));
        const meetings = await collectFollowUps(ports.calendar, team, doc, givenReader ?? readNextStepsFromBody, { clock, timeZone, regional });
        if (mode === 'auto' && !doc.settings.autoFollowUps) {
          const count = waiting(meetings, doc.ledger);
          setState(count > 0 ? { phase: 'awaiting-approval', count } : { phase: 'idle' });
          return;
        }
        const reports = team.reports;
        const summary = await syncFollowUps(ports, { manager: team.manager, reports, meetings }, {
          holder: { session: sessionIdOf(storage), run: newRunId() },
          clock,
          appId,
        });
        setState(summary.error ? { phase: 'error', error: summary.error } : { phase: 'done', summary });
      } catch (error) {
        setState({ phase: 'error', error: isRapportError(error) ? error : new RapportError('graph', String(error), { cause: error }) });
      }
    },
    [ports, givenReader, timeZone, appId, clock, minInterval, storage],
  );

  const run = useCallback(
    (mode: 'auto' | 'manual'): Promise<void> => {
      const before = current.current;
      if (before && mode === 'auto') return before;
      const next = (before ?? Promise.resolve()).then(() => runOnce(mode));
      current.current = next;
      void next.finally(() => {
        if (current.current === next) current.current = null;
      });
      return next;
    },
    [runOnce],
  );

  useEffect(() => {
    if (!enabled) return;
    // After the first paint: the sync never delays what the user came to see.
    const timer = setTimeout(() => void run('auto'), 0);
    return () => clearTimeout(timer);
  }, [enabled, run]);

  const syncNow = useCallback(() => run('manual'), [run]);
  return { state, syncNow };
}

const waiting = (meetings: MeetingFollowUps[], ledger: Record<string, unknown>): number =>
  meetings.reduce((sum, m) => sum + m.followUps.filter((f) => !(f.keyHash in ledger)).length, 0);
