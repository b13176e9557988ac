import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from './locale';

/**
 * A catalogue holds one namespace of user-visible strings in all three languages, as ICU messages
 * (`{count, plural, one {# task} two {# tasks} other {# tasks}}`; Hebrew's dual is the `two` category).
 * Every catalogue lives in src/i18n/catalogues/<namespace>.ts and is checked by tests/unit/i18n: same keys in
 * en/he/sv, same placeholders, no empty string, every message formats.
 */
export type Catalogue<K extends string = string> = Record<Locale, Record<K, string>>;

export const defineCatalogue = <K extends string>(catalogue: Catalogue<K>): Catalogue<K> => catalogue;

export type MessageValues = Record<string, string | number | Date | null | undefined>;
export type Translate<K extends string> = (key: K, values?: MessageValues) => string;

const cache = new Map<string, IntlMessageFormat>();

function formatterFor(locale: Locale, message: string): IntlMessageFormat {
  const cacheKey = `${locale}\u0000${message}`;
  let formatter = cache.get(cacheKey);
  if (!formatter) {
    formatter = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true });
    cache.set(cacheKey, formatter);
  }
  return formatter;
}

/** No placeholder, plural or quoting: the message is its own text (ICU would return it unchanged). */
const PLAIN = /^[^{}']*$/;

/** Only `{name}` arguments, no plural, select, format or quoting. */
const SIMPLE = /^[^{}']*(?:\{\w+\}[^{}']*)*$/;

/** A simple message whose arguments are all strings, as ICU would format it; null when ICU is needed. */
function formatSimple(message: string, values: MessageValues | undefined): string | null {
  if (!SIMPLE.test(message)) return null;
  let simple = true;
  const text = message.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values?.[name];
    // Numbers and dates are formatted for the locale, a missing value is an error: ICU's job.
    if (typeof value !== 'string') simple = false;
    return typeof value === 'string' ? value : '';
  });
  return simple ? text : null;
}

/** Formats one message. Values are inserted as text: escaping for HTML is the renderer's job, never skipped. */
export function formatMessage(locale: Locale, message: string, values?: MessageValues): string {
  // Most messages are plain text or `{name}` with a string: they skip IntlMessageFormat's parse and locale
  // resolution (first render cost).
  if (PLAIN.test(message)) return message;
  const simple = formatSimple(message, values);
  if (simple !== null) return simple;
  const result = formatterFor(locale, message).format(values as Record<string, string | number | Date>);
  return Array.isArray(result) ? result.join('') : String(result);
}

/** A translate function for one namespace and locale. A missing key is a programming error: it throws. */
export function translator<K extends string>(catalogue: Catalogue<K>, locale: Locale): Translate<K> {
  const messages = catalogue[locale];
  return (key, values) => {
    const message = messages[key];
    if (message === undefined) throw new Error(`Missing message "${key}" for ${locale}`);
    return formatMessage(locale, message, values);
  };
}
