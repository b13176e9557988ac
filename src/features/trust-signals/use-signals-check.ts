import { useCallback, useState } from 'react';
import { emptyReportRecord, type ManagerDocument, type SignalsCheck } from '../../domain/model/document';
import { withSignalsCheck } from '../../domain/trust/signals';
import type { ManagerDocumentPort } from '../../ports/graph-ports';
import type { SaveStatus } from '../../ui/save-actions';


/** Adds a check to one report's record and touches nothing else, so a re-apply after a 412 keeps the other writer's. */
export const withCheckFor = (doc: ManagerDocument, reportId: string, check: SignalsCheck): ManagerDocument => {
  const record = doc.reports[reportId] ?? emptyReportRecord();
  return { ...doc, reports: { ...doc.reports, [reportId]: { ...record, signals: withSignalsCheck(record.signals ?? [], check) } } };
};

/** The marks of a new check (local until recorded) and its save; a failed save keeps the marks. */
export function useSignalsCheck(options: { document: Pick<ManagerDocumentPort, 'update'>; reportId: string; today: string; onSaved: (doc: ManagerDocument) => void }) {
  const { document, reportId, today, onSaved } = options;
  const [marks, setMarks] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });

  const mark = useCallback((signId: string, on: boolean) => {
    setStatus({ kind: 'idle' });
    setMarks((m) => {
      const next = new Set(m);
      if (on) next.add(signId);
      else next.delete(signId);
      return next;
    });
  }, []);

  const record = useCallback(() => {
    const check: SignalsCheck = {
      date: today,
      high: [...marks].filter((id) => id.startsWith('S')).sort(),
      warning: [...marks].filter((id) => id.startsWith('W')).sort(),
    };
    setStatus({ kind: 'saving' });
    document.update((doc) => withCheckFor(doc, reportId, check)).then(
      (doc) => {
        setMarks(new Set());
        setStatus({ kind: 'saved' });
        onSaved(doc);
      },
      (error: unknown) => setStatus({ kind: 'failed', error }),
    );
  }, [document, marks, onSaved, reportId, today]);

  return { marks, mark, record, status };
}
