import { stripListMarker } from './blocks';
import { fold } from './vocabulary';

/** What a labelled line or part gives an item: its owner, its date, or its task. */
export type LabelKind = 'who' | 'when' | 'what';

/**
 * Labels of the parts of an item, in the three languages (docs/reading-notes.md "Labelled items"): the fields of
 * Planner/To Do and Loop task lists ("Assigned to", "Due date"), the columns of Word's and OneNote's meeting
 * templates ("Person responsible", "Deadline") and what managers type ("Owner:", "Due:", "אחראי:", "Ansvarig:").
 */
const LABELS: ReadonlyArray<readonly [LabelKind, readonly string[]]> = [
  ['who', ['owner', 'owners', 'owner(s)', 'assigned to', 'assignee', 'responsible', 'person responsible', 'who', 'dri',
    'אחראי', 'אחראית', 'אחראים', 'באחריות', 'אחריות', 'מי', 'ansvarig', 'ansvariga', 'vem', 'ägare', 'tilldelad']],
  ['when', ['due', 'due date', 'due by', 'deadline', 'by when', 'when', 'target date', 'eta', 'date',
    'תאריך יעד', 'יעד', 'מועד', 'עד מתי', 'מתי', 'דדליין', 'תאריך', 'klart', 'klart senast', 'klart till', 'senast', 'när', 'datum', 'förfallodatum', 'slutdatum']],
  ['what', ['task', 'action', 'action item', 'item', 'what', 'משימה', 'פעולה', 'מה', 'uppgift', 'åtgärd', 'aktivitet', 'vad']],
];
const KIND_OF = new Map<string, LabelKind>(LABELS.flatMap(([kind, words]) => words.map((w) => [w, kind] as [string, LabelKind])));
const LONGEST = Math.max(...[...KIND_OF.keys()].map((w) => w.length));

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ALTERNATION = [...KIND_OF.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
/** Where a line holds labelled parts after its task: "…; Owner: Dana", "… – Due: Fri", "… (Owner: Dana, due Fri)". */
const LABEL_INSIDE = new RegExp(`(?:;|,|\\(|\\s[–—-]{1,2}|\\t|\\s·)\\s*(?:${ALTERNATION})\\s*:`, 'iu');
const SPLIT_BEFORE_LABEL = new RegExp(`\\s*(?:;|,|\\s[–—-]{1,2}|\\t|\\s·)\\s*(?=(?:${ALTERNATION})\\s*:)`, 'iu');

/** "Owner: Dana", "- Due: 4/12", "**אחראי:** נועה": the label's kind and the value after it; null for any other line. */
export function readLabel(raw: string): { kind: LabelKind; value: string } | null {
  const text = stripListMarker(raw).replace(/\*\*/gu, '');
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > LONGEST + 2) return null;
  const kind = KIND_OF.get(fold(text.slice(0, colon)));
  return kind ? { kind, value: text.slice(colon + 1).trim() } : null;
}

/**
 * A line whose task is followed by labelled parts ("Send the quote; Owner: Dana; Due: 4/12", "Skicka offerten –
 * Ansvarig: Erik – Klart: fredag", "Send the quote (Owner: Dana, Due: Fri)"): the task and each labelled part, or
 * null when the line holds no label after its first words.
 */
export function labelledParts(text: string): { what: string; labels: Array<{ kind: LabelKind; value: string }> } | null {
  if (!text.includes(':') || !LABEL_INSIDE.test(text)) return null;
  const bracket = /^(.*\S)\s*\(([^()]+)\)$/u.exec(text);
  const [head, tail] = bracket && readLabel(bracket[2]!) ? [bracket[1]!, bracket[2]!] : [text, ''];
  const parts = [...head.split(SPLIT_BEFORE_LABEL), ...(tail ? tail.split(SPLIT_BEFORE_LABEL) : [])];
  const labels: Array<{ kind: LabelKind; value: string }> = [];
  let what = '';
  parts.forEach((part, i) => {
    const label = readLabel(part);
    if (label) labels.push(label);
    else if (i === 0) what = part;
  });
  return labels.length > 0 ? { what, labels } : null;
}
