import { GRAPH_SCOPES } from './auth';

/**
 * Reading a 1:1's Teams transcript needs two more delegated permissions (docs/transcripts.md): OnlineMeetings.Read to
 * find the online meeting by its join URL, OnlineMeetingTranscript.Read.All (admin consent) for its transcripts.
 * They are asked for only when the manager turns measuring on (incremental consent), never at sign-in.
 */
export const TRANSCRIPT_SCOPES = [...GRAPH_SCOPES, 'OnlineMeetings.Read', 'OnlineMeetingTranscript.Read.All'] as const;

export interface TranscriptRequest {
  /** The caller's key (the 1:1's iCalUId). */
  key: string;
  /** The event's `onlineMeeting.joinUrl`; null when the 1:1 was not a Teams meeting. */
  joinUrl: string | null;
  start: string;
  end: string;
}

/** Why a 1:1 has no transcript to measure; each has its own message in the Talk page. */
export type NoTranscriptReason =
  | 'notTeams' // not a Teams meeting
  | 'transcriptionOff' // the meeting has no transcript for this occurrence
  | 'expired' // Teams no longer has the meeting (meetings expire) or it is gone
  | 'notAllowed' // the tenant turned Graph access to transcripts off (403 GraphAccessToTranscriptsDisabled) or refused it
  | 'speakerAttributionOff' // the tenant gives transcripts without speaker names (403 SpeakerAttributionNotAllowed)
  | 'consentMissing' // the manager has not granted the transcript permissions
  | 'adminConsentRequired' // only an admin can grant them
  | 'unreadable'; // the answer was not a WebVTT transcript

export type TranscriptOutcome =
  | { key: string; kind: 'transcript'; parts: Array<{ offsetMs: number; vtt: string }> }
  | { key: string; kind: 'none'; reason: NoTranscriptReason; adminConsentUrl?: string }
  | { key: string; kind: 'failed'; error: unknown };

/** The transcripts of past 1:1s, read in the manager's browser. The text goes nowhere else (docs/privacy.md). */
export interface TranscriptsPort {
  transcripts(meetings: readonly TranscriptRequest[]): Promise<TranscriptOutcome[]>;
}
