/** Built-in subject words that hint at a 1:1 (en, he, sv). Settings can add more (`extraSubjectWords`). */
export const BUILT_IN_SUBJECT_WORDS: readonly string[] = [
  '1:1', '1-1', '1on1', '1 on 1', '1x1', 'one-on-one', 'one on one', 'one to one', 'one-to-one', 'check-in', 'catch-up',
  'אחד על אחד', 'אחד-על-אחד', 'שיחה אישית', 'פגישה אישית', 'שיחת אחד על אחד', 'פגישת 1:1',
  'enskilt samtal', 'enskilt möte', 'avstämning', 'medarbetarsamtal', 'utvecklingssamtal', 'coachningssamtal',
];

// Printable ASCII is already in NFKC and has no marks or format characters: most subjects take this path and skip
// the Unicode work (the first \p{…} pattern compiles a large character class).
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const normalise = (text: string) =>
  PRINTABLE_ASCII.test(text)
    ? text.toLowerCase().replace(/ +/g, ' ').trim()
    : text.normalize('NFKC').toLowerCase().replace(/[\p{M}\p{Cf}]/gu, '').replace(/\s+/gu, ' ').trim();
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Normalised and compiled once per word: the classifier runs over every event of a calendar. A word that is not
// in the subject as plain text cannot match, so most words are ruled out by `includes` and never compiled (a
// Unicode pattern's first compile is what the Teams tab's first render paid for with the built-in list).
const words = new Map<string, { text: string; pattern: RegExp | null } | null>();
const wordOf = (word: string) => {
  let entry = words.get(word);
  if (entry === undefined) {
    const text = normalise(word);
    entry = text ? { text, pattern: null } : null;
    if (words.size < 1000) words.set(word, entry);
  }
  return entry;
};
const matches = (entry: { text: string; pattern: RegExp | null }, subject: string): boolean => {
  if (!subject.includes(entry.text)) return false;
  entry.pattern ??= new RegExp(`(?<![\\p{N}:])${escape(entry.text)}(?![\\p{L}\\p{N}]|:\\d)`, 'u');
  return entry.pattern.test(subject);
};

/**
 * The first subject word found in a subject, or null. Words match whole: not inside a longer word or number
 * ("11:15" is no "1:1"), while Swedish compounds that end in a word ("veckoavstämning") still count.
 */
export function subjectWordIn(subject: string, extraWords: readonly string[] = []): string | null {
  const text = normalise(subject);
  for (const word of [...extraWords, ...BUILT_IN_SUBJECT_WORDS]) {
    const entry = wordOf(word);
    if (entry && matches(entry, text)) return word;
  }
  return null;
}
