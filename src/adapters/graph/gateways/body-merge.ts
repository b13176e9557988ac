import type { EventBody } from '../../../domain/model/calendar';

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** A rough HTML → text for the rare text-only body: block ends become line breaks, tags go, entities decode. */
const htmlToText = (html: string): string =>
  html
    .replace(/<\/(p|h[1-6]|li|tr|div)>|<br\s*\/?>/gi, '\n')
    .replace(/<\/t[dh]>/gi, ' | ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/ \| \n/g, '\n')
    .replace(/\n{3,}/g, '\n\n');

const textToHtml = (text: string): string =>
  text
    .split('\n')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');

/** The agenda in the body's own type. */
const asType = (agenda: EventBody, type: EventBody['contentType']): string => {
  if (agenda.contentType === type) return agenda.content;
  return type === 'html' ? textToHtml(agenda.content) : htmlToText(agenda.content);
};

/**
 * The new body: the agenda, then the existing body byte for byte (the Teams join block lives there). In HTML the
 * agenda goes right after `<body…>` when there is one, so the document stays well formed. Returns null when the
 * agenda is already there (a repeated call after an ambiguous failure must not prepend twice).
 */
export const prependAgenda = (existing: EventBody, agenda: EventBody): EventBody | null => {
  const insert = asType(agenda, existing.contentType);
  if (insert.trim() !== '' && existing.content.includes(insert)) return null;
  if (existing.contentType === 'text') {
    const separator = existing.content === '' || insert.endsWith('\n\n') ? '' : insert.endsWith('\n') ? '\n' : '\n\n';
    return { contentType: 'text', content: `${insert}${separator}${existing.content}` };
  }
  const bodyTag = /<body\b[^>]*>/i.exec(existing.content);
  if (!bodyTag) return { contentType: 'html', content: `${insert}${existing.content}` };
  const at = bodyTag.index + bodyTag[0].length;
  return { contentType: 'html', content: `${existing.content.slice(0, at)}${insert}${existing.content.slice(at)}` };
};
