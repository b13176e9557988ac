import type { Locale } from './locale';
import { formatIcu, type MessageValues } from './message-format';

/**
 * A catalogue holds one namespace of user-visible strings in all three languages, as ICU messages
 * (`{count, plural, one {# task} two {# tasks} other {# tasks}}`; Hebrew's dual is the `two` category).
 * Every catalogue lives in src/i18n/catalogues/<namespace>.ts and is checked by tests/unit/i18n: same keys in
 * en/he/sv, same placeholders, no empty string, every message formats.
 */
export type Catalogue<K extends string = string> = Record<Locale, Record<K, string>>;

export const defineCatalogue = <K extends string>(catalogue: Catalogue<K>): Catalogue<K> => catalogue;

export type { MessageValues };
export type Translate<K extends string> = (key: K, values?: MessageValues) => string;

/** No placeholder, plural or quoting: the message is its own text. */
const PLAIN = /^[^{}']*$/;

/** Formats one message. Values are inserted as text: escaping for HTML is the renderer's job, never skipped. */
export function formatMessage(locale: Locale, message: string, values?: MessageValues): string {
  return PLAIN.test(message) ? message : formatIcu(locale, message, values);
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
