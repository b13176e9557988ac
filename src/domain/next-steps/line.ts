import type { ResolvedDue } from '../time/relative-dates';
import { stripListMarker } from './blocks';
import type { ParseContext } from './types';
import { leadingWho, matchWho, unresolvedWho, type PeopleIndex, type WhoMatch } from './who';
import { CONNECTIVES } from './vocabulary';
import { labelledParts, type LabelKind } from './labels';

/** What one line says, before it becomes a row: who (matched or not), what, and the "when" as written. */
export interface LineReading {
  who: WhoMatch;
  what: string;
  whenText: string;
}

export interface LineTools {
  index: PeopleIndex;
  context: ParseContext;
  /** resolveDue for this meeting (see time/dueResolver). */
  due: (text: string) => ResolvedDue | null;
}

export const dueOf = (text: string, tools: LineTools): ResolvedDue | null => (text.trim() === '' ? null : tools.due(text));

const SPACE = /\s/u;
const WHEN_LEAD = /^(?:by|before|until|till|due|no later than|latest|when|once|after|senast|före|innan|när|efter|עד|לפני|אחרי|כש)(?:\s|$)/iu;
const DATE_LIKE = /^\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?$/u;
const VAGUE_WHEN = /^(?:asap|a\.s\.a\.p\.?|tbd|tba|soon|ongoing|snarast|så snart som möjligt|löpande|בהקדם|בקרוב|שוטף)$/iu;
/** A segment that is a "when": a readable date, or something introduced like one ("by the offsite"). */
const isWhen = (segment: string, tools: LineTools) =>
  dueOf(segment, tools) !== null || [WHEN_LEAD, VAGUE_WHEN, DATE_LIKE].some((pattern) => pattern.test(segment.trim()));

/**
 * A trailing date inside a sentence ("send the deck by Friday", "skicka offerten senast fredag", "לשלוח את המצגת
 * עד יום שישי", "call Dana (Fri)"): the leftmost tail of at most six words that reads as a date in full.
 */
export function splitTrailingWhen(text: string, tools: LineTools): { what: string; whenText: string } {
  const bracket = text.endsWith(')') ? /^(.*\S)\s*\(([^()]{1,40})\)$/u.exec(text) : null;
  if (bracket && dueOf(bracket[2]!, tools)) return { what: bracket[1]!, whenText: bracket[2]! };
  // One word (a 100 kB run of "Noa–deck–…" too): no tail to try, and nothing to split.
  if (!SPACE.test(text)) return { what: text, whenText: '' };
  const words = text.split(/\s+/u);
  for (let i = Math.max(1, words.length - 6); i < words.length; i += 1) {
    const tail = words.slice(i).join(' ');
    if (dueOf(tail, tools)) return { what: words.slice(0, i).join(' ').replace(/[\s,;:–—-]+$/u, ''), whenText: tail };
  }
  return { what: text, whenText: '' };
}

const stripConnective = (text: string) => text.replace(CONNECTIVES, '').trim();
const SEGMENT_SPLIT = /\s+[–—-]{1,2}\s+|\s*\t+\s*|\s+·\s+/u;

/** A free sentence: a leading who ("Dana will …", "I'll …"), else nobody; the date at its end, if any. */
function readSentence(text: string, tools: LineTools): LineReading & { namedSomeone: boolean } {
  const colon = /^([^:]{1,40}):\s+(.+)$/u.exec(text);
  const colonWho = colon ? matchWho(colon[1]!, tools.index) : null;
  const lead = colonWho ? { match: colonWho, rest: colon![2]! } : leadingWho(text, tools.index);
  const body = lead ? stripConnective(lead.rest) : text;
  const { what, whenText } = splitTrailingWhen(body, tools);
  return { who: lead ? lead.match : unresolvedWho(''), what, whenText, namedSomeone: lead !== null };
}

/** The owner a label names: one person of the meeting, else the text as written (never a guess). */
export const labelledWho = (value: string, tools: LineTools): WhoMatch => matchWho(value, tools.index) ?? unresolvedWho(value);

/** A task with labelled parts: the labels give the owner and the date; without an owner label the task may name one. */
function readLabelled(whatText: string, labels: ReadonlyArray<{ kind: LabelKind; value: string }>, tools: LineTools): LineReading {
  const valueOf = (kind: LabelKind) => labels.find((l) => l.kind === kind)?.value;
  const task = valueOf('what') ?? whatText;
  const owner = valueOf('who');
  const when = valueOf('when');
  if (owner !== undefined) {
    const split = when === undefined ? splitTrailingWhen(task, tools) : { what: task, whenText: when };
    return { who: labelledWho(owner, tools), what: split.what, whenText: split.whenText };
  }
  const sentence = readSentence(task, tools);
  return { who: sentence.who, what: sentence.what, whenText: when ?? sentence.whenText };
}

/**
 * "(Legal): legal@contoso.com – review the NDA", "(Sälj) Erik – …": a group label in brackets before an address or
 * a name of the meeting says which team the owner speaks for; it is neither the owner nor the task, and is dropped.
 */
function withoutGroupLabel(text: string): string {
  const label = /^\([^()]{1,40}\)\s*:?\s*(?=\S)/u.exec(text);
  if (!label) return text;
  const rest = text.slice(label[0].length);
  return /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>():,;]+/u.test(rest) ? rest : text;
}

/**
 * One line of a next-steps section. Segments split by dashes, tabs or " · " ("Dana – send the deck – by Friday")
 * are read by what each one is; otherwise the line is a sentence. `rowLike` is false for a line that names nobody
 * and has no segments: prose, which ends a section of rows.
 */
export function readLine(raw: string, tools: LineTools): LineReading & { rowLike: boolean } {
  const text = withoutGroupLabel(stripListMarker(raw));
  const labelled = labelledParts(text);
  if (labelled) return { ...readLabelled(labelled.what, labelled.labels, tools), rowLike: true };
  // Every separator holds a space or a tab: a line without one is one segment.
  const segments = SPACE.test(text) ? text.split(SEGMENT_SPLIT).map((s) => s.trim()).filter((s) => s !== '') : text ? [text] : [];
  if (segments.length >= 2) {
    let whenIndex = -1;
    for (let i = segments.length - 1; i >= 1 && whenIndex < 0; i -= 1) if (isWhen(segments[i]!, tools)) whenIndex = i;
    const rest = segments.map((s, i) => ({ s, i })).filter(({ i }) => i !== whenIndex);
    let whoIndex = -1;
    let who: WhoMatch | null = null;
    for (const { s, i } of rest) {
      const found = matchWho(s, tools.index);
      if (found) {
        [whoIndex, who] = [i, found];
        break;
      }
    }
    // "Yossi – send the deck – Friday": a short first segment in front of the task is a name we do not know.
    if (!who && rest.length >= 2 && rest[0]!.i === 0 && rest[0]!.s.split(/\s+/u).length <= 3 && rest[0]!.s.length <= 40) {
      [whoIndex, who] = [0, unresolvedWho(rest[0]!.s)];
    }
    const whatText = rest.filter(({ i }) => i !== whoIndex).map(({ s }) => s).join(' – ');
    if (who) {
      const whenText = whenIndex >= 0 ? segments[whenIndex]! : '';
      const split = whenText ? { what: whatText, whenText } : splitTrailingWhen(stripConnective(whatText), tools);
      return { who, what: stripConnective(split.what), whenText: split.whenText, rowLike: true };
    }
    const sentence = readSentence(whatText, tools);
    return { ...sentence, whenText: whenIndex >= 0 ? segments[whenIndex]! : sentence.whenText, rowLike: true };
  }
  const sentence = readSentence(text, tools);
  return { who: sentence.who, what: sentence.what, whenText: sentence.whenText, rowLike: sentence.namedSomeone };
}
