import { agenda as agendaCatalogue } from '../../i18n/catalogues/agenda';
import { LOCALES, type Locale } from '../../i18n/locale';

// The agenda title, recognised without an HTML parser: what plain text (a body preview, a text body) needs. The HTML
// reader (detect.ts, htmlparser2) builds on it and loads only where an HTML body is read.

/** The visible title prefix of an agenda in each language; the detector recognises any of them. */
export const AGENDA_TITLES: Readonly<Record<Locale, string>> = Object.fromEntries(
  LOCALES.map((locale) => [locale, agendaCatalogue[locale].titlePrefix]),
) as Record<Locale, string>;

// Zero-width and bidi format characters that editors sprinkle around text without changing what is seen.
const FORMAT_CHARS = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** What a reader sees of a line: format characters gone, every kind of space one space, trimmed, lower case. */
export const normaliseLine = (line: string): string =>
  line.replace(FORMAT_CHARS, '').replace(/\s+/gu, ' ').trim().toLocaleLowerCase();

const titlePatterns = LOCALES.map((locale) => normaliseLine(AGENDA_TITLES[locale]));

/** True when a line is an agenda title: a known prefix, then the " · " that starts the report's name. */
export const isAgendaTitleLine = (line: string): boolean => {
  const normalised = normaliseLine(line);
  return titlePatterns.some((prefix) => normalised.startsWith(prefix) && /^\s*·/.test(normalised.slice(prefix.length)));
};

export const looksLikeHtml = (body: string): boolean => /<\/?[a-z][a-z0-9:_-]*[\s/>]/i.test(body);

/** Whether a plain-text body (or a Graph bodyPreview, which is text) starts with an agenda title line. */
export function detectAgendaInText(body: string): boolean {
  const first = body.split(/\r?\n|\r/).find((line) => normaliseLine(line) !== '');
  return first !== undefined && isAgendaTitleLine(first);
}
