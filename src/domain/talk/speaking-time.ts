import type { Cue } from './vtt';

/** A speaker's key: the voice tag's name, or UNKNOWN_VOICE for cues without one. */
export const UNKNOWN_VOICE = '\u0000unknown';
export const voiceOf = (cue: Pick<Cue, 'speaker'>): string => cue.speaker ?? UNKNOWN_VOICE;

/**
 * Speaking time per voice, each moment counted once: where one voice's cues overlap each other the time counts once,
 * and where several voices speak at the same moment that moment is shared equally between them. So the voices' times
 * always add up to the time anybody spoke (`spokenMs`), and cutting a transcript at any instant gives two parts whose
 * times add up to the whole's. A sweep over the cue boundaries: O(n log n).
 */
export function speakingTime(cues: readonly Pick<Cue, 'startMs' | 'endMs' | 'speaker'>[]): { byVoice: Map<string, number>; spokenMs: number } {
  const edges: Array<{ at: number; voice: string; delta: 1 | -1 }> = [];
  for (const cue of cues) {
    if (!(cue.endMs > cue.startMs)) continue;
    edges.push({ at: cue.startMs, voice: voiceOf(cue), delta: 1 }, { at: cue.endMs, voice: voiceOf(cue), delta: -1 });
  }
  edges.sort((a, b) => a.at - b.at);
  const open = new Map<string, number>();
  const byVoice = new Map<string, number>();
  let spokenMs = 0;
  let last = edges[0]?.at ?? 0;
  for (const edge of edges) {
    const span = edge.at - last;
    if (span > 0 && open.size > 0) {
      spokenMs += span;
      for (const voice of open.keys()) byVoice.set(voice, (byVoice.get(voice) ?? 0) + span / open.size);
    }
    last = edge.at;
    const count = (open.get(edge.voice) ?? 0) + edge.delta;
    if (count > 0) open.set(edge.voice, count);
    else open.delete(edge.voice);
  }
  return { byVoice, spokenMs };
}

/** The cues clipped to [fromMs, toMs): the part of a transcript between two instants. */
export const clip = <C extends Pick<Cue, 'startMs' | 'endMs'>>(cues: readonly C[], fromMs: number, toMs: number): C[] =>
  cues.flatMap((cue) => {
    const startMs = Math.max(cue.startMs, fromMs);
    const endMs = Math.min(cue.endMs, toMs);
    return endMs > startMs ? [{ ...cue, startMs, endMs }] : [];
  });

/**
 * Whole percents that add up to exactly 100 (largest remainder), in the order of `parts`; all zero when nothing was
 * spoken.
 */
export function wholePercents(parts: readonly number[]): number[] {
  const total = parts.reduce((sum, p) => sum + p, 0);
  if (!(total > 0)) return parts.map(() => 0);
  const exact = parts.map((p) => (p / total) * 100);
  const floors = exact.map(Math.floor);
  let missing = 100 - floors.reduce((sum, p) => sum + p, 0);
  const order = exact.map((value, index) => ({ index, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of order) {
    if (missing <= 0) break;
    floors[index]! += 1;
    missing -= 1;
  }
  return floors;
}
