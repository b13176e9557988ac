import { useCallback, useState } from 'react';
import { emptyReportRecord, type ManagerDocument } from '../../domain/model/document';
import { clampShare } from '../../domain/trust/talk-share';
import type { ManagerDocumentPort } from '../../ports/graph-ports';
import type { SaveStatus } from '../../ui/save-actions';

/** Sets one meeting's estimate and touches nothing else (safe to re-apply after a 412). */
export const withTalkShare = (doc: ManagerDocument, reportId: string, meetingId: string, share: number): ManagerDocument => {
  const record = doc.reports[reportId] ?? emptyReportRecord();
  return { ...doc, reports: { ...doc.reports, [reportId]: { ...record, talkShare: { ...(record.talkShare ?? {}), [meetingId]: clampShare(share) } } } };
};


export function useTalkShare(options: { document: Pick<ManagerDocumentPort, 'update'>; reportId: string; onSaved: (doc: ManagerDocument) => void }) {
  const { document, reportId, onSaved } = options;
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const save = useCallback(
    (meetingId: string, share: number) => {
      setStatus({ kind: 'saving' });
      document.update((doc) => withTalkShare(doc, reportId, meetingId, share)).then(
        (doc) => {
          setStatus({ kind: 'saved' });
          onSaved(doc);
        },
        (error: unknown) => setStatus({ kind: 'failed', error }),
      );
    },
    [document, reportId, onSaved],
  );
  const reset = useCallback(() => setStatus({ kind: 'idle' }), []);
  return { save, status, reset };
}
