import { TRANSCRIPT_SCOPES, type TranscriptOutcome, type TranscriptRequest, type TranscriptsPort } from '../../../../ports/transcripts';
import type { Batcher, BatchResult } from '../../batch';
import { outcomeOfError } from './transcript-errors';

interface MeetingDto {
  id: string;
}
interface TranscriptDto {
  id: string;
  createdDateTime?: string;
  endDateTime?: string | null;
}

/** A transcript belongs to the occurrence whose time it overlaps, give or take this (late start, overrun). */
const SLACK_MS = 30 * 60_000;
const OPTIONS = { scopes: TRANSCRIPT_SCOPES };

const quoted = (value: string) => `'${value.replace(/'/g, "''")}'`;
const meetingPath = (id: string) => `/me/onlineMeetings/${encodeURIComponent(id)}`;
const headerOf = (result: BatchResult, name: string) => Object.entries(result.headers).find(([k]) => k.toLowerCase() === name)?.[1] ?? '';

/** A non-JSON body inside `$batch` comes as a string: the text itself, or base64 (as Graph sends binary content). */
function vttText(result: BatchResult): string | null {
  const body = result.body;
  if (typeof body !== 'string' || !/^text\/vtt\b/i.test(headerOf(result, 'content-type') || 'text/vtt')) return null;
  if (/^\ufeff?WEBVTT/.test(body)) return body;
  try {
    const bytes = Uint8Array.from(atob(body.replace(/\s+/g, '')), (c) => c.charCodeAt(0));
    const text = new TextDecoder('utf-8').decode(bytes);
    return /^\ufeff?WEBVTT/.test(text) ? text : null;
  } catch {
    return null;
  }
}

const overlaps = (t: TranscriptDto, m: TranscriptRequest): boolean => {
  const from = Date.parse(t.createdDateTime ?? '');
  const to = Date.parse(t.endDateTime ?? '') || from;
  return !Number.isNaN(from) && from <= Date.parse(m.end) + SLACK_MS && to >= Date.parse(m.start) - SLACK_MS;
};

/**
 * Three `$batch` rounds for any number of 1:1s (≤ 20 each an envelope; a recurring Teams series is one online
 * meeting, so one lookup and one listing serve all its occurrences): find the online meetings by join URL, list
 * their transcripts, read the transcripts' content as WebVTT (`$format=text/vtt`). Every request asks for
 * TRANSCRIPT_SCOPES, so the first one is where consent is asked.
 */
export function createTranscriptsGateway(batch: Batcher): TranscriptsPort {
  return {
    async transcripts(meetings) {
      const outcomes = new Map<string, TranscriptOutcome>();
      const teams = meetings.filter((m) => {
        if (!m.joinUrl) outcomes.set(m.key, { key: m.key, kind: 'none', reason: 'notTeams' });
        return Boolean(m.joinUrl);
      });
      const urls = [...new Set(teams.map((m) => m.joinUrl!))];
      const found = await batch<{ value?: MeetingDto[] }>(
        urls.map((url) => ({ method: 'GET', url: `/me/onlineMeetings?$filter=${encodeURIComponent(`JoinWebUrl eq ${quoted(url)}`)}` })),
        OPTIONS,
      );
      const meetingOf = new Map<string, string>();
      urls.forEach((url, i) => {
        const result = found[i]!;
        const id = result.body?.value?.[0]?.id;
        for (const m of teams.filter((t) => t.joinUrl === url)) {
          if (result.error) outcomes.set(m.key, outcomeOfError(m.key, result.error));
          else if (!id) outcomes.set(m.key, { key: m.key, kind: 'none', reason: 'expired' });
          else meetingOf.set(m.key, id);
        }
      });
      const ids = [...new Set(meetingOf.values())];
      const lists = await batch<{ value?: TranscriptDto[] }>(ids.map((id) => ({ method: 'GET', url: `${meetingPath(id)}/transcripts` })), OPTIONS);
      const wanted: Array<{ key: string; meetingId: string; transcript: TranscriptDto }> = [];
      for (const m of teams.filter((t) => meetingOf.has(t.key))) {
        const meetingId = meetingOf.get(m.key)!;
        const result = lists[ids.indexOf(meetingId)]!;
        if (result.error) {
          outcomes.set(m.key, outcomeOfError(m.key, result.error));
          continue;
        }
        const mine = (result.body?.value ?? []).filter((t) => overlaps(t, m));
        if (mine.length === 0) outcomes.set(m.key, { key: m.key, kind: 'none', reason: 'transcriptionOff' });
        for (const transcript of mine) wanted.push({ key: m.key, meetingId, transcript });
      }
      const contents = await batch<unknown>(
        wanted.map((w) => ({ method: 'GET', url: `${meetingPath(w.meetingId)}/transcripts/${encodeURIComponent(w.transcript.id)}/content?$format=text/vtt` })),
        OPTIONS,
      );
      wanted.forEach((w, i) => {
        const result = contents[i]!;
        const previous = outcomes.get(w.key);
        if (previous && previous.kind !== 'transcript') return; // one refused part decides for the 1:1
        if (result.error) return void outcomes.set(w.key, outcomeOfError(w.key, result.error));
        const vtt = vttText(result);
        if (vtt === null) return void outcomes.set(w.key, { key: w.key, kind: 'none', reason: 'unreadable' });
        const first = wanted.find((x) => x.key === w.key)!;
        const offsetMs = Date.parse(w.transcript.createdDateTime ?? '') - Date.parse(first.transcript.createdDateTime ?? '') || 0;
        const parts = previous?.kind === 'transcript' ? previous.parts : [];
        outcomes.set(w.key, { key: w.key, kind: 'transcript', parts: [...parts, { offsetMs, vtt }] });
      });
      return meetings.map((m) => outcomes.get(m.key) ?? { key: m.key, kind: 'failed', error: new Error('no answer for this 1:1') });
    },
  };
}
