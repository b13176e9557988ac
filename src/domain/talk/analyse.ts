import { indexPeople, matchWho } from '../next-steps/who';
import { questionsIn } from './questions';
import { speakingTime, UNKNOWN_VOICE, voiceOf, wholePercents } from './speaking-time';
import type { Cue, VttProblem } from './vtt';

export type VoiceRole = 'manager' | 'report' | 'other' | 'unknown';

export interface VoiceTime {
  /** The voice's name as the transcript writes it; null for speech without a voice tag. */
  name: string | null;
  role: VoiceRole;
  ms: number;
  /** Whole percent of the time anybody spoke; the voices' shares add up to 100. */
  share: number;
}

/** The figures of one 1:1, the only part of a transcript Rapport keeps (docs/transcripts.md, Privacy). */
export interface TalkFigures {
  /** The manager's share of the speaking time, whole percent. */
  share: number;
  reportShare: number;
  /** Voices that are neither the manager nor the report (shown, never guessed to be one of them). */
  otherShare: number;
  /** Speech without a voice tag. */
  unknownShare: number;
  /** Changes of speaker plus one: how often the word went back and forth. */
  turns: number;
  /** The manager's longest stretch without anybody else speaking, in whole seconds. */
  longestSeconds: number;
  /** Questions the manager asked. */
  questions: number;
  spokenMinutes: number;
  /** Part of the transcript could not be read (too large, broken cues): the figures cover the rest. */
  partial: boolean;
}

export interface TalkAnalysis extends TalkFigures {
  voices: VoiceTime[];
  problems: VttProblem[];
}

export interface Pair {
  manager: { name: string; address: string };
  report: { name: string; address: string };
}

/** A pause longer than this ends a stretch even when nobody else spoke. */
export const STRETCH_PAUSE_MS = 30_000;

/**
 * Whose voice is it: the voice tag's name matched against the manager and the report with the next steps reader's
 * name rules (full name, first name, a name in another script that fits exactly one of them). Anybody else is
 * 'other'; a cue without a voice is 'unknown'.
 */
export function roleMatcher(pair: Pair): (voice: string) => VoiceRole {
  const index = indexPeople(pair.manager, [pair.report]);
  const roles = new Map<string, VoiceRole>();
  return (voice) => {
    if (voice === UNKNOWN_VOICE) return 'unknown';
    let role = roles.get(voice);
    if (role === undefined) {
      const match = matchWho(voice, index);
      const address = match?.who.kind === 'person' ? match.who.address.toLowerCase() : null;
      role = address === pair.manager.address.toLowerCase() ? 'manager' : address === pair.report.address.toLowerCase() ? 'report' : 'other';
      roles.set(voice, role);
    }
    return role;
  };
}

/** Measures a 1:1 from its transcript's cues (sorted by start, as readVtt gives them). */
export function analyseTalk(cues: readonly Cue[], pair: Pair, reading: { problems?: readonly VttProblem[]; partial?: boolean } = {}): TalkAnalysis {
  const roleOf = roleMatcher(pair);
  const { byVoice, spokenMs } = speakingTime(cues);
  const entries = [...byVoice.entries()].sort((a, b) => b[1] - a[1]);
  const shares = wholePercents(entries.map(([, ms]) => ms));
  const voices: VoiceTime[] = entries.map(([voice, ms], i) => ({ name: voice === UNKNOWN_VOICE ? null : voice, role: roleOf(voice), ms, share: shares[i]! }));
  const shareOf = (role: VoiceRole) => voices.filter((v) => v.role === role).reduce((sum, v) => sum + v.share, 0);
  let turns = 0;
  let previous: string | null = null;
  let longest = 0;
  let stretch: { from: number; to: number } | null = null;
  let questions = 0;
  for (const cue of cues) {
    const voice = voiceOf(cue);
    if (voice !== previous) turns += 1;
    previous = voice;
    if (roleOf(voice) === 'manager') {
      questions += questionsIn(cue.text);
      stretch = stretch && cue.startMs - stretch.to <= STRETCH_PAUSE_MS ? { from: stretch.from, to: Math.max(stretch.to, cue.endMs) } : { from: cue.startMs, to: cue.endMs };
      longest = Math.max(longest, stretch.to - stretch.from);
    } else {
      stretch = null;
    }
  }
  return {
    share: shareOf('manager'),
    reportShare: shareOf('report'),
    otherShare: shareOf('other'),
    unknownShare: shareOf('unknown'),
    turns,
    longestSeconds: Math.round(longest / 1000),
    questions,
    spokenMinutes: Math.round(spokenMs / 60_000),
    partial: reading.partial ?? false,
    voices,
    problems: [...(reading.problems ?? [])],
  };
}

/** Only the figures, for the manager's document: no names, no words. */
export const figuresOf = (analysis: TalkAnalysis): TalkFigures => {
  const { voices: _voices, problems: _problems, ...figures } = analysis;
  return figures;
};
