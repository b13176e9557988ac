import { sha256OfText } from './sha256';

// Punctuation (\p{P}), format characters such as zero-width spaces and bidi controls (\p{Cf}), and every combining
// mark (\p{M}: Hebrew points and cantillation, stray accents typed as separate marks).
const REMOVED = /[\p{P}\p{Cf}\p{M}]/gu;

/**
 * The "what" of a follow-up reduced to its words (docs/contracts.md §7): NFKC, lower case, marks, punctuation and format
 * characters removed, whitespace collapsed. Composed letters stay: NFKC composes "a" + ring into "å" first, so a
 * Swedish "å" keeps its identity while Hebrew points (never composed) are dropped.
 */
export function normaliseWhat(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(REMOVED, '').replace(/\s+/gu, ' ').trim();
}

export interface FollowUpKey {
  /** `<event iCalUId>#<normalised what>` */
  key: string;
  /** The first 16 hex digits of the SHA-256 of the key's UTF-8 bytes. */
  hash: string;
}

export function followUpKey(iCalUId: string, what: string): FollowUpKey {
  const key = `${iCalUId}#${normaliseWhat(what)}`;
  return { key, hash: sha256OfText(key).slice(0, 16) };
}
