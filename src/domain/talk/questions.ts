/**
 * Questions in spoken text, in English, Hebrew and Swedish. Teams transcripts are punctuated, so a sentence ending in
 * a question mark is a question; a sentence without any end mark counts when it opens with a question word
 * ("what", "מה", "vad"…). Pure.
 */
const QUESTION_MARK = /[?？؟]$/u;
const END_MARK = /[.!?？؟…]$/u;
const QUESTION_WORDS = new Set([
  // English
  'what', 'how', 'why', 'when', 'where', 'who', 'which', 'whose', 'could', 'can', 'would', 'do', 'does', 'did', 'is', 'are', 'should', 'shall',
  // Hebrew
  'מה', 'איך', 'למה', 'מדוע', 'מתי', 'איפה', 'היכן', 'מי', 'האם', 'כמה', 'איזה', 'איזו', 'אילו',
  // Swedish
  'vad', 'hur', 'varför', 'när', 'var', 'vem', 'vilken', 'vilket', 'vilka', 'kan', 'skulle', 'har', 'är', 'ska',
]);

/** Sentences of a text: split after ., !, ?, … (and their full-width forms). */
export const sentencesOf = (text: string): string[] =>
  text
    .split(/(?<=[.!?？؟…])\s+/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');

export function isQuestion(sentence: string): boolean {
  const trimmed = sentence.trim().replace(/["'”’»)\]]+$/u, '');
  if (QUESTION_MARK.test(trimmed)) return true;
  if (END_MARK.test(trimmed)) return false;
  const first = trimmed.split(/\s+/u)[0]?.toLowerCase().replace(/[^\p{L}]/gu, '') ?? '';
  return QUESTION_WORDS.has(first);
}

export const questionsIn = (text: string): number => sentencesOf(text).filter(isQuestion).length;
