import { analyseTalk, figuresOf, isQuestion, questionsIn, readVtt, type Pair } from '../../../../src/domain/talk';

const PAIR: Pair = { manager: { name: 'Dana Levi', address: 'dana@contoso.com' }, report: { name: 'Yossi Mizrahi', address: 'yossi@contoso.com' } };
const vtt = (...cues: Array<[number, number, string | null, string]>) =>
  `WEBVTT\n\n${cues.map(([s, e, who, text]) => `00:${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000 --> 00:${String(Math.floor(e / 60)).padStart(2, '0')}:${String(e % 60).padStart(2, '0')}.000\n${who ? `<v ${who}>${text}</v>` : text}`).join('\n\n')}\n`;
const analyse = (text: string) => {
  const reading = readVtt(text);
  return analyseTalk(reading.cues, PAIR, reading);
};

describe('analyseTalk', () => {
  it("measures the manager's share, turns, the longest stretch and questions", () => {
    const result = analyse(vtt([0, 30, 'Dana Levi', 'How was the week? Tell me.'], [30, 40, 'Yossi Mizrahi', 'Good.'], [40, 100, 'Dana Levi', 'I think we should start. What do you need from me?']));
    expect(result).toMatchObject({ share: 90, reportShare: 10, otherShare: 0, unknownShare: 0, turns: 3, longestSeconds: 60, questions: 2, spokenMinutes: 2 });
  });

  it('counts overlapping speech once: two voices at the same moment share it', () => {
    const result = analyse(vtt([0, 60, 'Dana Levi', 'a'], [30, 90, 'Yossi Mizrahi', 'b']));
    expect(result.voices.map((v) => [v.role, Math.round(v.ms / 1000)])).toEqual([
      ['manager', 45],
      ['report', 45],
    ]);
    expect(result.spokenMinutes).toBe(2); // 90 s, not 120
  });

  it('matches voices by the next steps name rules: first name, Hebrew spelling of the name', () => {
    const result = analyse(vtt([0, 10, 'Dana', 'a'], [10, 40, 'יוסי מזרחי', 'b']));
    expect(result.voices.map((v) => v.role)).toEqual(['report', 'manager']);
  });

  it('shows a third voice and speech without a voice as such, never as the manager or the report', () => {
    const result = analyse(vtt([0, 10, 'Dana Levi', 'a'], [10, 20, 'Michael Shapiro', 'b'], [20, 30, null, 'c'], [30, 40, 'Yossi Mizrahi', 'd']));
    expect(result).toMatchObject({ share: 25, reportShare: 25, otherShare: 25, unknownShare: 25 });
    expect(result.voices.find((v) => v.role === 'other')?.name).toBe('Michael Shapiro');
    expect(result.voices.find((v) => v.role === 'unknown')?.name).toBeNull();
  });

  it('a long pause ends a stretch; another voice does too', () => {
    const result = analyse(vtt([0, 20, 'Dana Levi', 'a'], [80, 90, 'Dana Levi', 'b'], [90, 95, 'Yossi Mizrahi', 'c'], [95, 100, 'Dana Levi', 'd']));
    expect(result.longestSeconds).toBe(20);
    expect(result.turns).toBe(3);
  });

  it('an empty transcript gives zero figures', () => {
    expect(figuresOf(analyse('WEBVTT\n'))).toEqual({ share: 0, reportShare: 0, otherShare: 0, unknownShare: 0, turns: 0, longestSeconds: 0, questions: 0, spokenMinutes: 0, partial: false });
  });

  it('keeps no names or words in the figures', () => {
    const figures = figuresOf(analyse(vtt([0, 10, 'Dana Levi', 'Secret plans?'])));
    expect(JSON.stringify(figures)).not.toMatch(/Dana|Secret/);
  });
});

describe('questions', () => {
  it.each([
    ['How are you?', true],
    ['What do you think', true],
    ['מה שלומך?', true],
    ['איך הולך עם הלקוח', true],
    ['Hur går det', true],
    ['Vad behöver du från mig?', true],
    ['I think so.', false],
    ['Bra jobbat!', false],
    ['What a week.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(isQuestion(sentence)).toBe(expected);
  });

  it('counts each question of a cue', () => {
    expect(questionsIn('Fine. How is Anna? And the deal? Good.')).toBe(2);
  });
});
