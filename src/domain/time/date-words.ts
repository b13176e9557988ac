/**
 * The words of relative dates in English, Hebrew and Swedish, lower case. Hebrew weekday abbreviations are the
 * letters א׳–ו׳ and ש׳ (normalised so that ׳ and ’ read as an apostrophe). Weekdays are numbered like luxon: 1 =
 * Monday … 7 = Sunday.
 */
export const WEEKDAYS: ReadonlyArray<readonly [string, number]> = [
  ['monday', 1], ['mon', 1], ['tuesday', 2], ['tues', 2], ['tue', 2], ['wednesday', 3], ['wed', 3],
  ['thursday', 4], ['thurs', 4], ['thur', 4], ['thu', 4], ['friday', 5], ['fri', 5], ['saturday', 6], ['sat', 6],
  ['sunday', 7], ['sun', 7],
  ['måndag', 1], ['mån', 1], ['tisdag', 2], ['tis', 2], ['onsdag', 3], ['ons', 3], ['torsdag', 4], ['tors', 4],
  ['tor', 4], ['fredag', 5], ['fre', 5], ['lördag', 6], ['lör', 6], ['söndag', 7], ['sön', 7],
  ['יום ראשון', 7], ['יום שני', 1], ['יום שלישי', 2], ['יום רביעי', 3], ['יום חמישי', 4], ['יום שישי', 5],
  ['יום שבת', 6], ['ראשון', 7], ['שני', 1], ['שלישי', 2], ['רביעי', 3], ['חמישי', 4], ['שישי', 5], ['שבת', 6],
  ["יום א'", 7], ["יום ב'", 1], ["יום ג'", 2], ["יום ד'", 3], ["יום ה'", 4], ["יום ו'", 5],
  ["א'", 7], ["ב'", 1], ["ג'", 2], ["ד'", 3], ["ה'", 4], ["ו'", 5], ["ש'", 6],
];

export const MONTHS: ReadonlyArray<readonly [string, number]> = [
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7],
  ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sept', 9], ['sep', 9],
  ['oct', 10], ['nov', 11], ['dec', 12],
  ['januari', 1], ['februari', 2], ['mars', 3], ['maj', 5], ['juni', 6], ['juli', 7], ['augusti', 8],
  ['oktober', 10], ['okt', 10],
  ['ינואר', 1], ['פברואר', 2], ['מרץ', 3], ['מרס', 3], ['אפריל', 4], ['מאי', 5], ['יוני', 6], ['יולי', 7],
  ['אוגוסט', 8], ['ספטמבר', 9], ['אוקטובר', 10], ['נובמבר', 11], ['דצמבר', 12],
  // The short forms Intl writes for Hebrew ("20 בנוב׳"), with the geresh read as an apostrophe.
  ["ינו'", 1], ["פבר'", 2], ["אפר'", 4], ["אוג'", 8], ["ספט'", 9], ["אוק'", 10], ["נוב'", 11], ["דצמ'", 12],
];

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10,
  אחד: 1, אחת: 1, שניים: 2, שתיים: 2, שני: 2, שתי: 2, שלושה: 3, שלוש: 3, ארבעה: 4, ארבע: 4, חמישה: 5, חמש: 5,
};

/** Words that only introduce a date ("by Friday", "senast fredag", "עד יום שישי"); stripped before matching. */
export const LEAD_WORDS = [
  'no later than', 'at the latest by', 'at the latest', 'latest by', 'due by', 'due on', 'due', 'by the', 'by', 'before',
  'until', 'till', 'on the', 'on', 'deadline', 'senast på', 'senast den', 'senast', 'till på', 'före', 'innan', 'på', 'den',
  'לא יאוחר מ', 'עד ל', 'עד', 'לפני', 'תאריך יעד',
];

/** Trailing words that add nothing to the day ("Friday EOD", "fredag eftermiddag"). */
export const TRAIL_WORDS = ['eod', 'cob', 'end of day', 'morning', 'afternoon', 'fm', 'em', 'eftermiddag', 'förmiddag', 'בבוקר', 'בצהריים', 'בערב'];

export const HEBREW = /[\u0590-\u05ff]/;
