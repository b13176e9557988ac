import { IntlMessageFormat } from 'intl-messageformat';
import { formatIcu, type MessageValues } from '../../../src/i18n/message-format';
import type { Locale } from '../../../src/i18n/locale';

const reference = (locale: Locale, message: string, values?: MessageValues) => {
  const result = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).format(values as Record<string, string>);
  return Array.isArray(result) ? result.join('') : String(result);
};

/** A seeded generator (mulberry32), so a failure names a case that can be run again. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('formatIcu', () => {
  it('reads ICU quoting: a doubled apostrophe, a quoted brace, and an apostrophe that quotes nothing', () => {
    expect(formatIcu('en', "Don''t worry, '{'braces'}' stay")).toBe("Don't worry, {braces} stay");
    expect(formatIcu('en', "It's {name}'s turn", { name: 'Dana' })).toBe("It's Dana's turn");
    expect(formatIcu('en', "{n, plural, other {'#' is # and '{x}'}}", { n: 3 })).toBe('# is 3 and {x}');
  });

  it('prefers an exact =n branch to the plural category, and uses Hebrew\u2019s dual', () => {
    const message = '{n, plural, =0 {אין} one {אחת} two {שתיים} other {# רבות}}';
    expect([0, 1, 2, 3, 1000].map((n) => formatIcu('he', message, { n }))).toEqual(['אין', 'אחת', 'שתיים', '3 רבות', '1,000 רבות']);
  });

  it('formats # for the locale and a plain argument as text, as ICU does', () => {
    expect(formatIcu('sv', '{n, plural, one {# möte} other {# möten}} ({n})', { n: 12345 })).toBe('12\u00a0345 möten (12345)');
    expect(formatIcu('en', 'Hello {name}', { name: '<b>Dana</b>' })).toBe('Hello <b>Dana</b>');
  });

  it('writes # as Intl.NumberFormat does in en, he and sv: whole counts 0–999 without one, the rest with one', () => {
    const counts = [...Array.from({ length: 1000 }, (_, n) => n), 1000, 12345, 2.5, -1, -0.5];
    for (const locale of ['en', 'he', 'sv'] as const) {
      const numbers = new Intl.NumberFormat(locale);
      expect(counts.map((n) => formatIcu(locale, '{n, plural, other {#}}', { n }))).toEqual(counts.map((n) => numbers.format(n)));
    }
  });

  it('throws on a missing value, a plural without a number, and syntax it does not support', () => {
    expect(() => formatIcu('en', 'Hello {name}', {})).toThrow('needs a value for "name"');
    expect(() => formatIcu('en', 'Made by {constructor}', {})).toThrow('needs a value for "constructor"');
    expect(() => formatIcu('en', '{n, plural, other {#}}', { n: 'three' })).toThrow('needs a number');
    expect(() => formatIcu('en', '{kind, select, a {A} other {B}}', { kind: 'a' })).toThrow(SyntaxError);
    expect(() => formatIcu('en', '{n, plural, one {x}}', { n: 1 })).toThrow('without an "other"');
    expect(() => formatIcu('en', 'oops }')).toThrow(SyntaxError);
    expect(() => formatIcu('en', 'open {name')).toThrow(SyntaxError);
  });

  it('agrees with intl-messageformat on 2,000 generated messages of the supported syntax', () => {
    const next = random(20261123);
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const texts = ['a', ' ', 'שלום ', 'möte', "''", "'{x}'", "it's", '<b>', '100%', ',', '#'];
    const text = (inPlural: boolean) => {
      const chosen = pick(texts);
      // A lone # is the count inside a plural; outside it is text. Both sides of the comparison read it alike.
      return chosen === '#' && !inPlural ? 'x' : chosen;
    };
    const message = (depth: number, inPlural: boolean): string => {
      let out = '';
      for (let i = 0; i < 1 + Math.floor(next() * 4); i += 1) {
        const roll = next();
        if (roll < 0.5) out += text(inPlural);
        else if (roll < 0.75) out += pick(['{name}', '{ name }', '{who}']);
        else if (depth < 2) {
          const branches = ['=0', 'one', 'two', 'few', 'many'].filter(() => next() < 0.5);
          out += `{n, plural, ${branches.map((b) => `${b} {${message(depth + 1, true)}}`).join(' ')} other {${message(depth + 1, true)}}}`;
        } else out += text(inPlural);
      }
      return out;
    };
    for (let i = 0; i < 2000; i += 1) {
      const source = message(0, false);
      const locale = pick(['en', 'he', 'sv'] as const);
      const values: MessageValues = { name: pick(['Dana', 'דנה', '{x}', '']), who: pick(['Åsa', 7]), n: pick([0, 1, 2, 3, 11, 21, 1000, 2.5]) };
      expect([source, locale, formatIcu(locale, source, values)]).toEqual([source, locale, reference(locale, source, values)]);
    }
  });
});
