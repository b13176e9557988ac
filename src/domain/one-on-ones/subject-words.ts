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

// Normalised once per word: the classifier runs over every event of a calendar.
const words = new Map<string, { text: string } | null>();
const wordOf = (word: string) => {
  let entry = words.get(word);
  if (entry === undefined) {
    const text = normalise(word);
    entry = text ? { text } : null;
    if (words.size < 1000) words.set(word, entry);
  }
  return entry;
};
// One character at a time, with two patterns compiled once: a pattern per word (`(?<![\p{N}:])word(?![\p{L}\p{N}]|:\d)`)
// compiled its Unicode classes again for every word found, on the Teams tab's first screen.
const NUMBER = /^\p{N}$/u;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const codePointBefore = (text: string, at: number): string => {
  const low = text.charCodeAt(at - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && at >= 2;
  return text.slice(pair ? at - 2 : at - 1, at);
};
const codePointAt = (text: string, at: number): string => String.fromCodePoint(text.codePointAt(at) ?? 0);

/** The word is in the subject on its own: no number or ":" right before it, no letter, number or ":<digit>" right after. */
const matches = (entry: { text: string }, subject: string): boolean => {
  const { text } = entry;
  for (let at = subject.indexOf(text); at !== -1; at = subject.indexOf(text, at + 1)) {
    const before = at > 0 ? codePointBefore(subject, at) : '';
    if (before === ':' || (before && NUMBER.test(before))) continue;
    const end = at + text.length;
    if (end < subject.length) {
      const after = codePointAt(subject, end);
      if (LETTER_OR_NUMBER.test(after) || (after === ':' && /[0-9]/.test(subject[end + 1] ?? ''))) continue;
    }
    return true;
  }
  return false;
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
