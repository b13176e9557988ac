import { emptyReportRecord, type ManagerDocument } from '../../domain/model/document';
import { analyseTalk, figuresOf, readVtt, type Cue, type Pair, type TalkAnalysis, type TalkFigures, type VttProblem } from '../../domain/talk';
import type { NoTranscriptReason, TranscriptOutcome } from '../../ports/transcripts';

export type MeasuredMeeting =
  | { key: string; kind: 'measured'; analysis: TalkAnalysis }
  | { key: string; kind: 'none'; reason: NoTranscriptReason; adminConsentUrl?: string }
  | { key: string; kind: 'failed'; error: unknown };

/**
 * A 1:1's transcript (one or more parts, when transcription was stopped and started again) measured in the browser.
 * The text is read here and dropped: only the analysis leaves this function.
 */
export function measureOutcome(outcome: TranscriptOutcome, pair: Pair): MeasuredMeeting {
  if (outcome.kind !== 'transcript') return outcome;
  const cues: Cue[] = [];
  const problems = new Set<VttProblem>();
  let partial = false;
  let readable = 0;
  for (const part of outcome.parts) {
    const reading = readVtt(part.vtt);
    reading.problems.forEach((p) => problems.add(p));
    partial ||= reading.partial;
    if (!reading.problems.includes('notVtt')) readable += 1;
    for (const cue of reading.cues) cues.push({ ...cue, startMs: cue.startMs + part.offsetMs, endMs: cue.endMs + part.offsetMs });
  }
  if (readable === 0) return { key: outcome.key, kind: 'none', reason: 'unreadable' };
  problems.delete('notVtt');
  cues.sort((a, b) => a.startMs - b.startMs);
  return { key: outcome.key, kind: 'measured', analysis: analyseTalk(cues, pair, { problems: [...problems], partial: partial || readable < outcome.parts.length }) };
}

/** Stores the figures of measured 1:1s (no names, no words) and touches nothing else: safe to re-apply after a 412. */
export const withMeasuredTalk = (doc: ManagerDocument, reportId: string, figures: Readonly<Record<string, TalkFigures>>): ManagerDocument => {
  const record = doc.reports[reportId] ?? emptyReportRecord();
  return { ...doc, reports: { ...doc.reports, [reportId]: { ...record, talkMeasured: { ...(record.talkMeasured ?? {}), ...figures } } } };
};

export const figuresOfMeasured = (measured: readonly MeasuredMeeting[]): Record<string, TalkFigures> =>
  Object.fromEntries(measured.flatMap((m) => (m.kind === 'measured' ? [[m.key, figuresOf(m.analysis)]] : [])));
