/**
 * A WebVTT reader for Teams transcripts (docs/transcripts.md): `HH:MM:SS.mmm --> HH:MM:SS.mmm` cues whose text
 * carries the speaker in a voice tag, `<v Dana Levi>…</v>`. Graph's own examples write short times ("0:0:5.320")
 * and document negative offsets (transcription started mid-conversation); both are read. Pure: text in, cues out.
 *
 * Nothing here trusts the input: markup in a cue is removed (the text is only ever counted, never shown), entities
 * are decoded, cues without a voice have a null speaker, broken timings are skipped and counted, and input beyond
 * MAX_VTT_CHARS is not read (the result is then marked partial).
 */
export interface Cue {
  startMs: number;
  endMs: number;
  /** The voice tag's name as written (trimmed, entities decoded), or null when the cue has no voice. */
  speaker: string | null;
  /** The spoken words, markup removed. Held in memory for counting questions; never stored or shown. */
  text: string;
}

export type VttProblem = 'notVtt' | 'tooLarge' | 'badTiming' | 'outOfOrder' | 'noVoice';

export interface VttReading {
  cues: Cue[];
  /** What was odd about the input, each once. */
  problems: VttProblem[];
  /** True when part of the input could not be read (too large, or cues skipped). */
  partial: boolean;
}

/** About 9 hours of Teams transcript (a 2-hour 1:1 is about 0.3 M characters): larger input is cut. */
export const MAX_VTT_CHARS = 4_000_000;

const TIME = /^(-)?(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,9}))?$/;
const TIMING = /^(\S+)\s+-->\s+(\S+)/;
const VOICE = /<v(?:\.[^\s>]*)?(?:\s+([^>]*))?>/i;
const TAG = /<[^>]*>?/g;
const ENTITY = /&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', lrm: '\u200e', rlm: '\u200f' };
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** Milliseconds of a cue time, or null when it is none. */
export function parseCueTime(text: string): number | null {
  const m = TIME.exec(text);
  if (!m) return null;
  const [, minus, h = '0', min = '0', s = '0', fraction = ''] = m;
  if (Number(min) > 59 || Number(s) > 59) return null;
  const ms = ((Number(h) * 60 + Number(min)) * 60 + Number(s)) * 1000 + Number(fraction.padEnd(3, '0').slice(0, 3));
  return minus ? -ms : ms;
}

const decode = (text: string): string =>
  text.replace(ENTITY, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });

/** Markup removed, then entities decoded (so an escaped `&lt;b&gt;` stays text), control characters gone. */
const plain = (text: string): string => decode(text.replace(TAG, ' ')).replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();

function cueOf(lines: readonly string[]): Cue | 'badTiming' | null {
  const timingAt = lines.findIndex((line) => line.includes('-->'));
  if (timingAt < 0) return null; // a NOTE, STYLE or REGION block, or stray text
  const timing = TIMING.exec(lines[timingAt]!.trim());
  const start = timing ? parseCueTime(timing[1]!) : null;
  const end = timing ? parseCueTime(timing[2]!) : null;
  if (start === null || end === null || end <= start) return 'badTiming';
  const payload = lines.slice(timingAt + 1).join('\n');
  const voice = VOICE.exec(payload);
  const speaker = voice?.[1] !== undefined ? plain(voice[1]) : null;
  return { startMs: start, endMs: end, speaker: speaker === '' ? null : speaker, text: plain(payload) };
}

/** Reads a transcript. Never throws; text that is not WebVTT gives no cues and the 'notVtt' problem. */
export function readVtt(input: string): VttReading {
  const problems = new Set<VttProblem>();
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.length > MAX_VTT_CHARS) {
    const cut = text.lastIndexOf('\n\n', MAX_VTT_CHARS);
    text = text.slice(0, cut > 0 ? cut : MAX_VTT_CHARS);
    problems.add('tooLarge');
  }
  if (!/^WEBVTT(?:[ \t].*)?(?:\r?\n|$)/.test(text)) return { cues: [], problems: ['notVtt'], partial: false };
  const cues: Cue[] = [];
  let previousStart = -Infinity;
  for (const block of text.split(/\r?\n[ \t]*\r?\n/)) {
    const cue = cueOf(block.split(/\r?\n/));
    if (cue === null) continue;
    if (cue === 'badTiming') {
      problems.add('badTiming');
      continue;
    }
    if (cue.startMs < previousStart) problems.add('outOfOrder');
    previousStart = Math.max(previousStart, cue.startMs);
    if (cue.speaker === null) problems.add('noVoice');
    cues.push(cue);
  }
  if (problems.has('outOfOrder')) cues.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
  return { cues, problems: [...problems], partial: problems.has('tooLarge') || problems.has('badTiming') };
}
