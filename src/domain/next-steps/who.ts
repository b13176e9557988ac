import type { NamedAddress, ParseWarningCode, Who } from './types';
import { wordAlike } from './name-likeness';
import { fold, GROUP_WORDS, NOT_NAMES, SELF_WORDS } from './vocabulary';

interface Known {
  name: string;
  address: string;
  /** The address in lower case, as written (an address written out is compared with it). */
  addressLower: string;
  full: string;
  first: string;
  last: string;
  /** The first word of the address ("noa" of noa.bendavid@…): names written in another script than the display name. */
  local: string;
}

export interface PeopleIndex {
  organizer: NamedAddress;
  people: Known[];
  /** matchWho's answers by the text asked about: a table names the same few people row after row. */
  answers: Map<string, WhoMatch | null>;
}

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/u;
const trimName = (text: string) => fold(text).replace(/^@/, '').replace(/^[<("'“”«]+|[>)"'“”».,;:!?]+$/gu, '').trim();

export function indexPeople(organizer: NamedAddress, attendees: readonly NamedAddress[]): PeopleIndex {
  const seen = new Set<string>();
  const people: Known[] = [];
  for (const person of [organizer, ...attendees]) {
    const key = person.address.trim().toLowerCase();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    const full = fold(person.name);
    const parts = full.split(' ').filter((p) => p !== '');
    const local = key.split('@')[0]!.split(/[._-]/)[0] ?? '';
    people.push({ name: person.name, address: person.address, addressLower: person.address.toLowerCase(), full, first: parts[0] ?? '', last: parts[parts.length - 1] ?? '', local });
  }
  return { organizer, people, answers: new Map() };
}

export interface WhoMatch {
  who: Who;
  warning: ParseWarningCode | null;
}

const person = (p: { name: string; address: string }): Who => ({ kind: 'person', name: p.name, address: p.address });

/** One name, pronoun or address (docs/contracts.md §5); null when the text names nobody we know of. */
function matchOne(raw: string, index: PeopleIndex): WhoMatch | null {
  const text = trimName(raw);
  if (!text) return null;
  if (SELF_WORDS.has(text)) return { who: person(index.organizer), warning: null };
  if (GROUP_WORDS.has(text)) return { who: { kind: 'unresolved', text: raw.trim() }, warning: 'unresolvedWho' };
  if (EMAIL.test(text)) {
    // An address written out is taken as written; the name comes from the attendee with that address, if any.
    const attendee = index.people.find((p) => p.addressLower === text);
    const written = raw.trim().replace(/^[<(@]+|[>).,;:]+$/gu, '');
    return { who: { kind: 'person', name: attendee?.name ?? written, address: written }, warning: null };
  }
  const full = index.people.filter((p) => p.full === text);
  if (full.length === 1) return { who: person(full[0]!), warning: null };
  const words = text.split(' ');
  const firstWord = words[0]!;
  // "Dana", or "Dana L." (first name and the last name's initial).
  const initial = words.length === 2 && /^\p{L}\.?$/u.test(words[1]!) ? words[1]!.charAt(0) : null;
  if (words.length > 2 || (words.length === 2 && initial === null)) return alikeOne(words, index);
  const byFirst = index.people.filter((p) => p.first === firstWord && (initial === null || p.last.startsWith(initial)));
  if (byFirst.length === 1) return { who: person(byFirst[0]!), warning: null };
  if (byFirst.length > 1) return { who: { kind: 'unresolved', text: raw.trim() }, warning: 'ambiguousWho' };
  // A Latin first name for a Hebrew display name ("Noa" for נועה בן דוד, noa@…): the address tells.
  const byAddress = initial === null && firstWord.length >= 2 ? index.people.filter((p) => p.local === firstWord) : [];
  if (byAddress.length === 1) return { who: person(byAddress[0]!), warning: null };
  if (byAddress.length > 1) return { who: { kind: 'unresolved', text: raw.trim() }, warning: 'ambiguousWho' };
  return initial === null ? alikeOne(words, index) : null;
}

/**
 * A name written in another script or spelling than the display name ("יוסי" for Yossi Mizrahi, "נועה Cohen",
 * "Eric" for Erik): taken only when it fits exactly one person of the meeting; otherwise nobody, as before (a
 * likeness is never enough to choose between two people).
 */
function alikeOne(words: readonly string[], index: PeopleIndex): WhoMatch | null {
  if (words.length > 2 || words.some((word) => NOT_NAMES.has(word))) return null;
  const [first, last] = words as [string, string | undefined];
  const fits = index.people.filter((p) =>
    last === undefined ? wordAlike(first, p.first) : p.first !== p.full && wordAlike(first, p.first) && wordAlike(last, p.last),
  );
  return fits.length === 1 ? { who: person(fits[0]!), warning: null } : null;
}

const SEVERAL = /\s*(?:,|&|\+|\/|\band\b|\boch\b|\sו(?=\S))\s*/u;

/** A who cell or segment: one person, "I", "we", several people (unresolved), or null when nobody is named. */
export function matchWho(raw: string, index: PeopleIndex): WhoMatch | null {
  let answer = index.answers.get(raw);
  if (answer === undefined) {
    answer = matchAny(raw, index);
    if (index.answers.size < 1000) index.answers.set(raw, answer);
  }
  return answer && { who: { ...answer.who }, warning: answer.warning };
}

function matchAny(raw: string, index: PeopleIndex): WhoMatch | null {
  // "Dana Levi <dana.levi@contoso.com>" and "Dana Levi (dana.levi@…)": the address decides.
  const embedded = /^[^<>()@]*[<(]\s*([^\s<>()@]+@[^\s<>()]+)\s*[>)]$/u.exec(raw.trim());
  if (embedded) return matchOne(embedded[1]!, index);
  const one = matchOne(raw, index);
  if (one) return one;
  const parts = raw.split(SEVERAL).filter((p) => p.trim() !== '');
  if (parts.length > 1 && parts.every((p) => matchOne(p, index) !== null)) {
    return { who: { kind: 'unresolved', text: raw.trim() }, warning: 'severalPeople' };
  }
  return null;
}

/** A who cell nobody could be matched to: kept as written, with the reason. */
export const unresolvedWho = (raw: string): WhoMatch =>
  raw.trim() === '' ? { who: { kind: 'unresolved', text: '' }, warning: 'missingWho' } : { who: { kind: 'unresolved', text: raw.trim() }, warning: 'unresolvedWho' };

/**
 * A name at the start of a sentence ("Dana will send …", "I'll call …", "jag ska …", "אני אשלח …"): the longest
 * one to three leading words that name someone. Returns the match and the rest of the sentence.
 */
export function leadingWho(text: string, index: PeopleIndex): { match: WhoMatch; rest: string } | null {
  const contraction = /^(i|we)['’](?:ll|m going to|m|d)\s+(.*)$/iu.exec(text);
  if (contraction) {
    const match = matchOne(contraction[1]!, index);
    if (match) return { match, rest: contraction[2]! };
  }
  if (!/\s/u.test(text)) return null; // one word: no name in front of anything
  const words = text.split(/\s+/u);
  for (let n = Math.min(3, words.length - 1); n >= 1; n -= 1) {
    const head = words.slice(0, n).join(' ').replace(/[:,]$/u, '');
    const match = matchOne(head, index);
    if (match) return { match, rest: words.slice(n).join(' ') };
  }
  return null;
}
