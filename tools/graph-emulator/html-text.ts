const textCache = new Map<string, string>();

/** Outlook's HTML → text conversion, roughly: blocks and table rows become lines, cells are tab-separated. */
export function htmlToText(html: string): string {
  const cached = textCache.get(html);
  if (cached !== undefined) return cached;
  const text = convert(html);
  if (textCache.size > 5_000) textCache.clear();
  textCache.set(html, text);
  return text;
}

function convert(html: string): string {
  return decodeEntities(
    html
      .replace(/<head[\s\S]*?<\/head>/gi, '')
      .replace(/<(style|script|noscript)[\s\S]*?<\/\1>/gi, '')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(td|th)>\s*/gi, '\t')
      .replace(/<\/(p|div|tr|li|h[1-6]|table|ul|ol)>/gi, '\n')
      .replace(/<li[^>]*>/gi, '- ')
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/\t\n/g, '\n')
    .replace(/[ \u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function decodeEntities(text: string): string {
  return text
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A text body sent by a client is stored as HTML, as Exchange does. */
export const textToHtml = (text: string) => escapeHtml(text).replace(/\r?\n/g, '<br>\r\n');

/**
 * Graph returns HTML bodies as a whole document. Content written before `<html>` (a client that prepended to the
 * document it read) ends up at the start of the body, as an HTML parser puts it.
 */
export function wrapHtml(content: string): string {
  if (/^\s*<html/i.test(content)) return content;
  const htmlAt = content.search(/<html[\s>]/i);
  if (htmlAt > 0) {
    const prefix = content.slice(0, htmlAt);
    const documentPart = content.slice(htmlAt);
    return /<body[^>]*>/i.test(documentPart) ? documentPart.replace(/<body[^>]*>/i, (tag) => `${tag}\r\n${prefix}`) : documentPart;
  }
  return `<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n</head>\r\n<body>\r\n${content}\r\n</body>\r\n</html>\r\n`;
}

export function bodyPreview(html: string): string {
  return htmlToText(html).replace(/\s+/g, ' ').trim().slice(0, 255);
}
