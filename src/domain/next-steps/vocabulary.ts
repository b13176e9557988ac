import { agenda } from '../../i18n/catalogues/agenda';
import { LOCALES } from '../../i18n/locale';

// Printable ASCII is its own NFKC form and holds no marks, format characters or spaces other than " ".
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** Short non-ASCII texts folded lately (names, header cells, dates: the same few again and again). */
const folded = new Map<string, string>();
const foldUnicode = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[\p{M}\p{Cf}]/gu, '').replace(/\s+/gu, ' ').trim();
/** Text as the parser compares it: NFKC, lower case, marks and format characters gone, spaces collapsed. */
export function fold(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase().replace(/ {2,}/g, ' ').trim();
  if (text.length > 64) return foldUnicode(text);
  let result = folded.get(text);
  if (result === undefined) {
    if (folded.size >= 2000) folded.clear();
    result = foldUnicode(text);
    folded.set(text, result);
  }
  return result;
}

const fromCatalogue = (key: 'nextSteps' | 'who' | 'what' | 'byWhen' | 'followUp' | 'nextStepsPrompt' | 'carriedOver') =>
  LOCALES.map((locale) => fold(agenda[locale][key]));

/**
 * Headings that open a next-steps section (docs/reading-notes.md "Headings"). "Follow-ups" is not one: the agenda's
 * carry-over list uses it. Neither is a bare "summary" (סיכום, sammanfattning): it heads narrative as often as tasks.
 */
export const SECTION_HEADINGS = new Set([
  ...fromCatalogue('nextSteps'),
  // English: Word/OneNote meeting templates ("Action items"), Teams meeting notes and recap ("Follow-up tasks"),
  // 1:1 tools' templates ("Next steps", "Action items", "Takeaways", "Commitments").
  'next steps', 'next step', 'action items', 'action item', 'actions', 'action points', 'agreed actions', 'to do', 'to-do',
  'todo', 'to dos', 'to-dos', 'todos', 'tasks', 'takeaways', 'what we agreed', 'agreements', 'follow-up tasks',
  'follow up tasks', 'followup tasks', 'follow-up items', 'follow-up actions', 'action items and owners', 'actions and owners',
  'next steps and owners', 'owners and next steps', 'agreed next steps', 'agreed action items', 'actions agreed', 'commitments',
  'decisions and next steps', 'decisions and actions', 'decisions and action items', 'tasks and owners', 'who does what',
  'next actions', 'action plan', 'outcomes and next steps',
  // Hebrew.
  'הצעדים הבאים', 'צעדים הבאים', 'צעדים להמשך', 'משימות', 'משימות לביצוע', 'פעולות להמשך', 'סיכום ומשימות', 'סיכום משימות',
  'משימות להמשך', 'משימות המשך', 'משימות לטיפול', 'המשך טיפול', 'להמשך טיפול', 'לטיפול', 'לביצוע', 'פעולות לביצוע',
  'נקודות לפעולה', 'סיכום ומשימות להמשך', 'סיכומים ומשימות', 'החלטות ומשימות', 'החלטות וצעדים הבאים', 'מה הלאה', 'מי עושה מה',
  'משימות ואחראים', 'התחייבויות',
  // "What we agreed": how Hebrew 1:1 notes often head their commitments.
  'מה סיכמנו', 'סיכמנו', 'מה הוסכם', 'הוסכם',
  // Swedish.
  'nästa steg', 'att göra', 'att-göra', 'åtgärder', 'åtgärdspunkter', 'åtgärdslista', 'uppgifter', 'actionpunkter',
  'vi kom överens om', 'överenskommelser', 'överenskommet', 'uppföljningsuppgifter', 'åtgärder och ansvariga',
  'beslut och åtgärder', 'beslut och nästa steg', 'vem gör vad', 'åtaganden', 'att göra-lista', 'nästa steg och ansvariga',
  'aktiviteter', 'handlingsplan', 'actions',
]);

export const AGENDA_PROMPTS = fromCatalogue('nextStepsPrompt');
/** The headings of the agenda's carry-over list, in the languages where one is also a next-steps heading. */
export const CARRY_OVER_HEADINGS: ReadonlySet<string> = new Set(fromCatalogue('carriedOver').filter((h) => SECTION_HEADINGS.has(h)));

export type Column = 'who' | 'what' | 'when' | 'followUp';

export const HEADER_WORDS: ReadonlyMap<string, Column> = new Map<string, Column>([
  ...fromCatalogue('who').map((w) => [w, 'who'] as [string, Column]),
  ...fromCatalogue('what').map((w) => [w, 'what'] as [string, Column]),
  ...fromCatalogue('byWhen').map((w) => [w, 'when'] as [string, Column]),
  ...fromCatalogue('followUp').map((w) => [w, 'followUp'] as [string, Column]),
  ...(['who', 'owner', 'responsible', 'assignee', 'assigned to', 'אחראי', 'אחראית', 'באחריות', 'ansvarig', 'vem'] as const).map(
    (w) => [w, 'who'] as [string, Column],
  ),
  ...(['what', 'task', 'action', 'item', 'action item', 'description', 'משימה', 'פעולה', 'uppgift', 'åtgärd', 'aktivitet'] as const).map(
    (w) => [w, 'what'] as [string, Column],
  ),
  ...(['when', 'by when', 'due', 'due date', 'deadline', 'date', 'מתי', 'תאריך', 'תאריך יעד', 'דדליין', 'senast', 'när', 'datum', 'klart'] as const).map(
    (w) => [w, 'when'] as [string, Column],
  ),
  ...(['follow up', 'followup', 'how we follow up', 'מעקב', 'uppföljning'] as const).map((w) => [w, 'followUp'] as [string, Column]),
]);
/** The longest header word with a trailing ":" or "?": a longer plain-ASCII cell names no column. */
export const LONGEST_HEADER_CELL = Math.max(...[...HEADER_WORDS.keys()].map((w) => w.length)) + 1;

/** "I / me" = the organizer; "we" is nobody in particular (docs/contracts.md §5). */
export const SELF_WORDS = new Set(['i', 'me', 'myself', 'אני', 'jag', 'mig']);
export const GROUP_WORDS = new Set(['we', 'us', 'both', 'all', 'everyone', 'team', 'the team', 'אנחנו', 'כולנו', 'שנינו', 'כולם', 'הצוות', 'vi', 'oss', 'båda', 'alla', 'teamet']);

/**
 * Short Hebrew words that start sentences or fill a who cell and are no one's name, though their letters could spell
 * one ("רק" could be Rick, "כן" Ken): never read as a name written in Hebrew letters (see name-likeness.ts).
 */
export const NOT_NAMES = new Set([
  'את', 'עם', 'של', 'על', 'אל', 'גם', 'רק', 'כל', 'כן', 'לא', 'מה', 'מי', 'זה', 'זו', 'זאת', 'הוא', 'היא', 'הם', 'הן', 'אתה',
  'אתם', 'אתן', 'אם', 'או', 'כי', 'אז', 'עוד', 'יש', 'אין', 'לו', 'לה', 'לי', 'לך', 'לנו', 'להם', 'בו', 'בה', 'בי', 'בך', 'שלי',
  'שלו', 'שלה', 'שלנו', 'שלך', 'הנה', 'היום', 'מחר', 'אתמול', 'כבר', 'אחר', 'אחרי', 'לפני', 'אבל', 'אולי', 'כמו', 'כדי', 'בגלל',
  'אצל', 'בין', 'תוך', 'מול', 'ליד', 'עד', 'מאז', 'פה', 'שם', 'כאן', 'איפה', 'מתי', 'למה', 'איך', 'כמה', 'מישהו', 'משהו', 'תודה',
  'בבקשה', 'צריך', 'צריכה', 'צריכים', 'חייב', 'חייבת', 'אפשר', 'כדאי', 'חשוב', 'לגבי', 'בנוגע', 'יחד', 'ביחד', 'שוב', 'אנא', 'נא',
  'טוב', 'בסדר', 'תן', 'תני', 'תנו', 'סיכום', 'הערה', 'נושא', 'לקוח', 'לקוחה', 'פגישה', 'מייל', 'דוח', 'יעד', 'שבוע', 'חודש',
  'יום', 'בוקר', 'ערב', 'אחד', 'אחת', 'שני', 'שתי', 'הכל', 'הכול', 'כלום', 'אף', 'אנשים', 'מנהל', 'מנהלת', 'ראש', 'סוף',
]);

/** Words between a name and the task ("Dana will send …", "Erik ska skicka …"). */
export const CONNECTIVES = /^(?:will|'ll|shall|should|to|is to|is going to|are going to|needs to|must|can|ska|skall|kommer att|ansvarar för)\s+|^(?:צריך|צריכה|צריכים)\s+(?=ל)/u;

/** Lines that start quoted reply/forward content in plain text and in Word HTML ("From: … Sent: …"). */
export const QUOTE_LINE = /^(?:-{2,}\s*(?:original message|ursprungligt meddelande|הודעה מקורית|forwarded message|vidarebefordrat meddelande)\s*-{2,}|on .{4,200} wrote:|den .{4,200} skrev:|בתאריך .{4,200} (?:נכתב|כתב|כתבה):)$/iu;
export const QUOTE_FROM = /^(?:from|från|מאת)\s*:/iu;
export const QUOTE_SENT = /(?:^|\s)(?:sent|date|skickat|datum|נשלח|תאריך)\s*:/iu;
