import { useCallback, useEffect, useState } from 'react';
import type { ManagerDocument } from '../../domain/model/document';
import type { ManagerDocumentPort } from '../../ports/graph-ports';
import { ticksOf, withTick } from './checklist-ticks';

interface FailedTick {
  itemId: string;
  ticked: boolean;
  error: unknown;
}

/**
 * The ticks of one meeting's checklist, saved in the manager's document. A tick shows at once; the save runs in the
 * background; a failed save puts the box back and offers a retry of exactly that tick.
 */
export function useChecklist(options: {
  document: Pick<ManagerDocumentPort, 'update'>;
  saved: ManagerDocument | undefined;
  reportId: string;
  meetingId: string;
  onSaved: (doc: ManagerDocument) => void;
}) {
  const { document, saved, reportId, meetingId, onSaved } = options;
  const [pending, setPending] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [failed, setFailed] = useState<FailedTick | null>(null);

  useEffect(() => {
    setPending(new Map());
    setFailed(null);
  }, [reportId, meetingId]);

  const toggle = useCallback(
    (itemId: string, ticked: boolean) => {
      setFailed(null);
      setPending((p) => new Map(p).set(itemId, ticked));
      document
        .update((doc) => withTick(doc, reportId, meetingId, itemId, ticked))
        .then(onSaved, (error: unknown) => setFailed({ itemId, ticked, error }))
        .finally(() =>
          setPending((p) => {
            const next = new Map(p);
            if (next.get(itemId) === ticked) next.delete(itemId);
            return next;
          }),
        );
    },
    [document, reportId, meetingId, onSaved],
  );

  const ticked = new Set(ticksOf(saved, reportId, meetingId));
  pending.forEach((value, itemId) => (value ? ticked.add(itemId) : ticked.delete(itemId)));

  const retry = useCallback(() => {
    if (failed) toggle(failed.itemId, failed.ticked);
  }, [failed, toggle]);

  return { ticked: ticked as ReadonlySet<string>, saving: pending.size > 0, failed, toggle, retry };
}
