import { AGENDA_TITLES, normaliseLine } from '../agenda/agenda-title';
import { LOCALES, type Locale } from '../../i18n/locale';
import type { BodyBlock } from './blocks';
import { textBlocks } from './blocks';
import { readHtmlBlocks } from './html-stream';
import type { BodyInput } from './types';

/** The agenda title's prefix would be far into the body otherwise: an agenda starts it (docs/contracts.md §5). */
const LINES_LOOKED_AT = 20;
const TITLES = LOCALES.map((locale) => ({ locale, prefix: normaliseLine(AGENDA_TITLES[locale]) }));

/** The language of an agenda title line ("1:1 agenda · Noa Cohen · …", "Agenda för 1:1 · …"), or null. */
export function agendaTitleLocale(line: string): Locale | null {
  const normalised = normaliseLine(line);
  const title = TITLES.find(({ prefix }) => normalised.startsWith(prefix) && /^\s*·/.test(normalised.slice(prefix.length)));
  return title?.locale ?? null;
}

/**
 * The language a Rapport agenda in the body was written in: its localised title among the first lines (the title is
 * the agenda's visible marker, docs/contracts.md §5), or null when the body holds no agenda. The body is read no further.
 */
export function agendaLanguage(body: BodyInput): Locale | null {
  const content = typeof body?.content === 'string' ? body.content : '';
  const sink = {
    found: null as Locale | null,
    lines: 0,
    take(block: BodyBlock): boolean {
      if (block.kind === 'stop') return false;
      if (block.kind !== 'line') return true;
      this.found = agendaTitleLocale(block.text);
      this.lines += 1;
      return this.found === null && this.lines < LINES_LOOKED_AT;
    },
  };
  if (body?.contentType === 'html') readHtmlBlocks(content, sink);
  else textBlocks(content, sink);
  return sink.found;
}
