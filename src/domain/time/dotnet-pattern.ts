/**
 * Outlook's short date and time formats (Graph mailboxSettings `dateFormat`, `timeFormat`) are .NET custom format
 * strings: "dd/MM/yyyy", "M/d/yyyy", "yyyy-MM-dd", "d.M.yyyy", "HH:mm", "h:mm tt". This reads the subset those
 * settings use. See docs/reading-notes.md "Dates shown in the manager's format".
 */

/** The parts of one moment, already in the zone it is shown in (month 1–12, weekday 0 = Sunday, hour 0–23). */
export interface MomentParts {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
  second: number;
}

/** Localized words a pattern may ask for; numbers never need them. */
export interface PatternWords {
  weekdayShort(weekday: number): string;
  weekdayLong(weekday: number): string;
  monthShort(month: number): string;
  monthLong(month: number): string;
  /** "AM" / "PM" for `tt`, or the language's own day period. */
  dayPeriod(hour: number): string;
}

type Token = { kind: 'literal'; text: string } | { kind: 'field'; letter: string; count: number };

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** The letters and widths this reader knows; anything else makes the pattern unknown (null). */
const FIELDS: Record<string, (count: number) => boolean> = {
  d: (n) => n <= 4,
  M: (n) => n <= 4,
  y: (n) => n === 1 || n === 2 || n === 4,
  H: (n) => n <= 2,
  h: (n) => n <= 2,
  m: (n) => n <= 2,
  s: (n) => n <= 2,
  t: (n) => n <= 2,
};
const LITERAL = /[\s/.\-,:;()]/u;

/** Splits a .NET custom pattern into fields and literals, or null when it uses something outside the subset. */
export function tokenize(pattern: string): Token[] | null {
  if (pattern.trim() === '' || pattern.length > 64) return null;
  const tokens: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const char = pattern[i]!;
    if (char === "'" || char === '"') {
      const close = pattern.indexOf(char, i + 1);
      if (close < 0) return null;
      tokens.push({ kind: 'literal', text: pattern.slice(i + 1, close) });
      i = close + 1;
    } else if (char === '\\') {
      if (i + 1 >= pattern.length) return null;
      tokens.push({ kind: 'literal', text: pattern[i + 1]! });
      i += 2;
    } else if (char in FIELDS) {
      let count = 1;
      while (pattern[i + count] === char) count += 1;
      if (!FIELDS[char]!(count)) return null;
      tokens.push({ kind: 'field', letter: char, count });
      i += count;
    } else if (LITERAL.test(char)) {
      tokens.push({ kind: 'literal', text: char });
      i += 1;
    } else {
      return null;
    }
  }
  return tokens.some((t) => t.kind === 'field') ? tokens : null;
}

function field(letter: string, count: number, parts: MomentParts, words: PatternWords): string {
  switch (letter) {
    case 'd':
      return count === 1 ? String(parts.day) : count === 2 ? pad(parts.day, 2) : count === 3 ? words.weekdayShort(parts.weekday) : words.weekdayLong(parts.weekday);
    case 'M':
      return count === 1 ? String(parts.month) : count === 2 ? pad(parts.month, 2) : count === 3 ? words.monthShort(parts.month) : words.monthLong(parts.month);
    case 'y':
      return count === 2 ? pad(parts.year % 100, 2) : count === 4 ? pad(parts.year, 4) : String(parts.year % 100);
    case 'H':
      return count === 1 ? String(parts.hour) : pad(parts.hour, 2);
    case 'h': {
      const twelve = parts.hour % 12 === 0 ? 12 : parts.hour % 12;
      return count === 1 ? String(twelve) : pad(twelve, 2);
    }
    case 'm':
      return count === 1 ? String(parts.minute) : pad(parts.minute, 2);
    case 's':
      return count === 1 ? String(parts.second) : pad(parts.second, 2);
    default: {
      const period = words.dayPeriod(parts.hour);
      return count === 1 ? period.slice(0, 1) : period;
    }
  }
}

/** The moment written in the pattern, or null when the pattern is outside the subset (the caller falls back). */
export function formatPattern(pattern: string, parts: MomentParts, words: PatternWords): string | null {
  const tokens = tokenize(pattern);
  if (!tokens) return null;
  return tokens.map((t) => (t.kind === 'literal' ? t.text : field(t.letter, t.count, parts, words))).join('');
}
