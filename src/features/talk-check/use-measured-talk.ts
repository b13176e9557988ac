import { useCallback, useEffect, useRef, useState } from 'react';
import type { ManagerDocument } from '../../domain/model/document';
import type { Pair } from '../../domain/talk';
import type { ManagerDocumentPort } from '../../ports/graph-ports';
import type { TranscriptRequest, TranscriptsPort } from '../../ports/transcripts';
import { figuresOfMeasured, measureOutcome, withMeasuredTalk, type MeasuredMeeting } from './measure';

export type MeasureState = { kind: 'off' } | { kind: 'turningOn' } | { kind: 'measuring' } | { kind: 'done'; results: MeasuredMeeting[] } | { kind: 'failed'; error: unknown };

/**
 * Measuring talk share from transcripts, once the manager turned it on: the 1:1s without stored figures are read
 * (the first read asks for the transcript permissions), measured here, and only their figures are saved.
 */
export function useMeasuredTalk(options: {
  enabled: boolean;
  reportId: string;
  pair: Pair;
  meetings: readonly TranscriptRequest[];
  saved: ManagerDocument;
  document: Pick<ManagerDocumentPort, 'update'>;
  transcripts: TranscriptsPort;
  onSaved: (doc: ManagerDocument) => void;
}) {
  const { enabled, reportId, document, transcripts, onSaved } = options;
  const [state, setState] = useState<MeasureState>(enabled ? { kind: 'measuring' } : { kind: 'off' });
  const latest = useRef(options);
  latest.current = options;
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const { meetings, saved, pair } = latest.current;
    const stored = saved.reports[reportId]?.talkMeasured ?? {};
    const missing = meetings.filter((m) => stored[m.key] === undefined);
    setState({ kind: 'measuring' });
    (async () => {
      const results = missing.length ? (await transcripts.transcripts(missing)).map((o) => measureOutcome(o, pair)) : [];
      const figures = figuresOfMeasured(results);
      if (Object.keys(figures).length) onSaved(await document.update((doc) => withMeasuredTalk(doc, reportId, figures)));
      if (live) setState({ kind: 'done', results });
    })().catch((error: unknown) => live && setState({ kind: 'failed', error }));
    return () => {
      live = false;
    };
  }, [enabled, reportId, transcripts, document, onSaved, attempt]);

  const turnOn = useCallback(() => {
    setState({ kind: 'turningOn' });
    document.update((doc) => ({ ...doc, settings: { ...doc.settings, measureTalk: true } })).then(onSaved, (error: unknown) => setState({ kind: 'failed', error }));
  }, [document, onSaved]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, turnOn, retry };
}
