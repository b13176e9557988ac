import { useCallback, useState } from 'react';
import type { ManagerDocument } from '../../domain/model/document';
import { localDate } from '../../domain/time';
import type { Locale } from '../../i18n/locale';
import { addCommitment, insertRepairAgenda, type RepairContext } from './repair-actions';
import { withReflections, withRepairStarted } from './repair-doc';

export type { RepairMeeting, RepairPorts } from './repair-actions';

type Busy = 'start' | 'reflections' | 'commit' | 'agenda' | null;

/** The repair plan's actions for one report, with what is in progress and the last failure (shown, never retried by itself). */
export function useRepairPlan(options: RepairContext & { locale: Locale; timeZone: string; onSaved: (doc: ManagerDocument) => void; onTasksChanged: () => void }) {
  const { ports, clock, report, locale, timeZone, onSaved, onTasksChanged } = options;
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [agendaInserted, setAgendaInserted] = useState(false);

  const run = useCallback(async (what: Exclude<Busy, null>, work: () => Promise<void>) => {
    setBusy(what);
    setError(undefined);
    try {
      await work();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  }, []);

  // The manager's calendar day (it was UTC's: a plan started at 09:00 in Auckland was dated the day before).
  const today = () => localDate(clock.now().toISOString(), timeZone);
  const start = () => run('start', async () => onSaved(await ports.document.update((doc) => withRepairStarted(doc, report.id, today()))));
  const saveReflections = (text: string) => run('reflections', async () => onSaved(await ports.document.update((doc) => withReflections(doc, report.id, text))));
  const commit = (text: string) =>
    run('commit', async () => {
      const saved = await addCommitment(options, text);
      if (saved) onSaved(saved);
      onTasksChanged();
    });
  const insertAgenda = (commitments: string[]) =>
    run('agenda', async () => {
      await insertRepairAgenda(options, locale, commitments);
      setAgendaInserted(true);
    });

  return { busy, error, agendaInserted, start, saveReflections, commit, insertAgenda };
}
