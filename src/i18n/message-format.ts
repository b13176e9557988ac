import type { Locale } from './locale';

/**
 * The ICU MessageFormat our catalogues are written in, parsed and formatted here instead of by intl-messageformat:
 * its parser, skeleton parser and formatter are ~34 kB of script that every surface evaluated before its first render,
 * for a subset this small. Supported, with ICU's meaning (tests/unit/i18n check every catalogue message against
 * intl-messageformat):
 * - text, with ICU quoting: `''` is an apostrophe, `'{…}'` is literal text;
 * - `{name}`: the value as text (a number is not localised there, as in ICU);
 * - `{name, plural, =0 {…} one {…} two {…} other {…}}` with `#`, the number formatted for the locale; an exact
 *   `=n` wins over the locale's plural category, which falls back to `other`.
 * Anything else (select, number or date styles, offsets) is a syntax error when the message is first formatted, and
 * the catalogue tests format every message.
 */
export type MessageValues = Record<string, string | number | Date | null | undefined>;

type Part = string | { argument: string } | { plural: string; options: Map<string, Part[]> } | { pound: true };

const APOSTROPHE = "'";

// Sticky patterns, matched where the parser stands (lastIndex) without copying the rest of the message.
/** A run of text with nothing for the parser to look at; `#` only matters inside a plural branch. */
const TEXT_RUN = /[^{}'#]+/y;
const SPACE = /\s*/y;
const WORD = /[^\s{}#,']+/y;

function matchAt(pattern: RegExp, text: string, at: number): string | null {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0] ?? null;
}

class Parser {
  private at = 0;
  constructor(private readonly message: string) {}

  parse(): Part[] {
    const parts = this.parts(false);
    if (this.at < this.message.length) this.fail('an unmatched "}"');
    return parts;
  }

  private fail(what: string): never {
    throw new SyntaxError(`Message "${this.message}": ${what} at ${this.at}`);
  }

  /** Text and arguments up to a `}` that closes the enclosing plural branch, or the end. */
  private parts(inPlural: boolean): Part[] {
    const parts: Part[] = [];
    let text = '';
    const flush = () => {
      if (text) parts.push(text);
      text = '';
    };
    while (this.at < this.message.length) {
      const char = this.message[this.at]!;
      if (char === '}') break;
      if (char === '{') {
        flush();
        parts.push(this.argument());
      } else if (char === '#' && inPlural) {
        flush();
        parts.push({ pound: true });
        this.at += 1;
      } else if (char === APOSTROPHE) {
        text += this.quoted(inPlural);
      } else {
        const run = matchAt(TEXT_RUN, this.message, this.at) ?? char; // `#` outside a plural is text
        text += run;
        this.at += run.length;
      }
    }
    flush();
    return parts;
  }

  /** ICU's apostrophe rules: `''` is one apostrophe; before a syntax character it opens literal text up to the next lone one. */
  private quoted(inPlural: boolean): string {
    const next = this.message[this.at + 1];
    if (next === APOSTROPHE) {
      this.at += 2;
      return APOSTROPHE;
    }
    const opensQuote = next === '{' || next === '}' || next === '<' || next === '>' || (next === '#' && inPlural);
    this.at += 1;
    if (!opensQuote) return APOSTROPHE;
    let literal = '';
    while (this.at < this.message.length) {
      const char = this.message[this.at]!;
      if (char === APOSTROPHE) {
        if (this.message[this.at + 1] !== APOSTROPHE) {
          this.at += 1;
          return literal;
        }
        this.at += 1;
      }
      literal += char;
      this.at += 1;
    }
    return literal;
  }

  private skipSpace(): void {
    this.at += matchAt(SPACE, this.message, this.at)?.length ?? 0;
  }

  private word(what: string): string {
    this.skipSpace();
    const word = matchAt(WORD, this.message, this.at);
    if (!word) this.fail(`expected ${what}`);
    this.at += word.length;
    return word;
  }

  private expect(char: string): void {
    this.skipSpace();
    if (this.message[this.at] !== char) this.fail(`expected "${char}"`);
    this.at += 1;
  }

  private argument(): Part {
    this.at += 1; // {
    const name = this.word('an argument name');
    this.skipSpace();
    if (this.message[this.at] === '}') {
      this.at += 1;
      return { argument: name };
    }
    this.expect(',');
    const kind = this.word('an argument type');
    if (kind !== 'plural') this.fail(`"${kind}" is not supported (only {name} and plural)`);
    this.expect(',');
    const options = new Map<string, Part[]>();
    for (;;) {
      this.skipSpace();
      if (this.message[this.at] === '}') break;
      const selector = this.word('a plural category');
      if (selector.startsWith('offset:')) this.fail('plural offsets are not supported');
      if (options.has(selector)) this.fail(`a second "${selector}" branch`);
      this.expect('{');
      options.set(selector, this.parts(true));
      this.expect('}');
    }
    if (!options.has('other')) this.fail('a plural without an "other" branch');
    this.at += 1; // }
    return { plural: name, options };
  }
}

const parsed = new Map<string, Part[]>();
const pluralRules = new Map<Locale, Intl.PluralRules>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();

function cached<K, V>(cache: Map<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}

function valueOf(values: MessageValues | undefined, name: string): MessageValues[string] {
  // Own keys only: a message naming `{constructor}` must not find Object's.
  if (!values || !Object.prototype.hasOwnProperty.call(values, name)) throw new Error(`The message needs a value for "${name}"`);
  return values[name];
}

/**
 * `#`: whole counts from 0 to 999 are written with Latin digits and no grouping in all three catalogue locales, as
 * Intl.NumberFormat writes them (tests/unit/i18n hold the two to each other), so they need no NumberFormat, whose
 * first use loads ICU's number data: a few milliseconds of the pane's first render, for "4 min".
 */
function formatCount(locale: Locale, count: number): string {
  if (Number.isInteger(count) && count >= 0 && count < 1000) return String(count);
  return cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(count);
}

function render(parts: Part[], locale: Locale, values: MessageValues | undefined, count: number | null): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') out += part;
    else if ('pound' in part) out += count === null ? '#' : formatCount(locale, count);
    else if ('argument' in part) out += String(valueOf(values, part.argument) ?? '');
    else {
      const value = valueOf(values, part.plural);
      if (typeof value !== 'number') throw new Error(`The plural "${part.plural}" needs a number, got ${typeof value}`);
      const category = cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(value);
      const branch = part.options.get(`=${value}`) ?? part.options.get(category) ?? part.options.get('other')!;
      out += render(branch, locale, values, value);
    }
  }
  return out;
}

/** Formats an ICU message of the subset above; a syntax error or a missing value throws (a programming error). */
export function formatIcu(locale: Locale, message: string, values?: MessageValues): string {
  return render(
    cached(parsed, message, () => new Parser(message).parse()),
    locale,
    values,
    null,
  );
}
