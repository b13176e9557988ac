/** Built-in subject words that hint at a 1:1 (en, he, sv). Settings can add more (`extraSubjectWords`). */
export const BUILT_IN_SUBJECT_WORDS: readonly string[] = [
  '1:1', '1-1', '1on1', '1 on 1', '1x1', 'one-on-one', 'one on one', 'one to one', 'one-to-one', 'check-in', 'catch-up',
  'אחד על אחד', 'אחד-על-אחד', 'שיחה אישית', 'פגישה אישית', 'שיחת אחד על אחד', 'פגישת 1:1',
  'enskilt samtal', 'enskilt möte', 'avstämning', 'medarbetarsamtal', 'utvecklingssamtal', 'coachningssamtal',
];

const normalise = (text: string) =>
  text.normalize('NFKC').toLowerCase().replace(/[\p{M}\p{Cf}]/gu, '').replace(/\s+/gu, ' ').trim();
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The first subject word found in a subject, or null. Words match whole: not inside a longer word or number
 * ("11:15" is no "1:1"), while Swedish compounds that end in a word ("veckoavstämning") still count.
 */
// Compiled once per word: the classifier runs over every event of a calendar.
const patterns = new Map<string, RegExp | null>();
const patternOf = (word: string): RegExp | null => {
  let pattern = patterns.get(word);
  if (pattern === undefined) {
    const w = normalise(word);
    pattern = w ? new RegExp(`(?<![\\p{N}:])${escape(w)}(?![\\p{L}\\p{N}]|:\\d)`, 'u') : null;
    if (patterns.size < 1000) patterns.set(word, pattern);
  }
  return pattern;
};

export function subjectWordIn(subject: string, extraWords: readonly string[] = []): string | null {
  const text = normalise(subject);
  for (const word of [...extraWords, ...BUILT_IN_SUBJECT_WORDS]) {
    if (patternOf(word)?.test(text)) return word;
  }
  return null;
}
