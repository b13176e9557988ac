import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CalendarEvent } from '../../../domain/model/calendar';
import type { Clock } from '../../../domain/model/clock';
import type { Person } from '../../../domain/model/people';
import { isRapportError, RapportError } from '../../../ports/errors';
import type { CalendarPort } from '../../../ports/graph-ports';
import { meetingRefOf, type ReadNextSteps } from '../engine/collect';
import { syncFollowUps } from '../engine/sync-follow-ups';
import { followUpsOfRows } from '../engine/follow-up';
import { readNextStepsFromBody } from '../engine/reading';
import { dateOrderOfSettings } from '../../../domain/time/date-order';
import type { SyncPorts } from '../engine/run-state';
import { defaultSessionStore, newRunId, sessionIdOf, type SessionStore } from './session';
import type { FollowUpRow, SyncSummary, UnreadableRow } from '../engine/types';
import { privateNotesOf, saveWrapUp, wrapUpOf } from '../engine/wrap-up-store';

export interface WrapUpPorts extends SyncPorts {
  calendar: CalendarPort;
}

export interface EditableRow {
  key: number;
  ownerId: string;
  what: string;
  /** yyyy-mm-dd or ''. */
  due: string;
}

export type WrapUpPhase = 'loading' | 'ready' | 'saving' | 'saved' | 'error';

const systemClock: Clock = { now: () => new Date() };
let nextKey = 1;
const editable = (row: FollowUpRow): EditableRow => ({ key: nextKey++, ownerId: row.ownerId, what: row.what, due: row.due ?? '' });

/**
 * The wrap-up of one 1:1: the rows (saved earlier in Rapport, else read from the notes), the rows that could not be
 * read, and the private notes. `save` writes notes and rows to the manager's document first (nothing typed is
 * lost if Planner fails), then creates or updates the tasks through the exactly-once sync.
 */
export function useWrapUp(
  ports: WrapUpPorts,
  input: { event: CalendarEvent; manager: Person; report: Person; timeZone: string; readNextSteps?: ReadNextSteps; clock?: Clock; storage?: SessionStore | null },
) {
  const { event, manager, report, timeZone, readNextSteps = readNextStepsFromBody } = input;
  const clock = input.clock ?? systemClock;
  const storage = useMemo(() => (input.storage === undefined ? defaultSessionStore() : input.storage), [input.storage]);
  const meeting = useMemo(() => meetingRefOf(event, report, timeZone), [event, report, timeZone]);
  const [rows, setRows] = useState<EditableRow[]>([]);
  const [notes, setNotes] = useState('');
  const [unreadable, setUnreadable] = useState<UnreadableRow[]>([]);
  const [phase, setPhase] = useState<WrapUpPhase>('loading');
  const [error, setError] = useState<RapportError | null>(null);
  const [summary, setSummary] = useState<SyncSummary | null>(null);
  /** False until the rows are read: saving before that would overwrite a saved wrap-up with nothing. */
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    let live = true;
    (async () => {
      const doc = await ports.document.read();
      const saved = wrapUpOf(doc, report.id, event.iCalUId);
      const read = saved
        ? { rows: saved.rows, unreadable: [] }
        : readNextSteps(await ports.calendar.getBody(event.id), { event, manager, report, timeZone: meeting.timeZone, language: doc.settings.language, dateOrder: dateOrderOfSettings(doc.regional ?? {}) });
      if (!live) return;
      setRows(read.rows.map(editable));
      setUnreadable(read.unreadable);
      setNotes(privateNotesOf(doc, report.id, event.iCalUId));
      setLoaded(true);
      setPhase('ready');
    })().catch((caught: unknown) => {
      if (!live) return;
      setError(isRapportError(caught) ? caught : new RapportError('graph', String(caught)));
      setPhase('error');
    });
    return () => {
      live = false;
    };
  }, [ports, event, manager, report, meeting.timeZone, readNextSteps]);

  const updateRow = useCallback((key: number, change: Partial<Omit<EditableRow, 'key'>>) => {
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));
  }, []);
  const addRow = useCallback(() => setRows((current) => [...current, editable({ ownerId: report.id, what: '', due: null })]), [report.id]);
  const removeRow = useCallback((key: number) => setRows((current) => current.filter((row) => row.key !== key)), []);

  const save = useCallback(async () => {
    if (!loaded) return;
    setPhase('saving');
    setError(null);
    try {
      const kept: FollowUpRow[] = rows.filter((r) => r.what.trim() !== '').map((r) => ({ ownerId: r.ownerId, what: r.what.trim(), due: r.due || null }));
      await saveWrapUp(ports.document, { reportId: report.id, iCalUId: event.iCalUId, rows: kept, notes }, clock);
      const followUps = await followUpsOfRows(meeting, kept, manager.id);
      const result = await syncFollowUps(ports, { manager, reports: [report], meetings: [{ meeting, followUps, unreadable: [] }] }, {
        holder: { session: sessionIdOf(storage), run: newRunId() },
        clock,
      });
      setSummary(result);
      setUnreadable([]);
      if (result.error) throw result.error;
      setPhase('saved');
    } catch (caught) {
      setError(isRapportError(caught) ? caught : new RapportError('graph', String(caught)));
      setPhase('error');
    }
  }, [loaded, rows, notes, ports, report, event.iCalUId, meeting, manager, clock, storage]);

  return { meeting, loaded, rows, notes, setNotes, unreadable, phase, error, summary, updateRow, addRow, removeRow, save };
}
