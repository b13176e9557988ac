import fc from 'fast-check';
import { analyseTalk, clip, speakingTime, wholePercents, type Cue, type Pair } from '../../../../src/domain/talk';

const PAIR: Pair = { manager: { name: 'Dana Levi', address: 'dana@contoso.com' }, report: { name: 'Sara Nilsson', address: 'sara@contoso.com' } };
const cueArb: fc.Arbitrary<Cue> = fc
  .record({ start: fc.integer({ min: -5_000, max: 3_600_000 }), length: fc.integer({ min: 1, max: 120_000 }), speaker: fc.constantFrom('Dana Levi', 'Sara Nilsson', 'Michael Shapiro', null) })
  .map(({ start, length, speaker }) => ({ startMs: start, endMs: start + length, speaker, text: 'x' }));
const byStart = (cues: Cue[]) => [...cues].sort((a, b) => a.startMs - b.startMs);

describe('talk analysis properties', () => {
  it('the shares of all voices add up to 100 % whenever anybody spoke', () => {
    fc.assert(
      fc.property(fc.array(cueArb, { minLength: 1, maxLength: 60 }), (cues) => {
        const result = analyseTalk(byStart(cues), PAIR);
        expect(result.voices.reduce((sum, v) => sum + v.share, 0)).toBe(100);
        expect(result.share + result.reportShare + result.otherShare + result.unknownShare).toBe(100);
      }),
    );
  });

  it('the voices’ times add up to the time anybody spoke, which is at most the sum of the cues', () => {
    fc.assert(
      fc.property(fc.array(cueArb, { maxLength: 60 }), (cues) => {
        const { byVoice, spokenMs } = speakingTime(cues);
        const sum = [...byVoice.values()].reduce((a, b) => a + b, 0);
        expect(sum).toBeCloseTo(spokenMs, 6);
        expect(spokenMs).toBeLessThanOrEqual(cues.reduce((total, c) => total + (c.endMs - c.startMs), 0));
      }),
    );
  });

  it('a transcript cut in two at any instant gives the same totals per voice', () => {
    fc.assert(
      fc.property(fc.array(cueArb, { maxLength: 60 }), fc.integer({ min: -10_000, max: 3_800_000 }), (cues, at) => {
        const whole = speakingTime(cues);
        const first = speakingTime(clip(cues, -Infinity, at));
        const second = speakingTime(clip(cues, at, Infinity));
        expect(first.spokenMs + second.spokenMs).toBe(whole.spokenMs);
        for (const [voice, ms] of whole.byVoice) expect((first.byVoice.get(voice) ?? 0) + (second.byVoice.get(voice) ?? 0)).toBeCloseTo(ms, 6);
      }),
    );
  });

  it('whole percents always add up to 100 and stay within 1 of the exact share', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e7, noNaN: true }), { minLength: 1, maxLength: 12 }).filter((parts) => parts.some((p) => p > 0)), (parts) => {
        const percents = wholePercents(parts);
        const total = parts.reduce((a, b) => a + b, 0);
        expect(percents.reduce((a, b) => a + b, 0)).toBe(100);
        percents.forEach((p, i) => expect(Math.abs(p - (parts[i]! / total) * 100)).toBeLessThan(1));
      }),
    );
  });
});
