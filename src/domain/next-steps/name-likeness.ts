/**
 * A name written in Hebrew letters against a Latin display name ("יוסי" for Yossi, "נועה" for Noa), and a Latin
 * spelling variant ("Eric" for Erik, "Asa" for Åsa). Pure and table-driven; the caller accepts a likeness only when
 * exactly one person of the meeting fits.
 *
 * Hebrew writes consonants and some vowels (ו for o/u, י for i/e, א/ע for a vowel, a final ה for a final vowel),
 * Latin writes vowels the Hebrew spelling may leave out. Both names become a sequence of consonant sounds (each a
 * set of classes: פ is p or f, "ch" is k, sh or h) with the vowels between them. They are alike when the consonants
 * agree one by one and every vowel Hebrew writes has a matching Latin vowel in the same place (two Latin vowels in a row
 * inside the name are written, and א/ע inside it stands for two); a Hebrew name ending
 * in a consonant cannot stand for a Latin one ending in a vowel (דן is Dan, not Dana), and a Latin name starting with
 * a vowel needs א or ע in front (Erik is אריק).
 */

/** A vowel as written: Latin a e i o u, or a Hebrew vowel letter (ו o/u, י i/e, יי any, א/ע any, a final ה any). */
type Vowel = 'a' | 'e' | 'i' | 'o' | 'u' | 'vav' | 'yod' | 'yy' | 'alef' | 'he';
/** Consonants with the vowels before each one and after the last. */
interface Spelling {
  consonants: string[][];
  gaps: Vowel[][];
}
type Token = { consonant: string[] } | { vowel: Vowel };

const HEBREW_WORD = /^[\u05d0-\u05ea]+(?:['\u05f3\u2019][\u05d0-\u05ea]*)*$/u;
const LATIN_WORD = /^[a-z]+$/;

const HEBREW_CONSONANTS: Record<string, string[]> = {
  ב: ['b'], ג: ['g'], ד: ['d'], ז: ['z'], ח: ['k', 'h'], ט: ['t'], כ: ['k'], ך: ['k'], ל: ['l'], מ: ['m'], ם: ['m'],
  נ: ['n'], ן: ['n'], ס: ['s'], פ: ['p', 'f'], ף: ['p', 'f'], צ: ['ts'], ץ: ['ts'], ק: ['k'], ר: ['r'], ש: ['s', 'sh'], ת: ['t'],
};
/** A geresh after ג, ז, צ writes a sound Hebrew lacks: ג'יימס is James, צ'רלי is Charlie. */
const WITH_GERESH: Record<string, string[]> = { ג: ['j'], ז: ['j'], צ: ['sh'] };

function tokensOfHebrew(word: string): Token[][] {
  const letters = [...word.replace(/['\u05f3\u2019]/gu, '\u05f3')];
  // Each token list is one reading; ו and י in the middle of a word may be a consonant or a vowel.
  let readings: Token[][] = [[]];
  const add = (...choices: Token[][]) => {
    readings = readings.flatMap((reading) => choices.map((choice) => [...reading, ...choice]));
  };
  for (let i = 0; i < letters.length; i += 1) {
    const letter = letters[i]!;
    if (letter === '\u05f3') continue;
    const first = i === 0;
    const doubled = (letter === 'ו' || letter === 'י') && letters[i + 1] === letter;
    if (doubled) i += 1;
    const last = i === letters.length - 1;
    if (letter === 'א' || letter === 'ע') add([{ vowel: 'alef' }]);
    else if (letter === 'ה') add(last ? [{ vowel: 'he' }] : [{ consonant: ['h'] }]);
    else if (letter === 'ו') {
      if (first || doubled) add([{ consonant: ['b'] }]);
      else if (last) add([{ vowel: 'vav' }]);
      else add([{ vowel: 'vav' }], [{ consonant: ['b'] }]);
    } else if (letter === 'י') {
      if (first) add([{ consonant: ['y'] }]);
      else if (last && !doubled) add([{ vowel: 'yod' }]);
      else add([{ vowel: doubled ? 'yy' : 'yod' }], [{ consonant: ['y'] }]);
    } else {
      const geresh = letters[i + 1] === '\u05f3' ? WITH_GERESH[letter] : undefined;
      const classes = geresh ?? HEBREW_CONSONANTS[letter];
      if (!classes) return [];
      add([{ consonant: classes }]);
    }
    if (readings.length > 64) return [];
  }
  return readings;
}

const LATIN_LETTERS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ł: 'l', þ: 'th' };
/** Lower case without diacritics: "Åsa" → "asa", "Jørgen" → "jorgen". */
export const plainLatin = (name: string): string =>
  name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[øæœßđłþ]/gu, (c) => LATIN_LETTERS[c]!);

const isVowel = (c: string | undefined) => c !== undefined && 'aeiouy'.includes(c);
const LATIN_DIGRAPHS: Array<[string, string[]]> = [
  ['sch', ['sh']], ['sh', ['sh']], ['ch', ['k', 'sh', 'h']], ['kh', ['k', 'h']], ['ph', ['f']], ['th', ['t']], ['tz', ['ts']],
  ['ck', ['k']], ['qu', ['k']], ['gh', ['g']], ['zh', ['j']], ['dj', ['j']],
];
const LATIN_CONSONANTS: Record<string, string[]> = {
  b: ['b'], v: ['b'], w: ['b'], d: ['d'], f: ['f'], g: ['g'], h: ['h'], j: ['j', 'y'], k: ['k'], l: ['l'], m: ['m'], n: ['n'],
  p: ['p'], q: ['k'], r: ['r'], s: ['s'], t: ['t'], z: ['z', 'ts'],
};

function tokensOfLatin(word: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < word.length; ) {
    const c = word[i]!;
    const next = word[i + 1];
    // y is a consonant before a vowel at the start or between vowels (Yossi, Maya), else a vowel (Kyle).
    if (c === 'y' && next !== undefined && 'aeiou'.includes(next) && (i === 0 || isVowel(word[i - 1]))) {
      tokens.push({ consonant: ['y'] });
      i += 1;
      continue;
    }
    if (isVowel(c)) {
      tokens.push({ vowel: c === 'y' ? 'i' : (c as Vowel) });
      i += 1;
      continue;
    }
    const digraph = LATIN_DIGRAPHS.find(([letters]) => word.startsWith(letters, i));
    if (digraph) {
      tokens.push({ consonant: digraph[1] });
      i += digraph[0].length;
      continue;
    }
    // A final h after a vowel is silent (Sarah, Noah).
    if (c === 'h' && i === word.length - 1 && isVowel(word[i - 1])) break;
    if (c === 'x') tokens.push({ consonant: ['k'] }, { consonant: ['s'] });
    else if (c === 'c') tokens.push({ consonant: 'eiy'.includes(next ?? '') ? ['s', 'ts'] : ['k'] });
    else if (c === 'g' && 'eiy'.includes(next ?? '')) tokens.push({ consonant: ['g', 'j'] });
    else tokens.push({ consonant: LATIN_CONSONANTS[c] ?? [c] });
    i += 1;
    while (word[i] === c) i += 1; // doubled letters are one sound (Yossi, Hanna)
  }
  return tokens;
}

function spelling(tokens: readonly Token[]): Spelling {
  const consonants: string[][] = [];
  const gaps: Vowel[][] = [[]];
  for (const token of tokens) {
    if ('vowel' in token) gaps[gaps.length - 1]!.push(token.vowel);
    else {
      consonants.push(token.consonant);
      gaps.push([]);
    }
  }
  return { consonants, gaps };
}

const WRITES: Partial<Record<Vowel, readonly Vowel[]>> = { vav: ['o', 'u'], yod: ['i', 'e'] };
type Place = 'first' | 'middle' | 'last';

/**
 * One gap between consonants (or before the first, after the last), Hebrew letters against Latin vowels. Hebrew in
 * full spelling writes o/u with ו and, inside a name, i with י; the first vowel and a and e may go unwritten. Where a
 * rule could go either way it refuses: a name left unread is fixed by the manager, a wrong owner is not seen.
 */
function gapAgrees(hebrew: readonly Vowel[], latin: readonly Vowel[], at: Place, beforeY: boolean): boolean {
  const has = (vowel: Vowel) => hebrew.includes(vowel);
  if (latin.some((l) => l === 'o' || l === 'u') && !has('vav')) return false; // Yossi יוסי; Tomer is not תמר
  if (at !== 'first' && latin.includes('i') && !has('yod') && !has('yy')) return false; // Dina דינה, not דנה
  if (hebrew.length === 0) {
    if (at === 'first') return latin.length === 0; // Erik starts with a vowel: אריק
    // Two vowels inside a Latin name are written in Hebrew (Michael is מיכאל, not מיכל).
    if (at === 'middle') return latin.length < 2;
    // An English final e is often silent (Mike, מייק).
    return latin.length === 0 || (latin.length === 1 && latin[0] === 'e');
  }
  if (latin.length === 0) return false;
  // Inside a name א or ע stands for two vowels (מיכאל is Michael, not Michal), except before a y (מאיה, Maya).
  if (at === 'middle' && latin.length < 2 && has('alef') && !beforeY) return false;
  // "ai" inside a name is written יי or with א (Gail is גייל; גיל is Gil).
  if (at === 'middle' && latin[0] === 'a' && latin[1] === 'i' && !has('yy') && !has('alef')) return false;
  // א or ע after a consonant is an a or e (מאיה is Maya, not Mia).
  if (at !== 'first' && hebrew[0] === 'alef' && latin[0] !== 'a' && latin[0] !== 'e') return false;
  // A final י is a final i (יוסי is Yossi, not Jose).
  if (at === 'last' && has('yod') && !latin.includes('i')) return false;
  return hebrew.every((vowel) => {
    const needs = WRITES[vowel];
    return needs === undefined || latin.some((l) => needs.includes(l));
  });
}

function spellingsAgree(hebrew: Spelling, latin: Spelling): boolean {
  const n = hebrew.consonants.length;
  if (n === 0 || n !== latin.consonants.length) return false;
  for (let i = 0; i < n; i += 1) if (!hebrew.consonants[i]!.some((c) => latin.consonants[i]!.includes(c))) return false;
  return hebrew.gaps.every((gap, i) => {
    const next = hebrew.consonants[i];
    return gapAgrees(gap, latin.gaps[i]!, i === 0 ? 'first' : i === n ? 'last' : 'middle', next !== undefined && next.length === 1 && next[0] === 'y');
  });
}

/**
 * Common names Hebrew traditionally writes without some of their vowel letters (משה, not מושה; דוד, not דויד), which
 * the rules above rightly refuse in general (תמר is not Tomer), with their usual Latin spellings.
 */
const TRADITIONAL_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  משה: ['moshe', 'moses'],
  יעקב: ['yaakov', 'yaacov', 'yakov', 'jacob', 'jakob'],
  יצחק: ['yitzhak', 'yitzchak', 'itzhak', 'yitshak', 'isaac'],
  אהרן: ['aharon', 'aaron'],
  שלמה: ['shlomo', 'solomon'],
  דוד: ['david', 'dovid'],
  מרדכי: ['mordechai', 'mordecai'],
  מרים: ['miriam', 'miryam'],
  רבקה: ['rivka', 'rivkah'],
  יהודה: ['judah'],
  אליהו: ['eliyahu'],
  כהן: ['cohen', 'kohen', 'cohn', 'kohn'],
  מזרחי: ['mizrahi', 'mizrachi'],
};

/** Can the Hebrew word be the Latin name read aloud? Both lower case, one word each. */
export function hebrewSpells(hebrewWord: string, latinName: string): boolean {
  const latin = plainLatin(latinName);
  if (!HEBREW_WORD.test(hebrewWord) || !LATIN_WORD.test(latin)) return false;
  if (TRADITIONAL_SPELLINGS[hebrewWord]?.includes(latin)) return true;
  const target = spelling(tokensOfLatin(latin));
  return tokensOfHebrew(hebrewWord).some((reading) => spellingsAgree(spelling(reading), target));
}

/** Spelling variants of one Latin name: diacritics, c/k/ck/q, ph/f, doubled letters ("Eric"/"Erik", "Åsa"/"Asa"). */
const latinKey = (name: string): string =>
  plainLatin(name)
    .replace(/ph/g, 'f')
    .replace(/ck|q|c(?![eiy])/g, 'k')
    .replace(/(.)\1+/g, '$1');

export const latinVariant = (written: string, name: string): boolean =>
  LATIN_WORD.test(plainLatin(written)) && LATIN_WORD.test(plainLatin(name)) && latinKey(written) === latinKey(name);

/** One written word against one word of a display name: the same word, a spelling variant, or the Hebrew spelling. */
export const wordAlike = (written: string, name: string): boolean =>
  written === name || (name !== '' && (latinVariant(written, name) || hebrewSpells(written, name)));
